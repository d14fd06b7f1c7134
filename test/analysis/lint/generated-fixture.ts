/**
 * Every document the generators produce: both environments, each in
 * both encryption modes, with where the stacks attach it.
 */
import { deployedPolicies } from '../../../analysis/lint/deployed-policies';
import { loadEnvironments } from '../../../config/load';
import { ENVIRONMENT_NAMES, EncryptionMode } from '../../../config/types';
import { KEY_ARN } from './fixtures';

const ENCRYPTION_MODES: readonly EncryptionMode[] = ['SSE-S3', 'SSE-KMS'];

export interface GeneratedCase {
  /** e.g. `staging SSE-KMS app-access`, for test titles. */
  readonly title: string;
  readonly deployed: ReturnType<typeof deployedPolicies>[number];
}

export function generatedCases(): GeneratedCase[] {
  return loadEnvironments(ENVIRONMENT_NAMES).flatMap((config) =>
    ENCRYPTION_MODES.flatMap((encryption) =>
      deployedPolicies({ config: { ...config, encryption }, kmsKeyArn: KEY_ARN }).map(
        (deployed) => ({
          title: `${config.name} ${encryption} ${deployed.policy.name}`,
          deployed,
        }),
      ),
    ),
  );
}
