/**
 * The rotation command against moto's IAM, STS, SSM and S3 with IAM
 * enforcement: the operator may call only the command's actions, and the
 * new key's checks are judged by the app user's own policy.
 */
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import {
  AppUser,
  createAppUser,
  FULL_KEY_ID,
  knownSecrets,
  listKeys,
  parameterKey,
  RunResult,
  runCommand,
  snapshot,
  STAGING,
  startWorld,
  World,
} from './fixture';
import {
  ROTATION_DEACTIVATED_TAG,
  ROTATION_OLD_KEY_TAG,
  ROTATION_STARTED_TAG,
} from '../../policies/key-rotation-actions';

const DAY_MS = 24 * 60 * 60 * 1000;

let world: World;
const outputs: RunResult[] = [];

beforeAll(async () => {
  world = await startWorld();
}, 60_000);

afterAll(async () => {
  await world?.moto.stop();
});

beforeEach(() => {
  outputs.length = 0;
});

async function run(app: AppUser, args: readonly string[] = [], clock?: () => Date) {
  const result = await runCommand(world, app, args, { clock });
  outputs.push(result);
  return result;
}

function result(output: RunResult): Record<string, unknown> {
  return JSON.parse(output.stdout) as Record<string, unknown>;
}

/** No run may print a secret that was ever in the parameter, nor a full key id. */
async function expectNoSecretsPrinted(app: AppUser): Promise<void> {
  const secrets = await knownSecrets(world, app);
  expect(secrets.length).toBeGreaterThan(0);
  for (const output of outputs) {
    const text = output.stdout + output.stderr;
    for (const secret of secrets) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(FULL_KEY_ID);
  }
}

/** A request signed by the key, as the app would make it. */
async function useKey(key: { accessKeyId: string; secretAccessKey: string }) {
  const sts = new STSClient({
    region: STAGING.region,
    endpoint: world.moto.endpoint,
    credentials: key,
  });
  return (await sts.send(new GetCallerIdentityCommand({}))).Arn;
}

describe('a full rotation', () => {
  it('hands over a proven key, deactivates the old one, deletes it after grace', async () => {
    const app = await createAppUser(world);
    const oldKeyId = app.firstKey.accessKeyId;

    const step1 = await run(app);
    expect(step1.code).toBe(0);
    expect(result(step1)).toMatchObject({ step: 'start-rotation', outcome: 'done' });
    const newKey = await parameterKey(world, app);
    expect(newKey.accessKeyId).not.toBe(oldKeyId);
    expect(await listKeys(world, app.userName)).toEqual(expect.arrayContaining([
      { id: oldKeyId, status: 'Active' },
      { id: newKey.accessKeyId, status: 'Active' },
    ]));
    expect(step1.stderr)
      .toContain('sts:GetCallerIdentity returned arn:aws:iam::123456789012:user/');
    expect(step1.stderr).toContain('s3:DeleteObject allowed');
    expect(await useKey(newKey)).toMatch(new RegExp(`:user/${app.userName}$`));

    const step2 = await run(app);
    expect(step2.code).toBe(0);
    expect(result(step2)).toMatchObject({ step: 'deactivate-old-key', outcome: 'done' });
    expect(await listKeys(world, app.userName)).toEqual(expect.arrayContaining([
      { id: oldKeyId, status: 'Inactive' },
      { id: newKey.accessKeyId, status: 'Active' },
    ]));
    const afterStep2 = await snapshot(world, app);
    expect(afterStep2.tags[ROTATION_OLD_KEY_TAG]).toBe(oldKeyId);
    expect(afterStep2.tags[ROTATION_DEACTIVATED_TAG]).not.toBe('');

    const tooEarly = await run(app, [], () => new Date(Date.now() + 6 * DAY_MS));
    expect(tooEarly.code).toBe(0);
    expect(result(tooEarly)).toMatchObject({ outcome: 'nothing-to-do' });
    expect(tooEarly.stderr).toMatch(/it can be deleted from \S+ \(grace period 7 days\)/);
    expect(await snapshot(world, app)).toEqual(afterStep2);

    const step3 = await run(app, [], () => new Date(Date.now() + 8 * DAY_MS));
    expect(step3.code).toBe(0);
    expect(result(step3)).toMatchObject({ step: 'delete-old-key', outcome: 'done' });
    const end = await snapshot(world, app);
    expect(end.keys).toEqual([{ id: newKey.accessKeyId, status: 'Active' }]);
    expect(end.tags).toEqual({});
    expect(end.parameterValue).toBe(afterStep2.parameterValue);
    expect(step3.stderr).toContain('The rotation is complete.');

    await expectNoSecretsPrinted(app);
  });

  it('takes the grace period from --grace-days over the configuration', async () => {
    const app = await createAppUser(world);
    await run(app);
    await run(app);

    const step3 = await run(app, ['--grace-days', '0']);

    expect(result(step3)).toMatchObject({ step: 'delete-old-key', outcome: 'done' });
    expect(await listKeys(world, app.userName)).toHaveLength(1);
  });

  it('prints progress on stderr and one JSON result on stdout', async () => {
    const app = await createAppUser(world);

    const step1 = await run(app);

    expect(step1.stdout.trim().split('\n')).toHaveLength(1);
    expect(result(step1)).toEqual({
      environment: 'staging',
      user: app.userName,
      parameter: app.parameterName,
      state: 'one-key',
      step: 'start-rotation',
      outcome: 'done',
    });
    expect(step1.stderr).toMatch(/\[1\/4\] record the rotation start/);
    expect(step1.stderr).toMatch(/\[4\/4\] write the new key to/);
  });
});

