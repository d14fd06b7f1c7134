/**
 * The KMS actions S3 performs on a principal's behalf in SSE-KMS mode:
 * GenerateDataKey to write, Decrypt to read. Nothing else, and only
 * through S3 in our own account.
 */
import { PolicyContext, requireKmsKeyArn, viaS3 } from '../context';
import { Principal, Statement } from '../types';

export type KmsUse = 'write' | 'read';

/** Writes need Decrypt too: S3 decrypts the data key to finish an upload. */
export function kmsActions(use: KmsUse): string[] {
  return use === 'write' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'];
}

/** Identity-policy form: the key's ARN as the resource. */
export function allowKmsUse(context: PolicyContext, use: KmsUse): Statement {
  return {
    Sid: use === 'write' ? 'AllowKmsForEncryptedWrites' : 'AllowKmsForEncryptedReads',
    Effect: 'Allow',
    Action: kmsActions(use),
    Resource: [requireKmsKeyArn(context)],
    Condition: { StringEquals: viaS3(context) },
  };
}

/** Key-policy form: the principals by ARN, the key itself as `*`. */
export function allowKmsUseInKeyPolicy(
  context: PolicyContext,
  use: KmsUse,
  principalArns: readonly string[],
): Statement {
  const principal: Principal = { AWS: principalArns };
  return {
    Sid: use === 'write' ? 'AllowCertificateWriters' : 'AllowCertificateReaders',
    Effect: 'Allow',
    Principal: principal,
    Action: kmsActions(use),
    Resource: ['*'],
    Condition: { StringEquals: viaS3(context) },
  };
}
