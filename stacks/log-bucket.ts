/**
 * The log bucket receives S3 server access logs (and CloudTrail data
 * events where they are on). It is always SSE-S3: log delivery cannot
 * write with a customer-managed KMS key.
 */
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/types';
import { logLifecycleRules } from '../lifecycle/log-rules';
import { logBucketPolicy } from '../policies/log-bucket-policy';
import { renderPolicy } from '../policies/render';
import { PrivateBucket, addPrivateBucket } from './private-bucket';

export interface LogBucket extends PrivateBucket {
  readonly policy: S3BucketPolicy;
}

export function addLogBucket(scope: Construct, config: EnvironmentConfig): LogBucket {
  const rules = logLifecycleRules(
    config.accessLogRetentionDays,
    config.lifecycle.abortIncompleteMultipartUploadDays,
  );
  const logs = addPrivateBucket(scope, {
    id: 'log',
    bucketName: config.logBucketName,
    encryption: { mode: 'SSE-S3' },
    lifecycleRules: rules,
  });

  const policy = new S3BucketPolicy(scope, 'log_bucket_policy', {
    bucket: logs.bucket.id,
    policy: renderPolicy(logBucketPolicy(config).document),
    dependsOn: [logs.publicAccessBlock],
  });

  return { ...logs, policy };
}
