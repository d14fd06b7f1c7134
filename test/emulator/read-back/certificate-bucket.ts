/**
 * The certificate bucket as the emulator holds it after apply, compared
 * with the configuration and the generators that built it.
 */
import {
  GetBucketLifecycleConfigurationCommand,
  GetBucketLoggingCommand,
  GetBucketVersioningCommand,
} from '@aws-sdk/client-s3';
import { ENVIRONMENT_NAMES } from '../../../config/types';
import { certificateLifecycleRules } from '../../../lifecycle/certificate-rules';
import { certificateBucketPolicy } from '../../../policies/certificate-bucket-policy';
import { ACCESS_LOG_PREFIX } from '../../../policies/resources';
import { REQUEST_METRICS_ID } from '../../../stacks/certificate-bucket';
import { DeployedStacks } from '../deployed-stacks';
import { appliedEnvironment } from './applied-environment';
import { encryptionRule, itIsPrivate } from './private-bucket';
import { requestMetricsIds } from './request-metrics';

export function describeCertificateBucket(stacks: DeployedStacks): void {
  describe.each(ENVIRONMENT_NAMES)('the %s certificate bucket, read back', (name) => {
    const applied = () => appliedEnvironment(stacks, name);
    const target = async () => {
      const { config, clients } = await applied();
      return { config, s3: clients.s3, Bucket: config.certificateBucketName };
    };

    itIsPrivate({
      applied,
      bucketName: (config) => config.certificateBucketName,
      encryption: (context) => encryptionRule(context.config.encryption, context.kmsKeyArn),
      lifecycleRules: (config) => certificateLifecycleRules(config.lifecycle),
      policy: (context) => certificateBucketPolicy(context).document,
    });

    it('keeps earlier versions of every object', async () => {
      const { s3, Bucket } = await target();

      const read = await s3.send(new GetBucketVersioningCommand({ Bucket }));

      expect(read.Status).toBe('Enabled');
    });

    it('moves certificates to Standard-IA at 90 days and Glacier at 365, ' +
      'and deletes them after 2,555', async () => {
      const { s3, Bucket } = await target();

      const read = await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }));

      // The required retention, pinned: a change to the defaults must be deliberate.
      const retention = read.Rules?.find((rule) => rule.Expiration?.Days !== undefined);
      expect(retention?.Transitions).toEqual(expect.arrayContaining([
        { Days: 90, StorageClass: 'STANDARD_IA' },
        { Days: 365, StorageClass: 'GLACIER' },
      ]));
      expect(retention?.Expiration).toEqual({ Days: 2555 });
    });

    it('logs every request to the log bucket under the access-log prefix', async () => {
      const { config, s3, Bucket } = await target();

      const read = await s3.send(new GetBucketLoggingCommand({ Bucket }));

      expect(read.LoggingEnabled).toEqual({
        TargetBucket: config.logBucketName,
        TargetPrefix: ACCESS_LOG_PREFIX,
      });
    });

    it('publishes request metrics under the filter id the alarms read', async () => {
      const { s3, Bucket } = await target();

      const ids = await requestMetricsIds(s3, Bucket);

      expect(ids).toEqual([REQUEST_METRICS_ID]);
    });
  });
}
