/**
 * Every environment's synthesized stack applies to the AWS emulator, shows
 * no changes when planned again right away, and is destroyed afterwards.
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { loadEnvironments } from '../../config/load';
import { ENVIRONMENT_NAMES } from '../../config/types';
import { emulatorClients } from './clients';
import { deployStacks } from './deployed-stacks';

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
