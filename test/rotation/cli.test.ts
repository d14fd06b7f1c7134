/**
 * The command as operators run it: `npm run rotate-key`, configured by
 * the staging environment alone, pointed at moto through AWS_ENDPOINT_URL
 * and signed with the operator's credentials from the environment.
 */
import { spawnSync } from 'node:child_process';
import {
  createAppUser,
  FULL_KEY_ID,
  knownSecrets,
  listKeys,
  STAGING,
  startWorld,
  World,
} from './fixture';

let world: World;

beforeAll(async () => {
  world = await startWorld();
}, 60_000);

afterAll(async () => {
  await world?.moto.stop();
});

function rotateKey(args: readonly string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'rotate-key', '--', ...args], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AWS_ENDPOINT_URL: world.moto.endpoint,
      AWS_ACCESS_KEY_ID: world.operator.accessKeyId,
      AWS_SECRET_ACCESS_KEY: world.operator.secretAccessKey,
      AWS_REGION: STAGING.region,
    },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('takes user and parameter from the staging configuration; exits 0 after step 1', async () => {
  const userName = `${STAGING.namePrefix}-app`;
  const app = await createAppUser(world, {
    userName,
    parameterName: STAGING.keyRotation?.parameterName,
  });

  const dryRun = rotateKey(['--dry-run']);
  expect(dryRun.code).toBe(0);
  expect(JSON.parse(dryRun.stdout)).toEqual({
    environment: 'staging',
    user: userName,
    parameter: '/deltacrown/staging/certificates/app-access-key',
    state: 'one-key',
    step: 'start-rotation',
    outcome: 'planned',
  });
  expect(await listKeys(world, userName)).toHaveLength(1);

  const step1 = rotateKey([]);
  expect(step1.code).toBe(0);
  expect(JSON.parse(step1.stdout)).toMatchObject({ step: 'start-rotation', outcome: 'done' });
  expect(await listKeys(world, userName)).toHaveLength(2);

  for (const output of [dryRun, step1]) {
    for (const secret of await knownSecrets(world, app)) {
      expect(output.stdout + output.stderr).not.toContain(secret);
    }
    expect(output.stdout + output.stderr).not.toMatch(FULL_KEY_ID);
  }
}, 60_000);

test('exits 2 on bad usage, naming the flag', () => {
  const result = rotateKey(['--grace-days', 'week']);

  expect(result.code).toBe(2);
  expect(result.stderr)
    .toContain("--grace-days must be a whole number of days (0 or more); got 'week'.");
  expect(result.stdout).toBe('');
}, 60_000);
