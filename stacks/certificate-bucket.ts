/**
 * The certificate bucket: private, versioned, encrypted by default,
 * logged to the log bucket, with request metrics for the alarms and the
 * deny-only bucket policy.
 */
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketMetric } from '@cdktf/provider-aws/lib/s3-bucket-metric';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { Construct } from 'constructs';
import { certificateLifecycleRules } from '../lifecycle/certificate-rules';
import { certificateBucketPolicy } from '../policies/certificate-bucket-policy';
import { PolicyContext, requireKmsKeyArn } from '../policies/context';
import { renderPolicy } from '../policies/render';
import { ACCESS_LOG_PREFIX } from '../policies/resources';
import { LogBucket } from './log-bucket';
import { BucketEncryption, PrivateBucket, addPrivateBucket } from './private-bucket';

/** The request-metrics filter id the S3 alarms use as a dimension. */
export const REQUEST_METRICS_ID = 'EntireBucket';

export interface CertificateBucketProps {
  readonly context: PolicyContext;
  readonly logs: LogBucket;
}

function encryption(context: PolicyContext): BucketEncryption {
  if (context.config.encryption === 'SSE-S3') return { mode: 'SSE-S3' };
  return { mode: 'SSE-KMS', kmsKeyArn: requireKmsKeyArn(context) };
}

export function addCertificateBucket(
  scope: Construct,
  props: CertificateBucketProps,
): PrivateBucket {
  const { context, logs } = props;
  const { config } = context;

  const certificates = addPrivateBucket(scope, {
    id: 'certificate',
    bucketName: config.certificateBucketName,
    encryption: encryption(context),
    lifecycleRules: certificateLifecycleRules(config.lifecycle),
  });
  const bucket = certificates.bucket.id;

  new S3BucketVersioningA(scope, 'certificate_versioning', {
    bucket,
    versioningConfiguration: { status: 'Enabled' },
  });

  new S3BucketLoggingA(scope, 'certificate_access_logging', {
    bucket,
    targetBucket: logs.bucket.id,
    targetPrefix: ACCESS_LOG_PREFIX,
    dependsOn: [logs.policy],
  });

  new S3BucketMetric(scope, 'certificate_request_metrics', { bucket, name: REQUEST_METRICS_ID });

  new S3BucketPolicy(scope, 'certificate_bucket_policy', {
    bucket,
    policy: renderPolicy(certificateBucketPolicy(context).document),
    dependsOn: [certificates.publicAccessBlock],
  });

  return certificates;
}
