/**
 * Small documents for the rule tests: a statement or two in an identity
 * or bucket policy, named the way findings will name them.
 */
import { PolicyInput, PolicyTarget } from '../../../analysis/grammar/policy-input';
import { IamCatalog, loadIamCatalog } from '../../../analysis/lint/catalog';
import { lintPolicy } from '../../../analysis/lint/lint-policy';
import { LintFinding } from '../../../analysis/lint/lint-rule';

export const BUCKET_ARN = 'arn:aws:s3:::deltacrown-certificates-staging';
export const CERTIFICATES_ARN = `${BUCKET_ARN}/pdf/*`;
export const KEY_ARN =
  'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export type TestStatement = Record<string, unknown>;

function policy(name: string, kind: PolicyInput['kind'], statements: TestStatement[]) {
  return { name, kind, document: { Version: '2012-10-17', Statement: statements } };
}

export function identityPolicy(...statements: TestStatement[]): PolicyInput {
  return policy('test-access', 'identity', statements);
}

export function bucketPolicy(...statements: TestStatement[]): PolicyInput {
  return policy('test-bucket', 'resource', statements);
}

export function keyPolicy(...statements: TestStatement[]): PolicyInput {
  return policy('test-key', 'resource', statements);
}

/** The app's grant, correct in every respect: the baseline each test breaks. */
export function certificateReads(overrides: TestStatement = {}): TestStatement {
  return {
    Sid: 'AllowCertificateReads',
    Effect: 'Allow',
    Action: ['s3:GetObject'],
    Resource: [CERTIFICATES_ARN],
    ...overrides,
  };
}

/** Services the rule tests name; loading only these keeps each file fast. */
const TEST_SERVICES = ['s3', 'kms', 'iam', 'sts', 'ssm', 'secretsmanager'];

/**
 * A lint function for one test file. The catalog loads once, before the
 * file's tests; a target defaults to an inline role policy.
 */
export function lintWithCatalog(): (policy: PolicyInput, target?: PolicyTarget) => LintFinding[] {
  let catalog: IamCatalog | undefined;

  beforeAll(async () => {
    catalog = await loadIamCatalog({ services: TEST_SERVICES });
  });

  return (policy, target = 'inline-role-policy') => {
    if (catalog === undefined) throw new Error('the IAM catalog loads in beforeAll');
    return lintPolicy(policy, { target, catalog });
  };
}
