import { certificateReads, identityPolicy, lintWithCatalog } from '../fixtures';

describe('the allow-wildcard-action rule', () => {
  const lint = lintWithCatalog();

  it('given an Allow of every S3 action, then it is reported', () => {
    const policy = identityPolicy(certificateReads({ Action: ['s3:*'] }));

    expect(lint(policy)).toEqual([
      {
        rule: 'allow-wildcard-action',
        document: 'test-access',
        statement: 'AllowCertificateReads',
        message: 'test-access, statement AllowCertificateReads: Allow grants every action of ' +
          'a service ("s3:*"). Fix: list the actions the principal needs.',
        fix: 'list the actions the principal needs',
      },
    ]);
  });

  it('given an Allow of "*", then it is reported as every action of every service', () => {
    const policy = identityPolicy(certificateReads({ Action: '*' }));

    expect(lint(policy).map(({ rule, message }) => [rule, message])).toEqual([
      [
        'allow-wildcard-action',
        'test-access, statement AllowCertificateReads: Allow grants every action of every ' +
          'service ("*"). Fix: list the actions the principal needs.',
      ],
    ]);
  });

  it('given a Deny of every S3 action, then nothing is reported', () => {
    const policy = identityPolicy(certificateReads({ Effect: 'Deny', Action: ['s3:*'] }));

    expect(lint(policy)).toEqual([]);
  });

  it('given an Allow of a narrower pattern, then nothing is reported', () => {
    const policy = identityPolicy(certificateReads({ Action: ['s3:GetObject*'] }));

    expect(lint(policy)).toEqual([]);
  });
});
