/**
 * The customer-managed key for SSE-KMS mode, with yearly rotation. Its
 * policy is attached separately, after the principals it names exist:
 * KMS refuses a policy that names an unknown principal.
 */
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { KmsKeyPolicy } from '@cdktf/provider-aws/lib/kms-key-policy';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/types';
import { PolicyContext } from '../policies/context';
import { kmsKeyPolicy } from '../policies/kms-key-policy';
import { renderPolicy } from '../policies/render';

/** Days a scheduled deletion waits, the longest KMS allows. */
const DELETION_WINDOW_DAYS = 30;

export function addEncryptionKey(scope: Construct, config: EnvironmentConfig): KmsKey {
  return new KmsKey(scope, 'certificate_key', {
    description: `Encrypts DeltaCrown certificates in ${config.certificateBucketName}`,
    enableKeyRotation: true,
    deletionWindowInDays: DELETION_WINDOW_DAYS,
  });
}

export function addEncryptionKeyPolicy(
  scope: Construct,
  key: KmsKey,
  context: PolicyContext,
  principals: readonly ITerraformDependable[],
): KmsKeyPolicy {
  return new KmsKeyPolicy(scope, 'certificate_key_policy', {
    keyId: key.keyId,
    policy: renderPolicy(kmsKeyPolicy(context).document),
    dependsOn: [...principals],
  });
}
