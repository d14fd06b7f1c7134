/**
 * Every environment's synthesized stack applies to the AWS emulator, shows
 * no changes when planned again right away, and is destroyed afterwards.
 * In between, what the emulator holds is read back through the AWS SDK
 * and compared with the configuration and the generators; those tests
 * live in `read-back/` and run here, inside this file's deployment.
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { loadEnvironments } from '../../config/load';
import { ENVIRONMENT_NAMES } from '../../config/types';
import { emulatorClients } from './clients';
import { deployStacks } from './deployed-stacks';
import { describeAlarms } from './read-back/alarms';
import { describeAuditTrail } from './read-back/audit-trail';
import { describeBudget } from './read-back/budget';
import { describeCertificateBucket } from './read-back/certificate-bucket';
import { describeLogBucket } from './read-back/log-bucket';
import { describePrincipals } from './read-back/principals';

const stacks = deployStacks(ENVIRONMENT_NAMES);

describe.each(ENVIRONMENT_NAMES)('the %s stack on the emulator', (name) => {
  it('applies without errors', async () => {
    const deployment = await stacks.applied(name);

    expect(deployment.name).toBe(name);
  });

  it('plans no changes right after apply', async () => {
    const plan = await stacks.replanned(name);

    expect(plan.exitCode).toBe(0);
  });
});

describe('the emulator account', () => {
  // ARNs in the stacks' policies name this account; the emulator must act in it.
  it('is the account every environment deploys into', async () => {
    const { sts } = emulatorClients();
    const accounts = loadEnvironments(ENVIRONMENT_NAMES).map((config) => config.accountId);

    const identity = await sts.send(new GetCallerIdentityCommand({}));

    expect(accounts).toEqual(accounts.map(() => identity.Account));
  });
});

describeCertificateBucket(stacks);
describeLogBucket(stacks);
describePrincipals(stacks);
describeAuditTrail(stacks);
describeAlarms(stacks);
describeBudget(stacks);
