import { CERTIFICATES_ARN, identityPolicy, lintWithCatalog } from '../fixtures';

describe('the allow-not-element rule', () => {
  const lint = lintWithCatalog();

  it('given an Allow with NotAction, then it is reported', () => {
    const policy = identityPolicy({
      Sid: 'AllowAllButIam',
      Effect: 'Allow',
      NotAction: ['iam:*'],
      Resource: [CERTIFICATES_ARN],
    });

    expect(lint(policy)).toEqual([
      {
        rule: 'allow-not-element',
        document: 'test-access',
        statement: 'AllowAllButIam',
        message: 'test-access, statement AllowAllButIam: Allow with NotAction grants every ' +
          'action except the listed ones. Fix: list the granted actions in Action instead.',
        fix: 'list the granted actions in Action instead',
      },
    ]);
  });

  it('given an Allow with NotResource, then it is reported', () => {
    const policy = identityPolicy({
      Sid: 'AllowReadsOutsideArchive',
      Effect: 'Allow',
      Action: ['s3:GetObject'],
      NotResource: ['arn:aws:s3:::deltacrown-certificates-staging/_archive/*'],
    });

    expect(lint(policy)).toEqual([
      {
        rule: 'allow-not-element',
        document: 'test-access',
        statement: 'AllowReadsOutsideArchive',
        message: 'test-access, statement AllowReadsOutsideArchive: Allow with NotResource ' +
          'grants on every resource except the listed ones. ' +
          'Fix: list the granted resources in Resource instead.',
        fix: 'list the granted resources in Resource instead',
      },
    ]);
  });

  it('given a Deny with NotAction, a common guard, then nothing is reported', () => {
    const policy = identityPolicy({
      Sid: 'DenyAllButReads',
      Effect: 'Deny',
      NotAction: ['s3:GetObject'],
      Resource: [CERTIFICATES_ARN],
    });

    expect(lint(policy)).toEqual([]);
  });
});
