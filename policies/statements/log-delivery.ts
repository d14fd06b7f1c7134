/**
 * Grants for the AWS services that write into the log bucket. With
 * BucketOwnerEnforced there are no ACLs, so delivery is granted here,
 * and scoped to our account and source so that no other bucket or trail
 * can write into ours.
 */
import { EnvironmentConfig } from '../../config/types';
import {
  ACCESS_LOG_PREFIX,
  CLOUDTRAIL_PREFIX,
  certificateBucketArn,
  logBucketArn,
  objectsArn,
  trailArn,
} from '../resources';
import { Statement } from '../types';

export function allowServerAccessLogDelivery(config: EnvironmentConfig): Statement {
  return {
    Sid: 'AllowServerAccessLogDelivery',
    Effect: 'Allow',
    Principal: { Service: 'logging.s3.amazonaws.com' },
    Action: ['s3:PutObject'],
    Resource: [objectsArn(config.logBucketName, ACCESS_LOG_PREFIX)],
    Condition: {
      ArnLike: { 'aws:SourceArn': certificateBucketArn(config) },
      StringEquals: { 'aws:SourceAccount': config.accountId },
    },
  };
}

/** CloudTrail checks the bucket's ACL before its first delivery. */
export function allowCloudTrailAclCheck(config: EnvironmentConfig): Statement {
  return {
    Sid: 'AllowCloudTrailAclCheck',
    Effect: 'Allow',
    Principal: { Service: 'cloudtrail.amazonaws.com' },
    Action: ['s3:GetBucketAcl'],
    Resource: [logBucketArn(config)],
    Condition: { StringEquals: { 'aws:SourceArn': trailArn(config) } },
  };
}

export function allowCloudTrailDelivery(config: EnvironmentConfig): Statement {
  const prefix = `${CLOUDTRAIL_PREFIX}/AWSLogs/${config.accountId}/`;
  return {
    Sid: 'AllowCloudTrailDelivery',
    Effect: 'Allow',
    Principal: { Service: 'cloudtrail.amazonaws.com' },
    Action: ['s3:PutObject'],
    Resource: [objectsArn(config.logBucketName, prefix)],
    Condition: {
      StringEquals: {
        'aws:SourceArn': trailArn(config),
        's3:x-amz-acl': 'bucket-owner-full-control',
      },
    },
  };
}
