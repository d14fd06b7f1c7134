/**
 * What counts as data access for the wildcard-resource rule: reading,
 * writing or deleting what the data holds, rather than configuring the
 * container. Concretely:
 *
 * - every S3 action on objects (the `object` and `accesspointobject`
 *   resource types): GetObject, PutObject, DeleteObject, their ACL,
 *   tagging, retention and version forms;
 * - KMS cryptographic operations, which turn ciphertext into data;
 * - reading secret values from Secrets Manager and Parameter Store.
 *
 * Listing a bucket is not data access (keys carry no personal data
 * here), nor is describing a key or reading a bucket's configuration.
 */
import { CatalogAction } from './catalog';
import { actionName } from './action-expansion';
import { globPattern } from './glob';

const OBJECT_RESOURCE_TYPES = ['object', 'accesspointobject'];

const DATA_ACTION_PATTERNS = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey*',
  'kms:ReEncrypt*',
  'kms:Sign',
  'kms:Verify',
  'kms:GenerateMac',
  'kms:VerifyMac',
  'kms:DeriveSharedSecret',
  'secretsmanager:GetSecretValue',
  'ssm:GetParameter*',
].map((pattern) => globPattern(pattern, true));

export function isDataAccess(action: CatalogAction): boolean {
  const onObjects =
    action.service === 's3' &&
    action.resourceTypes.some((type) => OBJECT_RESOURCE_TYPES.includes(type.name));
  return onObjects || DATA_ACTION_PATTERNS.some((pattern) => pattern.test(actionName(action)));
}
