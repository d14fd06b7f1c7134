/**
 * What Terraform needs on the two buckets and on the state file. Bucket
 * configuration only: the deployer never reads or writes certificates.
 */
import { EnvironmentConfig } from '../../config/types';
import { bucketArn, certificateBucketArn, logBucketArn } from '../resources';
import { Statement } from '../types';

/** Bucket-level actions that refreshing and applying the buckets use. */
const BUCKET_ACTIONS = [
  's3:CreateBucket',
  's3:DeleteBucket',
  's3:DeleteBucketPolicy',
  's3:GetAccelerateConfiguration',
  's3:GetBucket*',
  's3:GetEncryptionConfiguration',
  's3:GetLifecycleConfiguration',
  's3:GetMetricsConfiguration',
  's3:GetReplicationConfiguration',
  's3:ListBucket',
  's3:PutBucket*',
  's3:PutEncryptionConfiguration',
  's3:PutLifecycleConfiguration',
  's3:PutMetricsConfiguration',
];

export function allowBucketManagement(config: EnvironmentConfig): Statement {
  return {
    Sid: 'AllowBucketManagement',
    Effect: 'Allow',
    Action: BUCKET_ACTIONS,
    Resource: [certificateBucketArn(config), logBucketArn(config)],
  };
}

/** The state object and its lock file, nothing else in the state bucket. */
export function allowStateAccess(config: EnvironmentConfig): Statement {
  const { bucket, key } = config.stateBackend;
  return {
    Sid: 'AllowStateAccess',
    Effect: 'Allow',
    Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
    Resource: [`${bucketArn(bucket)}/${key}`, `${bucketArn(bucket)}/${key}.tflock`],
  };
}

export function allowStateListing(config: EnvironmentConfig): Statement {
  const { bucket, key } = config.stateBackend;
  return {
    Sid: 'AllowStateListing',
    Effect: 'Allow',
    Action: ['s3:ListBucket'],
    Resource: [bucketArn(bucket)],
    Condition: { StringEquals: { 's3:prefix': [key, `${key}.tflock`] } },
  };
}
