/**
 * The log bucket takes server access logs of the certificate bucket, and
 * CloudTrail data events where the trail is on, from those services only,
 * for our resources only, under their own prefixes. Our principals have
 * no business there.
 */
import { OTHER_ACCOUNT_ID } from '../example-values';
import { ServiceSource } from '../request-options';
import { Row, Scenario, table } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';

function sources(env: ScenarioEnvironment) {
  const { at, config } = env;
  const source = (arn: string, account: string, label: string): ServiceSource => ({
    arn,
    account,
    label,
  });
  return {
    certificates: source(at.certificateBucket.arn, config.accountId, 'the certificate bucket'),
    /** Bucket names are global: ours, deleted and re-created by someone else. */
    squatted: source(at.certificateBucket.arn, OTHER_ACCOUNT_ID, 'our bucket name, re-created'),
    otherBucket: source(at.unrelatedBucket.arn, config.accountId, 'another bucket of the account'),
    trail: source(at.trail.arn, config.accountId, 'our trail'),
    otherTrail: source(at.otherTrail.arn, OTHER_ACCOUNT_ID, 'a trail of another account'),
  };
}

function accessLogScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at } = env;
  const from = sources(env);

  return table('log delivery', [
    {
      expected: 'Allowed',
      why: 'S3 delivers the certificate bucket\'s access logs under s3-access/',
      rows: [['log-delivery', 's3:PutObject', at.accessLog, { source: from.certificates }]],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'log delivery is granted for our bucket, our account and s3-access/ only',
      rows: [
        ['log-delivery', 's3:PutObject', at.accessLog, { source: from.squatted }],
        ['log-delivery', 's3:PutObject', at.accessLog, { source: from.otherBucket }],
        ['log-delivery', 's3:PutObject', at.strayLog, { source: from.certificates }],
        ['log-delivery', 's3:GetObject', at.accessLog, { source: from.certificates }],
        ['log-delivery', 's3:DeleteObject', at.accessLog, { source: from.certificates }],
        // S3 inventory and analytics exports also act as an S3 service principal.
        ['s3-service', 's3:PutObject', at.accessLog, { source: from.certificates }],
      ],
    },
  ]);
}

function trailScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at } = env;
  const from = sources(env);
  const acl = 'bucket-owner-full-control';
  const granted: Row[] = [
    ['cloudtrail', 's3:GetBucketAcl', at.logBucket, { source: from.trail }],
    ['cloudtrail', 's3:PutObject', at.trailLog, { source: from.trail, acl }],
  ];
  const refused: Row[] = [
    ['cloudtrail', 's3:GetBucketAcl', at.logBucket, { source: from.otherTrail }],
    ['cloudtrail', 's3:PutObject', at.trailLog, { source: from.otherTrail, acl }],
    ['cloudtrail', 's3:PutObject', at.foreignTrailLog, { source: from.trail, acl }],
    ['cloudtrail', 's3:PutObject', at.accessLog, { source: from.trail, acl }],
    ['cloudtrail', 's3:GetObject', at.trailLog, { source: from.trail }],
  ];
  if (env.trail) {
    refused.push(['cloudtrail', 's3:PutObject', at.trailLog, { source: from.trail }]);
  }

  return table('log delivery', [
    {
      expected: env.trail ? 'Allowed' : 'ImplicitlyDenied',
      why: env.trail
        ? 'our trail checks the bucket and delivers under cloudtrail/AWSLogs/<account>/'
        : 'without data events there is no trail to deliver',
      rows: granted,
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'CloudTrail may deliver only our trail\'s logs, with the owner-control ACL, in place',
      rows: refused,
    },
  ]);
}

function readerScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at } = env;
  // The deployer's listing is plan's HeadBucket, granted below.
  const readers = env.roles.flatMap((role): Row[] => [
    [role, 's3:GetObject', at.accessLog],
    [role, 's3:PutObject', at.accessLog],
    ...(role === 'ci-deployer' ? [] : [[role, 's3:ListBucket', at.logBucket] as const]),
  ]);

  return table('log delivery', [
    {
      expected: 'ImplicitlyDenied',
      why: 'none of our principals reads or writes logs',
      rows: readers,
    },
    {
      expected: 'Allowed',
      why: 'plan finds the log bucket with HeadBucket, which needs s3:ListBucket',
      rows: [['ci-deployer', 's3:ListBucket', at.logBucket]],
    },
    {
      expected: 'Allowed',
      why: 'an administrator of the account reads the logs over TLS',
      rows: [['account-admin', 's3:GetObject', at.accessLog]],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the log bucket grants strangers nothing',
      rows: [
        ['outside-admin', 's3:GetObject', at.accessLog],
        ['anonymous', 's3:GetObject', at.accessLog],
        ['anonymous', 's3:PutObject', at.accessLog],
      ],
    },
  ]);
}

export function logDeliveryScenarios(env: ScenarioEnvironment): Scenario[] {
  return [...accessLogScenarios(env), ...trailScenarios(env), ...readerScenarios(env)];
}
