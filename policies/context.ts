/**
 * What every generator receives: the validated configuration and, in
 * SSE-KMS mode, the key's ARN. In the stacks the ARN is a Terraform
 * reference; in evaluation it is a concrete ARN.
 */
import { EnvironmentConfig } from '../config/types';

export interface PolicyContext {
  readonly config: EnvironmentConfig;
  /** ARN of the customer-managed key; required when encryption is SSE-KMS. */
  readonly kmsKeyArn?: string;
}

export function usesKms(context: PolicyContext): boolean {
  return context.config.encryption === 'SSE-KMS';
}

export function requireKmsKeyArn(context: PolicyContext): string {
  if (context.kmsKeyArn === undefined) {
    throw new Error(
      `${context.config.name}: encryption is SSE-KMS but no key ARN was given; ` +
        'pass kmsKeyArn to the policy generators',
    );
  }
  return context.kmsKeyArn;
}

/**
 * The KMS condition that limits key use to requests S3 makes on the
 * principal's behalf. The key policy names our own principals, so no
 * caller-account condition is needed next to it.
 */
export function viaS3(context: PolicyContext): Record<string, string> {
  return { 'kms:ViaService': `s3.${context.config.region}.amazonaws.com` };
}
