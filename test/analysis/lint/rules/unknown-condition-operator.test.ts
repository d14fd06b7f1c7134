import { certificateReads, identityPolicy, lintWithCatalog } from '../fixtures';

describe('the unknown-condition-operator rule', () => {
  const lint = lintWithCatalog();

  it('given a misspelled operator, then it names it and the operator meant', () => {
    const condition = { StringEqualz: { 'aws:SourceAccount': '123456789012' } };
    const policy = identityPolicy(certificateReads({ Condition: condition }));

    expect(lint(policy)).toEqual([
      {
        rule: 'unknown-condition-operator',
        document: 'test-access',
        statement: 'AllowCertificateReads',
        message: 'test-access, statement AllowCertificateReads: condition operator ' +
          '"StringEqualz" is not an IAM operator. Fix: write "StringEquals".',
        fix: 'write "StringEquals"',
      },
    ]);
  });

  it('given an operator nothing resembles, then the fix names common operators', () => {
    const condition = { Matches: { 'aws:SourceAccount': '123456789012' } };
    const policy = identityPolicy(certificateReads({ Condition: condition }));

    expect(lint(policy).map(({ fix }) => fix)).toEqual([
      'use an IAM operator such as StringEquals, ArnLike or Bool',
    ]);
  });

  it('given qualified operators IAM accepts, then nothing is reported', () => {
    const condition = {
      'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': 'team*' },
      ArnNotEqualsIfExists: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/x' },
      Null: { 'aws:TagKeys': 'false' },
    };
    const policy = identityPolicy(certificateReads({ Condition: condition }));

    expect(lint(policy)).toEqual([]);
  });
});
