/**
 * SSE-KMS mode only. The writers may have S3 generate and decrypt data
 * keys, the checker may have S3 decrypt, and only through S3 in our
 * region; nobody else, the account's administrators included, can use
 * the key. The CI deployer and the account administer it but never use it.
 */
import { PrincipalRole } from '../../../policies/principals';
import { CallerName } from '../callers';
import { KmsPath } from '../request-options';
import { Row, Scenario, table } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';

const THROUGH_S3: { kms: KmsPath } = { kms: 'through S3' };

/** What using a key means; S3 itself only ever calls the first two. */
const USE_ACTIONS = ['kms:GenerateDataKey', 'kms:Decrypt', 'kms:Encrypt', 'kms:ReEncryptFrom'];

const STRANGERS: readonly CallerName[] = ['account-admin', 'account-user', 'outside-admin'];

const ADMIN_ACTIONS = [
  'kms:DescribeKey',
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'kms:EnableKeyRotation',
  'kms:DisableKey',
];

function useRows(
  callers: readonly CallerName[],
  actions: readonly string[],
  env: ScenarioEnvironment,
): Row[] {
  return callers.flatMap((caller) =>
    actions.map((action): Row => [caller, action, env.at.kmsKey, THROUGH_S3]),
  );
}

function useScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at } = env;
  const writers: PrincipalRole[] = ['app', 'backfill'];
  const keyUsers: PrincipalRole[] = [...writers, 'checker'];
  const nonUsers = env.roles.filter((role) => !keyUsers.includes(role));
  const paths: KmsPath[] = ['directly', 'through S3 in another region', 'through SSM'];

  return table('encryption key', [
    {
      expected: 'Allowed',
      why: 'S3 generates and decrypts data keys for the writers',
      rows: useRows(writers, ['kms:GenerateDataKey', 'kms:Decrypt'], env),
    },
    {
      expected: 'Allowed',
      why: 'S3 decrypts data keys for the checker\'s reads',
      rows: useRows(['checker'], ['kms:Decrypt'], env),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the checker only reads, so S3 never encrypts for it',
      rows: useRows(['checker'], ['kms:GenerateDataKey'], env),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'S3 needs only GenerateDataKey and Decrypt; nothing else is granted',
      rows: useRows(keyUsers, ['kms:Encrypt', 'kms:ReEncryptFrom'], env),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the key is used through S3 in our region only',
      rows: keyUsers.flatMap((caller) =>
        paths.map((kms): Row => [caller, 'kms:Decrypt', at.kmsKey, { kms }]),
      ),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'nobody else may use the key, administrators and the deployer included',
      rows: useRows([...nonUsers, ...STRANGERS], USE_ACTIONS, env),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the grants name the certificate key, not every key the account has',
      rows: keyUsers.map((caller): Row => [caller, 'kms:Decrypt', at.otherKmsKey, THROUGH_S3]),
    },
    {
      expected: 'Allowed',
      why: 'a key with the default policy is the account administrator\'s to use',
      rows: [['account-admin', 'kms:Decrypt', at.otherKmsKey, THROUGH_S3]],
    },
  ]);
}

function administrationScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at } = env;
  const principals = env.roles.filter((role) => role !== 'ci-deployer');
  const on = (callers: readonly CallerName[]) =>
    callers.flatMap((caller) => ADMIN_ACTIONS.map((action): Row => [caller, action, at.kmsKey]));

  return table('encryption key', [
    {
      expected: 'Allowed',
      why: 'the CI deployer, and the account as a break-glass path, administer the key',
      rows: on(['ci-deployer', 'account-admin']),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'administering the key is nobody else\'s work',
      rows: on([...principals, 'account-user', 'outside-admin']),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the deployer administers this stack\'s key, not the account\'s other keys',
      rows: [at.otherKmsKey, at.otherRegionKmsKey].flatMap((key) =>
        ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:TagResource'].map(
          (action): Row => ['ci-deployer', action, key],
        ),
      ),
    },
  ]);
}

export function encryptionKeyScenarios(env: ScenarioEnvironment): Scenario[] {
  return env.kms ? [...useScenarios(env), ...administrationScenarios(env)] : [];
}
