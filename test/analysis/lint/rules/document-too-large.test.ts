import { PolicyTarget } from '../../../../analysis/grammar/policy-input';
import { SIZE_LIMITS, documentSize } from '../../../../analysis/lint/size-limits';
import {
  CERTIFICATES_ARN,
  TestStatement,
  bucketPolicy,
  identityPolicy,
  keyPolicy,
  lintWithCatalog,
} from '../fixtures';

const BASE_SID = 'AllowCertificateReads';

function statement(sid: string): TestStatement {
  return { Sid: sid, Effect: 'Deny', Action: ['s3:GetObject'], Resource: [CERTIFICATES_ARN] };
}

/** A policy for `target`, padded through its Sid to exactly `size`. */
function policyOfSize(target: PolicyTarget, size: number) {
  const build = (sid: string) => {
    const base = statement(sid);
    if (target === 'bucket-policy') return bucketPolicy({ ...base, Principal: '*' });
    if (target === 'kms-key-policy') {
      return keyPolicy({ ...base, Principal: '*', Action: ['kms:Decrypt'], Resource: '*' });
    }
    if (target === 'trust-policy') {
      const { Resource: _resource, ...trust } = base;
      return keyPolicy({ ...trust, Principal: '*', Action: ['sts:AssumeRole'] });
    }
    return identityPolicy(base);
  };

  const unpadded = documentSize(build(BASE_SID).document, target);
  return build(`${BASE_SID}${'X'.repeat(size - unpadded)}`);
}

const TARGETS = Object.keys(SIZE_LIMITS) as PolicyTarget[];

describe('the document-too-large rule', () => {
  const lint = lintWithCatalog();

  it.each(TARGETS)('given a %s exactly at its limit, then nothing is reported', (target) => {
    const policy = policyOfSize(target, SIZE_LIMITS[target].limit);

    expect(lint(policy, target).filter(({ rule }) => rule === 'document-too-large')).toEqual([]);
  });

  it.each(TARGETS)('given a %s one unit over its limit, then it is reported', (target) => {
    const { limit } = SIZE_LIMITS[target];
    const policy = policyOfSize(target, limit + 1);

    expect(lint(policy, target).filter(({ rule }) => rule === 'document-too-large')).toEqual([
      expect.objectContaining({ statement: '(document)', document: policy.name }),
    ]);
  });

  it('given an inline user policy over 2,048 characters, then it gives both sizes', () => {
    const policy = policyOfSize('inline-user-policy', 2049);

    expect(lint(policy, 'inline-user-policy')).toEqual([
      {
        rule: 'document-too-large',
        document: 'test-access',
        statement: '(document)',
        message: 'test-access: the document is 2049 characters (whitespace excluded); ' +
          'AWS accepts at most 2048 in an inline user policy. Fix: split it into several ' +
          'documents, or merge statements that share actions and resources.',
        fix: 'split it into several documents, or merge statements that share actions ' +
          'and resources',
      },
    ]);
  });

  it('given whitespace inside values, then IAM targets do not count it', () => {
    const spaced = identityPolicy({
      ...statement(BASE_SID),
      Condition: { StringEquals: { 'aws:UserAgent': 'a b c' } },
    });
    const packed = identityPolicy({
      ...statement(BASE_SID),
      Condition: { StringEquals: { 'aws:UserAgent': 'abc' } },
    });

    expect(documentSize(spaced.document, 'managed-policy')).toBe(
      documentSize(packed.document, 'managed-policy'),
    );
    expect(documentSize(spaced.document, 'bucket-policy')).toBe(
      documentSize(packed.document, 'bucket-policy') + 2,
    );
  });
});
