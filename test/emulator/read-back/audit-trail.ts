/**
 * The CloudTrail data-event trail as the emulator holds it after apply:
 * present where configuration turns data events on, absent elsewhere.
 */
import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import { ENVIRONMENT_NAMES } from '../../../config/types';
import { CLOUDTRAIL_PREFIX, certificateBucketArn, trailName } from '../../../policies/resources';
import { DeployedStacks } from '../deployed-stacks';
import { appliedEnvironment, environmentConfig } from './applied-environment';

export function describeAuditTrail(stacks: DeployedStacks): void {
  describe.each(ENVIRONMENT_NAMES)('the %s audit trail, read back', (name) => {
    const config = environmentConfig(name);
    const applied = () => appliedEnvironment(stacks, name);
    const trail = trailName(config);

    if (!config.cloudTrailDataEvents) {
      it('does not exist: data events are off', async () => {
        const { clients } = await applied();

        const read = await clients.cloudtrail.send(new DescribeTrailsCommand({}));

        expect(read.trailList?.map((found) => found.Name)).not.toContain(trail);
      });
      return;
    }

    it('delivers validated log files to the log bucket under its prefix', async () => {
      const { clients } = await applied();

      const read = await clients.cloudtrail.send(
        new DescribeTrailsCommand({ trailNameList: [trail] }),
      );

      expect(read.trailList).toEqual([expect.objectContaining({
        Name: trail,
        S3BucketName: config.logBucketName,
        S3KeyPrefix: CLOUDTRAIL_PREFIX,
        LogFileValidationEnabled: true,
      })]);
    });

    it('records data events on every certificate and no management events', async () => {
      const { clients } = await applied();

      // Read from GetEventSelectors: moto's DescribeTrails reports HasCustomEventSelectors
      // false even for this trail, where AWS reports true.
      const read = await clients.cloudtrail.send(
        new GetEventSelectorsCommand({ TrailName: trail }),
      );

      expect(read.EventSelectors).toEqual([expect.objectContaining({
        ReadWriteType: 'All',
        IncludeManagementEvents: false,
        DataResources: [
          { Type: 'AWS::S3::Object', Values: [`${certificateBucketArn(config)}/`] },
        ],
      })]);
    });

    it('is logging', async () => {
      const { clients } = await applied();

      const read = await clients.cloudtrail.send(new GetTrailStatusCommand({ Name: trail }));

      expect(read.IsLogging).toBe(true);
    });
  });
}
