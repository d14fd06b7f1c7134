/**
 * Nobody but the CI deployer may change how the certificate and log
 * buckets are protected or delete them: not our principals, not an administrator of
 * the account, not a stranger. The list follows the requirements, written here
 * independently of the generators so that a gap in either shows.
 */
import { PrincipalRole } from '../../../policies/principals';
import { CallerName } from '../callers';
import { Row, Scenario, table } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';

/** Bucket settings that, changed or removed, weaken protection or lose data. */
const PROTECTION_ACTIONS = [
  's3:PutBucketPolicy',
  's3:DeleteBucketPolicy',
  's3:PutEncryptionConfiguration',
  's3:DeleteBucket',
  's3:PutBucketPublicAccessBlock',
  's3:PutBucketOwnershipControls',
  's3:PutBucketVersioning',
  's3:PutLifecycleConfiguration',
  's3:PutBucketLogging',
];

/** Reading the configuration is the deployer's, for plan; nobody else needs it. */
const CONFIGURATION_READS = [
  's3:GetBucketPolicy',
  's3:GetEncryptionConfiguration',
  's3:GetBucketVersioning',
  's3:GetLifecycleConfiguration',
];

const STRANGERS: readonly CallerName[] = [
  'account-admin',
  'account-user',
  'outside-admin',
  'anonymous',
];

function rowsFor(
  callers: readonly CallerName[],
  actions: readonly string[],
  env: ScenarioEnvironment,
): Row[] {
  const buckets = [env.at.certificateBucket, env.at.logBucket];
  return callers.flatMap((caller) =>
    actions.flatMap((action) => buckets.map((bucket): Row => [caller, action, bucket])),
  );
}

export function bucketAdministrationScenarios(env: ScenarioEnvironment): Scenario[] {
  const ours = env.roles.filter((role): role is Exclude<PrincipalRole, 'ci-deployer'> =>
    role !== 'ci-deployer',
  );

  return table('bucket administration', [
    {
      expected: 'Allowed',
      why: 'the CI deployer applies the bucket\'s protection',
      rows: rowsFor(['ci-deployer'], [...PROTECTION_ACTIONS, ...CONFIGURATION_READS], env),
    },
    {
      expected: 'ExplicitlyDenied',
      why: 'only the CI deployer may change the bucket\'s protection or delete it',
      rows: rowsFor([...ours, ...STRANGERS], PROTECTION_ACTIONS, env),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'reading the bucket\'s configuration is not part of their work',
      rows: rowsFor(ours, CONFIGURATION_READS, env),
    },
  ]);
}
