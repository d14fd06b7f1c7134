/**
 * Concrete stand-ins for values that exist only after `terraform apply`
 * (the KMS key's ARN), and for the strangers the scenarios need (another
 * account, another key). Fixed values keep every run byte-identical.
 */
import { EnvironmentConfig } from '../../config/types';

/** An account that is not ours: outsiders and look-alike resources live here. */
export const OTHER_ACCOUNT_ID = '210987654321';

/** A region this project does not use. */
export const OTHER_REGION = 'eu-west-1';

/** The certificate key as `terraform apply` would report it. */
export function exampleKmsKeyArn(config: EnvironmentConfig): string {
  const { region, accountId } = config;
  return `arn:aws:kms:${region}:${accountId}:key/6b1f0e2c-3d4a-4e5b-8c6d-7e8f9a0b1c2d`;
}

/** Another key in our account, with the default key policy. */
export function otherKmsKeyArn(config: EnvironmentConfig): string {
  const { region, accountId } = config;
  return `arn:aws:kms:${region}:${accountId}:key/0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d`;
}

/**
 * What each Terraform reference in a synthesized policy stands for. A
 * reference missing here makes reading the stack fail, so a new one is
 * noticed instead of being evaluated as a literal string.
 */
export function terraformReferenceValues(config: EnvironmentConfig): Record<string, string> {
  return { '${aws_kms_key.certificate_key.arn}': exampleKmsKeyArn(config) };
}
