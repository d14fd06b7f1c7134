/**
 * Every state the command does not recognise is refused with exit code 2,
 * a message saying what was found and what to do, and no change at all.
 * This world has no certificate bucket, as an emulator without the stacks.
 */
import { CreateAccessKeyCommand, UpdateAccessKeyCommand } from '@aws-sdk/client-iam';
import { DeleteParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import {
  AppUser,
  createAppUser,
  FULL_KEY_ID,
  knownSecrets,
  parameterKey,
  RunResult,
  runCommand,
  snapshot,
  startWorld,
  World,
  writeParameter,
} from './fixture';

let world: World;

beforeAll(async () => {
  world = await startWorld({ withBucket: false });
}, 60_000);

afterAll(async () => {
  await world?.moto.stop();
});

async function secondKey(app: AppUser): Promise<string> {
  const response = await world.admin.iam.send(
    new CreateAccessKeyCommand({ UserName: app.userName }),
  );
  return response.AccessKey?.AccessKeyId ?? '';
}

async function setStatus(app: AppUser, keyId: string, status: 'Active' | 'Inactive') {
  await world.admin.iam.send(new UpdateAccessKeyCommand({
    UserName: app.userName,
    AccessKeyId: keyId,
    Status: status,
  }));
}

/** Runs the command and proves it refused and left everything as it was. */
async function expectRefusal(app: AppUser, args: readonly string[] = []): Promise<RunResult> {
  const before = await snapshot(world, app);

  const refused = await runCommand(world, app, args);

  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/Refused: .+\nWhat to do: .+\nNothing was changed\.\n/);
  expect(JSON.parse(refused.stdout)).toMatchObject({ outcome: 'refused' });
  expect(await snapshot(world, app)).toEqual(before);
  for (const secret of await knownSecrets(world, app)) {
    expect(refused.stdout + refused.stderr).not.toContain(secret);
  }
  expect(refused.stdout + refused.stderr).not.toMatch(FULL_KEY_ID);
  return refused;
}

describe('refused states', () => {
  it('a user that does not exist', async () => {
    const app = await createAppUser(world);

    const refused = await runCommand(world, { ...app, userName: 'nobody-here' }, []);

    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Refused: IAM user nobody-here was not found.');
    expect(refused.stderr).toContain('Check --user');
    expect(await parameterKey(world, app)).toEqual(app.firstKey);
  });

  it('a parameter that does not exist', async () => {
    const app = await createAppUser(world);
    await world.admin.ssm.send(new DeleteParameterCommand({ Name: app.parameterName }));

    const refused = await expectRefusal(app);

    expect(refused.stderr).toContain(`Parameter ${app.parameterName} does not exist.`);
    expect(refused.stderr).toContain('create it as a SecureString');
  });

  it('a parameter that is not a SecureString', async () => {
    const app = await createAppUser(world);
    await world.admin.ssm.send(new DeleteParameterCommand({ Name: app.parameterName }));
    await world.admin.ssm.send(new PutParameterCommand({
      Name: app.parameterName,
      Type: 'String',
      Value: JSON.stringify(app.firstKey),
    }));

    const refused = await expectRefusal(app);

    expect(refused.stderr).toContain('is a String, not a SecureString');
  });

  it('a parameter whose value is not the key JSON', async () => {
    const app = await createAppUser(world);
    await writeParameter(world, app.parameterName, '{"accessKeyId": 42}');

    const refused = await expectRefusal(app);

    expect(refused.stderr).toContain('is not JSON with the string fields accessKeyId');
  });

  it('no active key', async () => {
    const app = await createAppUser(world);
    await setStatus(app, app.firstKey.accessKeyId, 'Inactive');

    const refused = await expectRefusal(app);

    expect(refused.stderr).toContain('has no active access key');
    expect(refused.stderr).toContain('--status Active');
  });

  it('two keys and a parameter that names neither', async () => {
    const app = await createAppUser(world);
    await secondKey(app);
    await writeParameter(world, app.parameterName, JSON.stringify({
      accessKeyId: 'AKIAEXAMPLEOTHERKEY0',
      secretAccessKey: 'not-a-key-of-this-user-0000000000000000',
    }));

    const refused = await expectRefusal(app);

    expect(refused.stderr).toMatch(/names key AKIA\*{4}KEY0, which is not one of app-\d+'s keys/);
  });

  it('a parameter that names an inactive key while the other key is active', async () => {
    const app = await createAppUser(world);
    await secondKey(app);
    await setStatus(app, app.firstKey.accessKeyId, 'Inactive');

    const refused = await expectRefusal(app);

    expect(refused.stderr).toContain('which is Inactive: the app cannot authenticate');
  });

  it('a second key the parameter never held and the command did not create', async () => {
    const app = await createAppUser(world);
    await secondKey(app);

    const refused = await expectRefusal(app);

    expect(refused.stderr)
      .toContain('that the parameter never held and this command did not create');
  });

  it('a rollback whose old secret is gone from the parameter history', async () => {
    const app = await createAppUser(world);
    expect((await runCommand(world, app, [])).code).toBe(0);
    const newKey = await parameterKey(world, app);
    await world.admin.ssm.send(new DeleteParameterCommand({ Name: app.parameterName }));
    await writeParameter(world, app.parameterName, JSON.stringify(newKey));

    const refused = await expectRefusal(app, ['--rollback']);

    expect(refused.stderr).toContain('is no longer in the history');
    expect(refused.stderr).toContain('run again without --rollback');
  });
});

describe('refused settings', () => {
  it('an environment whose app has no access keys', async () => {
    const app = await createAppUser(world);

    const refused = await runCommand(world, app, ['--env', 'production']);

    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Environment production has no key rotation');
    expect(refused.stdout).toBe('');
  });

  it('bad flags, each named with its fix, before anything is read', async () => {
    const app = await createAppUser(world);
    const before = await snapshot(world, app);

    const args = ['--grace-days', 'soon', '--force', '--rollback'];

    const refused = await runCommand(world, app, args);

    expect(refused.code).toBe(2);
    expect(refused.stderr)
      .toContain("--grace-days must be a whole number of days (0 or more); got 'soon'.");
    expect(refused.stderr).toContain('--force and --rollback cannot be combined');
    expect(await snapshot(world, app)).toEqual(before);
  });
});

describe('without the certificate bucket', () => {
  it('still proves the new key authenticates, and says permission was not checked', async () => {
    const app = await createAppUser(world);

    const step1 = await runCommand(world, app, []);

    expect(step1.code).toBe(0);
    expect(step1.stderr).toContain(
      's3 accepted the signature but the bucket does not exist, so the app\'s permission '
        + 'was not checked',
    );
  });

  it('still refuses a key the app policy does not cover', async () => {
    const app = await createAppUser(world, { appPolicy: false });

    const failed = await runCommand(world, app, []);

    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('S3 denied DeleteObject');
  });
});
