/**
 * CloudTrail data events for the certificate bucket: who read, wrote or
 * deleted which certificate. Management events are left to the account's
 * own trail, so this one costs only the data events.
 */
import { Cloudtrail } from '@cdktf/provider-aws/lib/cloudtrail';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/types';
import { CLOUDTRAIL_PREFIX, certificateBucketArn, trailName } from '../policies/resources';
import { LogBucket } from './log-bucket';

export function addAuditTrail(
  scope: Construct,
  config: EnvironmentConfig,
  logs: LogBucket,
): Cloudtrail {
  return new Cloudtrail(scope, 'data_event_trail', {
    name: trailName(config),
    s3BucketName: logs.bucket.id,
    s3KeyPrefix: CLOUDTRAIL_PREFIX,
    includeGlobalServiceEvents: false,
    isMultiRegionTrail: false,
    enableLogFileValidation: true,
    eventSelector: [
      {
        readWriteType: 'All',
        includeManagementEvents: false,
        dataResource: [
          { type: 'AWS::S3::Object', values: [`${certificateBucketArn(config)}/`] },
        ],
      },
    ],
    dependsOn: [logs.policy],
  });
}
