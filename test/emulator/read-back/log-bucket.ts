/**
 * The log bucket as the emulator holds it after apply, compared with the
 * configuration and the generators that built it.
 */
import { GetBucketLifecycleConfigurationCommand } from '@aws-sdk/client-s3';
import { ENVIRONMENT_NAMES } from '../../../config/types';
import { logLifecycleRules } from '../../../lifecycle/log-rules';
import { logBucketPolicy } from '../../../policies/log-bucket-policy';
import { DeployedStacks } from '../deployed-stacks';
import { appliedEnvironment } from './applied-environment';
import { encryptionRule, itIsPrivate } from './private-bucket';

export function describeLogBucket(stacks: DeployedStacks): void {
  describe.each(ENVIRONMENT_NAMES)('the %s log bucket, read back', (name) => {
    const applied = () => appliedEnvironment(stacks, name);

    itIsPrivate({
      applied,
      bucketName: (config) => config.logBucketName,
      // Log delivery cannot write with a customer-managed key, whatever the certificates use.
      encryption: () => encryptionRule('SSE-S3'),
      lifecycleRules: (config) => logLifecycleRules(
        config.accessLogRetentionDays,
        config.lifecycle.abortIncompleteMultipartUploadDays,
      ),
      policy: (context) => logBucketPolicy(context.config).document,
    });

    it('deletes logs after 90 days', async () => {
      const { config, clients } = await applied();
      const Bucket = config.logBucketName;

      const read = await clients.s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }));

      // The required retention, pinned: a change to the default must be deliberate.
      const expiring = read.Rules?.filter((rule) => rule.Expiration !== undefined);
      expect(expiring?.map((rule) => rule.Expiration)).toEqual([{ Days: 90 }]);
    });
  });
}