describe('the last-use check before deactivation', () => {
  it('refuses while the old key is used after the hand-over, saying when', async () => {
    const app = await createAppUser(world);
    await run(app);
    await useKey(app.firstKey);
    const before = await snapshot(world, app);

    const refused = await run(app);

    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Refused: Old key AKIA\*{4}\w{4} was last used at \d{4}-/);
    expect(refused.stderr).toMatch(/after the new key .* was handed to the app at/);
    expect(refused.stderr).toContain('run again with --force');
    expect(refused.stderr).toContain('Nothing was changed.');
    expect(result(refused)).toMatchObject({ state: 'new-key-handed-over', outcome: 'refused' });
    expect(await snapshot(world, app)).toEqual(before);
    await expectNoSecretsPrinted(app);
  });

  it('deactivates anyway with --force and says so', async () => {
    const app = await createAppUser(world);
    await run(app);
    await useKey(app.firstKey);

    const forced = await run(app, ['--force']);

    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('--force: deactivating anyway.');
    expect(await listKeys(world, app.userName)).toContainEqual(
      { id: app.firstKey.accessKeyId, status: 'Inactive' },
    );
  });
});

describe('rollback', () => {
  it('from step 2 puts the old key back into the parameter and deletes the new key', async () => {
    const app = await createAppUser(world);
    await run(app);
    const newKeyId = (await parameterKey(world, app)).accessKeyId;

    const rollback = await run(app, ['--rollback']);

    expect(rollback.code).toBe(0);
    expect(result(rollback)).toMatchObject({ step: 'roll-back', outcome: 'done' });
    const end = await snapshot(world, app);
    expect(end.keys).toEqual([{ id: app.firstKey.accessKeyId, status: 'Active' }]);
    expect(await parameterKey(world, app)).toEqual(app.firstKey);
    expect(end.tags).toEqual({});
    expect(end.keys.map((key) => key.id)).not.toContain(newKeyId);
    await expectNoSecretsPrinted(app);
  });

  it('from step 3 reactivates the old key before handing it back', async () => {
    const app = await createAppUser(world);
    await run(app);
    await run(app);
    expect(await listKeys(world, app.userName)).toContainEqual(
      { id: app.firstKey.accessKeyId, status: 'Inactive' },
    );

    const rollback = await run(app, ['--rollback']);

    expect(rollback.code).toBe(0);
    expect(rollback.stderr).toMatch(/\[1\/4\] reactivate key/);
    expect(await snapshot(world, app)).toMatchObject({
      keys: [{ id: app.firstKey.accessKeyId, status: 'Active' }],
      tags: {},
    });
    expect(await parameterKey(world, app)).toEqual(app.firstKey);
    await expectNoSecretsPrinted(app);
  });

  it('has nothing to roll back when no rotation is under way', async () => {
    const app = await createAppUser(world);
    const before = await snapshot(world, app);

    const rollback = await run(app, ['--rollback']);

    expect(rollback.code).toBe(0);
    expect(result(rollback)).toMatchObject({ outcome: 'nothing-to-do' });
    expect(await snapshot(world, app)).toEqual(before);
  });

  it('interrupted after the hand-back, is refused, then finished by --rollback', async () => {
    const app = await createAppUser(world);
    await run(app);
    const newKeyId = (await parameterKey(world, app)).accessKeyId;
    await runCommand(world, app, ['--rollback'], {
      observers: [failOnce('iam', 'DeleteAccessKey')],
    });
    expect(await listKeys(world, app.userName)).toHaveLength(2);
    const before = await snapshot(world, app);

    const plain = await run(app);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('a rollback was interrupted');
    expect(await snapshot(world, app)).toEqual(before);

    const finish = await run(app, ['--rollback']);
    expect(result(finish)).toMatchObject({ step: 'finish-rollback', outcome: 'done' });
    const end = await snapshot(world, app);
    expect(end.keys).toEqual([{ id: app.firstKey.accessKeyId, status: 'Active' }]);
    expect(end.keys.map((key) => key.id)).not.toContain(newKeyId);
  });
});

