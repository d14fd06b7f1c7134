/**
 * The customer-managed key for SSE-KMS mode, with yearly rotation.
 *
 * The key is created with its policy in one step, so it never carries
 * KMS's default policy (which hands the key to every IAM policy of the
 * account). KMS refuses a policy that names an unknown principal, so the
 * key waits for the principals its policy names.
 */
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/types';
import { PolicyContext } from '../policies/context';
import { kmsKeyPolicy } from '../policies/kms-key-policy';
import { renderPolicy } from '../policies/render';

/** Days a scheduled deletion waits, the longest KMS allows. */
const DELETION_WINDOW_DAYS = 30;

/** Creates the key; its ARN is needed before the policies that name it. */
export function addEncryptionKey(scope: Construct, config: EnvironmentConfig): KmsKey {
  return new KmsKey(scope, 'certificate_key', {
    description: `Encrypts DeltaCrown certificates in ${config.certificateBucketName}`,
    enableKeyRotation: true,
    deletionWindowInDays: DELETION_WINDOW_DAYS,
  });
}

/** Sets the key's policy, once the principals it names are declared. */
export function attachKeyPolicy(
  key: KmsKey,
  context: PolicyContext,
  principals: readonly TerraformResource[],
): void {
  key.policy = renderPolicy(kmsKeyPolicy(context).document);
  key.addOverride(
    'depends_on',
    principals.map(({ terraformResourceType, friendlyUniqueId }) =>
      `${terraformResourceType}.${friendlyUniqueId}`),
  );
}
