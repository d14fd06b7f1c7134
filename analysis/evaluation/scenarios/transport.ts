/**
 * Plain HTTP and TLS older than 1.2 are refused on both buckets, for
 * every caller and every kind of request, before any grant is looked at.
 */
import { RequestOptions, Transport } from '../request-options';
import { Row, Scenario, table } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';

const OLD_TLS: readonly Transport[] = ['TLS 1.0', 'TLS 1.1'];

/** Requests each caller makes in its everyday work, plus strangers' attempts. */
function everydayRequests(env: ScenarioEnvironment): Row[] {
  const { at, config } = env;
  const source = {
    arn: at.certificateBucket.arn,
    account: config.accountId,
    label: 'the certificate bucket',
  };
  return [
    ['app', 's3:GetObject', at.certificate],
    ['app', 's3:PutObject', at.certificate],
    ['app', 's3:DeleteObject', at.certificate],
    ['backfill', 's3:PutObject', at.archived],
    ['backfill', 's3:ListBucket', at.certificateBucket, { prefix: config.prefixes.archive }],
    ['checker', 's3:GetObject', at.certificate],
    ['checker', 's3:ListBucket', at.certificateBucket, { prefix: config.prefixes.certificates }],
    ['ci-deployer', 's3:GetBucketPolicy', at.certificateBucket],
    ['ci-deployer', 's3:PutBucketPolicy', at.certificateBucket],
    ['ci-deployer', 's3:GetBucketPolicy', at.logBucket],
    ['account-admin', 's3:GetObject', at.certificate],
    ['account-admin', 's3:ListBucket', at.certificateBucket],
    ['account-admin', 's3:GetObject', at.accessLog],
    ['account-admin', 's3:ListBucket', at.logBucket],
    ['anonymous', 's3:GetObject', at.certificate],
    ['outside-admin', 's3:GetObject', at.certificate],
    ['log-delivery', 's3:PutObject', at.accessLog, { source }],
  ];
}

function over(rows: readonly Row[], transport: Transport): Row[] {
  return rows.map(([caller, action, target, options]) => {
    const how: RequestOptions = { ...options, transport };
    return [caller, action, target, how];
  });
}

export function transportScenarios(env: ScenarioEnvironment): Scenario[] {
  const rows = everydayRequests(env);
  const insecure = over(rows, 'plain HTTP');
  const outdated = OLD_TLS.flatMap((transport) => over(rows, transport));
  const isStranger = ([caller]: Row) => caller === 'anonymous' || caller === 'outside-admin';
  const granted = rows.filter((row) => !isStranger(row));
  const strangers = rows.filter(isStranger);

  return table('transport', [
    {
      expected: 'ExplicitlyDenied',
      why: 'requests without TLS are refused on both buckets (aws:SecureTransport)',
      rows: insecure,
    },
    {
      expected: 'ExplicitlyDenied',
      why: 'TLS older than 1.2 is refused on both buckets (s3:TlsVersion)',
      rows: outdated,
    },
    {
      expected: 'Allowed',
      why: 'TLS 1.2 is the oldest version accepted',
      rows: over(granted, 'TLS 1.2'),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'modern TLS does not grant strangers anything',
      rows: over(strangers, 'TLS 1.2'),
    },
  ]);
}
