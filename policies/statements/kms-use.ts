/**
 * The KMS actions S3 performs on a principal's behalf in SSE-KMS mode:
 * GenerateDataKey to write, Decrypt to read. Nothing else, and only
 * through S3 in our own account.
 */
import { PolicyContext, viaS3 } from '../context';
import { Principal, Statement } from '../types';

export type KmsUse = 'write' | 'read';

/** Writes need Decrypt too: S3 decrypts the data key to finish an upload. */
export function kmsActions(use: KmsUse): string[] {
  return use === 'write' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'];
}

/**
 * The principals by ARN, the key itself as `*`. Within one account the
 * key policy alone allows, so identity policies carry no KMS grant.
 */
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