describe('--dry-run', () => {
  it('prints the next step in every state and changes nothing', async () => {
    const app = await createAppUser(world);
    const expected = [
      { step: 'start-rotation', first: 'record the rotation start' },
      { step: 'deactivate-old-key', first: 'prove key' },
      { step: 'delete-old-key', first: 'delete key' },
    ];
    const later = () => new Date(Date.now() + 8 * DAY_MS);

    for (const { step, first } of expected) {
      const clock = step === 'delete-old-key' ? later : undefined;
      const before = await snapshot(world, app);

      const dryRun = await run(app, ['--dry-run'], clock);

      expect(dryRun.code).toBe(0);
      expect(result(dryRun)).toMatchObject({ step, outcome: 'planned' });
      expect(dryRun.stderr).toContain(`  1. ${first}`);
      expect(dryRun.stderr).toContain('Dry run: nothing was changed.');
      expect(await snapshot(world, app)).toEqual(before);
      expect((await run(app, [], clock)).code).toBe(0);
    }
    await expectNoSecretsPrinted(app);
  });
});

describe('a new key that fails its check', () => {
  it('is deleted at once and never reaches the parameter', async () => {
    const app = await createAppUser(world, { appPolicy: false });
    const before = await snapshot(world, app);

    const failed = await run(app);

    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('S3 denied DeleteObject');
    expect(failed.stderr).toMatch(/the new key AKIA\*{4}\w{4} failed its check; deleting it/);
    const after = await snapshot(world, app);
    expect(after.keys).toEqual(before.keys);
    expect(after.parameterValue).toBe(before.parameterValue);
    await expectNoSecretsPrinted(app);
  });
});

describe('--debug', () => {
  it('names every AWS call and its signer, without payloads', async () => {
    const app = await createAppUser(world);

    const debug = await run(app, ['--debug']);

    expect(debug.code).toBe(0);
    expect(debug.stderr).toContain('debug: -> iam:CreateAccessKey (signed by operator)');
    expect(debug.stderr).toContain('debug: -> sts:GetCallerIdentity (signed by key-under-test)');
    expect(debug.stderr).toContain('debug: <- ssm:PutParameter ok');
    await expectNoSecretsPrinted(app);
  });
});

/** Makes the first call of one operation fail before it is sent. */
function failOnce(service: string, operation: string) {
  let failed = false;
  return {
    before(call: { service: string; operation: string }) {
      if (!failed && call.service === service && call.operation === operation) {
        failed = true;
        throw new Error(`injected failure of ${service}:${operation}`);
      }
    },
  };
}

// Keeps the tag names in one place with the command.
test('the record tags are named for what they hold', () => {
  expect([ROTATION_STARTED_TAG, ROTATION_OLD_KEY_TAG, ROTATION_DEACTIVATED_TAG]).toEqual([
    'rotation-started-at',
    'rotation-old-key-id',
    'rotation-old-key-deactivated-at',
  ]);
});
