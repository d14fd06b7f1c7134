/**
 * The mutation run's parts: the operators weaken each statement in every
 * way they promise, explanations match the mutants they name, and the
 * summary fails on a survivor nobody explained.
 */
import { EQUIVALENT_MUTANTS, explanationFor } from '../../analysis/mutation/equivalent-mutants';
import { MutantResult, VariantRun } from '../../analysis/mutation/mutation-run';
import { formatSummary, passes, summarize } from '../../analysis/mutation/mutation-summary';
import { mutantsOf } from '../../analysis/mutation/operators';
import { PolicyDocument } from '../../policies/types';

const BUCKET = 'arn:aws:s3:::example-bucket';

const DOCUMENT: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyHttp',
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: [BUCKET, `${BUCKET}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
    {
      Sid: 'AllowDelivery',
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: ['s3:PutObject'],
      Resource: [`${BUCKET}/logs/*`],
    },
  ],
};

describe('the mutation operators', () => {
  const mutants = mutantsOf('log-bucket', DOCUMENT, true);

  it('given a deny and a resource-policy allow, then every weakening is generated', () => {
    expect(mutants.map((mutant) => mutant.id)).toEqual([
      'log-bucket DenyHttp: drop-statement',
      'log-bucket DenyHttp: drop-condition Bool aws:SecureTransport',
      'log-bucket DenyHttp: flip-effect',
      `log-bucket DenyHttp: drop-resource ${BUCKET}`,
      `log-bucket DenyHttp: drop-resource ${BUCKET}/*`,
      'log-bucket DenyHttp: drop-action s3:GetObject',
      'log-bucket DenyHttp: drop-action s3:PutObject',
      'log-bucket AllowDelivery: drop-statement',
      'log-bucket AllowDelivery: widen-resource',
      'log-bucket AllowDelivery: add-action s3:*',
      'log-bucket AllowDelivery: drop-principal',
    ]);
  });

  it('given a mutant, then only its one statement changes', () => {
    const flipped = mutants.find((mutant) => mutant.operator === 'flip-effect');

    expect(flipped?.mutated.Statement).toEqual([
      { ...DOCUMENT.Statement[0], Effect: 'Allow' },
      DOCUMENT.Statement[1],
    ]);
    expect(flipped?.before).toBe(DOCUMENT.Statement[0]);
  });

  it('given an identity policy, then no principal is dropped', () => {
    const identity = mutantsOf('app-access', DOCUMENT, false);

    expect(identity.some((mutant) => mutant.operator === 'drop-principal')).toBe(false);
  });
});

describe('the explanations of equivalent mutants', () => {
  it('given a pattern, then it covers the mutants that continue it after a space', () => {
    const id = 'log-bucket AllowCloudTrailAclCheck: widen-resource arn:aws:s3:::x';

    expect(explanationFor(id)).toBeDefined();
    expect(explanationFor('log-bucket AllowCloudTrailAclCheckX: widen-resource'))
      .toBeUndefined();
  });

  it('given every explanation, then each gives a reason', () => {
    for (const { reason } of EQUIVALENT_MUTANTS) expect(reason.length).toBeGreaterThan(40);
  });
});

describe('the mutation summary', () => {
  const [dropped] = mutantsOf('log-bucket', DOCUMENT, true);
  const survivor: MutantResult = { variant: 'staging/SSE-S3', mutant: dropped };
  const run = (results: MutantResult[]): VariantRun => ({
    variant: 'staging/SSE-S3',
    baselineFailures: [],
    results,
  });

  it('given a survivor nobody explained, then it fails and names the mutant', () => {
    const summary = summarize([run([survivor])]);

    expect(passes(summary)).toBe(false);
    expect(formatSummary(summary).join('\n')).toContain('log-bucket DenyHttp: drop-statement');
  });

  it('given every mutant caught, then it still fails on explanations nobody needs', () => {
    const summary = summarize([run([{ ...survivor, evaluation: 'caught' }])]);

    expect(summary.caught).toBe(1);
    expect(summary.staleExplanations.length).toBeGreaterThan(0);
    expect(passes(summary)).toBe(false);
  });
});
