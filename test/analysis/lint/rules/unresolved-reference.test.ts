import { resolveReferences } from '../../../../analysis/lint/references';
import { CERTIFICATES_ARN, KEY_ARN, identityPolicy, lintWithCatalog } from '../fixtures';

const KEY_REFERENCE = '${aws_kms_key.certificate_key.arn}';

const kmsUse = {
  Sid: 'AllowKmsForEncryptedReads',
  Effect: 'Allow',
  Action: ['kms:Decrypt'],
  Resource: [KEY_REFERENCE],
};

describe('the unresolved-reference rule', () => {
  const lint = lintWithCatalog();

  it('given the key ARN still as a Terraform reference, then it asks to resolve it', () => {
    expect(lint(identityPolicy(kmsUse))).toEqual([
      {
        rule: 'unresolved-reference',
        document: 'test-access',
        statement: 'AllowKmsForEncryptedReads',
        message: 'test-access, statement AllowKmsForEncryptedReads: Terraform reference ' +
          '"${aws_kms_key.certificate_key.arn}" is not resolved. Fix: resolve references ' +
          'with resolveReferences() before analysis, e.g. the key ARN for ' +
          '${aws_kms_key.certificate_key.arn}.',
        fix: 'resolve references with resolveReferences() before analysis, e.g. the key ARN ' +
          'for ${aws_kms_key.certificate_key.arn}',
      },
    ]);
  });

  it('given a reference inside a condition value, then it is found there too', () => {
    const policy = identityPolicy({
      Sid: 'DenyUploadsWithOtherKmsKey',
      Effect: 'Deny',
      Action: ['s3:PutObject'],
      Resource: [CERTIFICATES_ARN],
      Condition: {
        StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': KEY_REFERENCE },
      },
    });

    expect(lint(policy).map(({ rule, statement }) => [rule, statement])).toEqual([
      ['unresolved-reference', 'DenyUploadsWithOtherKmsKey'],
    ]);
  });

  it('given the reference resolved to the key ARN, then nothing is reported', () => {
    const policy = identityPolicy(kmsUse);
    const resolved = {
      ...policy,
      document: resolveReferences(policy.document, { [KEY_REFERENCE]: KEY_ARN }),
    };

    expect(lint(resolved)).toEqual([]);
  });

  it('given an IAM policy variable, which looks alike, then nothing is reported', () => {
    const policy = identityPolicy({
      Sid: 'AllowOwnPrefix',
      Effect: 'Allow',
      Action: ['s3:GetObject'],
      Resource: ['arn:aws:s3:::deltacrown-certificates-staging/home/${aws:username}/*'],
    });

    expect(lint(policy)).toEqual([]);
  });
});
