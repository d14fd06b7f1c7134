/**
 * Only the CI deployer may change how a bucket is protected or delete
 * it. Everyone else, app code included, is refused these actions even
 * if an identity policy somewhere grants them.
 */
import { Statement } from '../types';

/** Bucket-level actions that could weaken protection or lose data. */
export const PROTECTED_BUCKET_ACTIONS = [
  's3:DeleteBucket',
  's3:DeleteBucketPolicy',
  's3:PutBucketLogging',
  's3:PutBucketOwnershipControls',
  's3:PutBucketPolicy',
  's3:PutBucketPublicAccessBlock',
  's3:PutBucketVersioning',
  's3:PutEncryptionConfiguration',
  's3:PutLifecycleConfiguration',
] as const;

export function denyBucketAdministrationExceptDeployer(
  bucketArn: string,
  deployerArn: string,
): Statement {
  return {
    Sid: 'DenyBucketAdministrationExceptDeployer',
    Effect: 'Deny',
    Principal: '*',
    Action: [...PROTECTED_BUCKET_ACTIONS],
    Resource: [bucketArn],
    Condition: { ArnNotEquals: { 'aws:PrincipalArn': deployerArn } },
  };
}
