/**
 * Every environment's synthesized stack applies to the AWS emulator, shows
 * no changes when planned again right away, and is destroyed afterwards.
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
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
  it('is the account the stacks allow', async () => {
    const { sts } = emulatorClients();

    const identity = await sts.send(new GetCallerIdentityCommand({}));

    expect(identity.Account).toBe('123456789012');
  });
});
