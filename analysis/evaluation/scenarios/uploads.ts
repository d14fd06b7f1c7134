/**
 * A PutObject must ask for the configured encryption: AES256 in SSE-S3
 * mode, aws:kms with the certificate key in SSE-KMS mode. The bucket
 * policy refuses anything else from anyone; the writers' own policies
 * refuse it too, so that an edit of the bucket policy alone cannot open
 * unencrypted writes.
 */
import { configuredUpload } from '../request-context';
import { UploadEncryption } from '../request-options';
import { Row, Scenario, table } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';

const UPLOADS: readonly UploadEncryption[] = [
  'no encryption header',
  'AES256',
  'aws:kms with the certificate key',
  'aws:kms without a key id',
  'aws:kms with another key',
  'aws:kms:dsse with the certificate key',
];

export function uploadScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at } = env;
  const good = configuredUpload(env.config);
  const bad = UPLOADS.filter((upload) => upload !== good);
  const uploads = (writers: readonly Row[], chosen: readonly UploadEncryption[]): Row[] =>
    writers.flatMap(([caller, action, target]) =>
      chosen.map((upload): Row => [caller, action, target, { upload }]),
    );

  const ourWriters: Row[] = [
    ['app', 's3:PutObject', at.certificate],
    ['backfill', 's3:PutObject', at.certificate],
    ['backfill', 's3:PutObject', at.archived],
  ];
  // An administrator's grant has no guard of its own: only the bucket policy stops it.
  const writers: Row[] = [...ourWriters, ['account-admin', 's3:PutObject', at.certificate]];
  const mode = env.config.encryption;

  return table('uploads', [
    {
      expected: 'Allowed',
      why: `a ${mode} upload with the configured headers is accepted`,
      rows: uploads(writers, [good]),
    },
    {
      expected: 'ExplicitlyDenied',
      why: `the bucket policy refuses uploads that do not ask for ${good}`,
      rows: uploads(writers, bad),
    },
    {
      expected: 'Allowed',
      why: 'the writer\'s own policy accepts the configured headers',
      rows: uploads(ourWriters, [good]),
      leftOut: 'bucket policy',
    },
    {
      expected: 'ExplicitlyDenied',
      why: `the writer's own policy also refuses uploads that do not ask for ${good}`,
      rows: uploads(ourWriters, bad),
      leftOut: 'bucket policy',
    },
  ]);
}
