import { certificateReads, identityPolicy, lintWithCatalog } from '../fixtures';

describe('the unknown-action rule', () => {
  const lint = lintWithCatalog();

  it('given a misspelled action, then it names the action and the one meant', () => {
    const policy = identityPolicy(certificateReads({ Action: ['s3:GetObjekt'] }));

    expect(lint(policy)).toEqual([
      {
        rule: 'unknown-action',
        document: 'test-access',
        statement: 'AllowCertificateReads',
        message: 'test-access, statement AllowCertificateReads: "s3:GetObjekt" is not an ' +
          'action of service s3. Fix: write "s3:GetObject".',
        fix: 'write "s3:GetObject"',
      },
    ]);
  });

  it('given an unknown service prefix, then it names the service', () => {
    const policy = identityPolicy(certificateReads({ Action: ['s4:GetObject'] }));

    expect(lint(policy)).toEqual([
      {
        rule: 'unknown-action',
        document: 'test-access',
        statement: 'AllowCertificateReads',
        message: 'test-access, statement AllowCertificateReads: "s4:GetObject" names service ' +
          '"s4", which IAM does not know. Fix: correct the service prefix, e.g. "s3" or "kms".',
        fix: 'correct the service prefix, e.g. "s3" or "kms"',
      },
    ]);
  });

  it('given a wildcard pattern that matches no action, then it is reported', () => {
    const policy = identityPolicy(certificateReads({ Action: ['s3:GetObjekt*'] }));

    expect(lint(policy)).toEqual([
      {
        rule: 'unknown-action',
        document: 'test-access',
        statement: 'AllowCertificateReads',
        message: 'test-access, statement AllowCertificateReads: pattern "s3:GetObjekt*" ' +
          'matches no action of service s3. ' +
          'Fix: use an action from the service authorization reference of s3.',
        fix: 'use an action from the service authorization reference of s3',
      },
    ]);
  });

  it('given a misspelled action under NotAction, then it is reported too', () => {
    const policy = identityPolicy({
      Sid: 'DenyAllButReads',
      Effect: 'Deny',
      NotAction: ['s3:GetObjekt'],
      Resource: ['*'],
    });

    expect(lint(policy).map(({ rule, fix }) => [rule, fix])).toEqual([
      ['unknown-action', 'write "s3:GetObject"'],
    ]);
  });

  it('given patterns that match real actions, in any case, then nothing is reported', () => {
    const policy = identityPolicy(
      certificateReads({ Action: ['s3:getobject', 's3:GetObject*', 's3:Get?bject'] }),
    );

    expect(lint(policy)).toEqual([]);
  });
});
