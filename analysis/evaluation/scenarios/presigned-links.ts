/**
 * Download and upload links live for the configured lifetime (10 minutes
 * by default). A signature older than that is refused, however long the
 * link itself claims to be valid: anyone holding keys can sign a
 * week-long link.
 */
import { Row, Scenario, table } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';

export function presignedLinkScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at, config } = env;
  const lifetime = config.presignedUrlLifetimeMinutes * 60;
  const linkRequests: Row[] = [
    ['app', 's3:GetObject', at.certificate],
    ['app', 's3:PutObject', at.certificate],
    ['backfill', 's3:GetObject', at.archived],
    ['checker', 's3:GetObject', at.certificate],
    ['account-admin', 's3:GetObject', at.certificate],
    ['account-admin', 's3:DeleteObject', at.archived],
  ];
  const signedAgo = (seconds: readonly number[]): Row[] =>
    linkRequests.flatMap(([caller, action, target]) =>
      seconds.map((linkAgeSeconds): Row => [caller, action, target, { linkAgeSeconds }]),
    );

  return table('presigned links', [
    {
      expected: 'Allowed',
      why: `a link is valid for ${config.presignedUrlLifetimeMinutes} minutes, the limit included`,
      rows: signedAgo([30, lifetime - 1, lifetime]),
    },
    {
      expected: 'ExplicitlyDenied',
      why: `a signature older than ${config.presignedUrlLifetimeMinutes} minutes is refused`,
      rows: signedAgo([lifetime + 1, 3600, 7 * 24 * 3600]),
    },
  ]);
}
