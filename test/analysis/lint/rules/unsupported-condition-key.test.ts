import { CERTIFICATES_ARN, certificateReads, identityPolicy, lintWithCatalog } from '../fixtures';

const SSE_HEADER = 's3:x-amz-server-side-encryption';

describe('the unsupported-condition-key rule', () => {
  const lint = lintWithCatalog();

  it('given the encryption header on s3:GetObject, then it names the key and the action', () => {
    const condition = { StringEquals: { [SSE_HEADER]: 'AES256' } };
    const policy = identityPolicy(certificateReads({ Condition: condition }));

    expect(lint(policy)).toEqual([
      {
        rule: 'unsupported-condition-key',
        document: 'test-access',
        statement: 'AllowCertificateReads',
        message: 'test-access, statement AllowCertificateReads: condition key ' +
          '"s3:x-amz-server-side-encryption" is not supported by "s3:GetObject". ' +
          'Fix: test a key that "s3:GetObject" supports or a global aws: key, or move the ' +
          'condition to a statement of the actions that support it.',
        fix: 'test a key that "s3:GetObject" supports or a global aws: key, or move the ' +
          'condition to a statement of the actions that support it',
      },
    ]);
  });

  it('given the header on GetObject and PutObject, then only GetObject is named', () => {
    const condition = { StringEquals: { [SSE_HEADER]: 'AES256' } };
    const policy = identityPolicy(
      certificateReads({ Action: ['s3:GetObject', 's3:PutObject'], Condition: condition }),
    );

    expect(lint(policy).map(({ message }) => message)).toEqual([
      expect.stringContaining('"s3:x-amz-server-side-encryption" is not supported by ' +
        '"s3:GetObject". Fix'),
    ]);
  });

  it('given the header on s3:PutObject, then nothing is reported', () => {
    const policy = identityPolicy({
      Sid: 'DenyUploadsWithoutEncryption',
      Effect: 'Deny',
      Action: ['s3:PutObject'],
      Resource: [CERTIFICATES_ARN],
      Condition: { Null: { [SSE_HEADER]: 'true' } },
    });

    expect(lint(policy)).toEqual([]);
  });

  it('given global, tag-template and wildcard-supported keys, then nothing is reported', () => {
    const policy = identityPolicy(
      certificateReads({
        Action: ['s3:Get*'],
        Condition: {
          Bool: { 'aws:SecureTransport': 'true' },
          StringEquals: {
            'aws:PrincipalTag/team': 'platform',
            's3:ExistingObjectTag/kind': 'certificate',
          },
          NumericLessThan: { 's3:signatureAge': '600000' },
        },
      }),
    );

    expect(lint(policy)).toEqual([]);
  });
});
