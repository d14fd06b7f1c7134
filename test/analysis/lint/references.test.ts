import { referencesIn, resolveReferences } from '../../../analysis/lint/references';

const KEY_REFERENCE = '${aws_kms_key.certificate_key.arn}';
const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('Terraform references in policies', () => {
  it('given references and policy variables, then only the references are found', () => {
    const text = `${KEY_REFERENCE}/\${aws:username}/\${*}/\${aws_s3_bucket.logs.arn}`;

    expect(referencesIn(text)).toEqual([KEY_REFERENCE, '${aws_s3_bucket.logs.arn}']);
  });

  it('given a value for a reference, then it is replaced in values and keys alike', () => {
    const document = {
      Resource: [KEY_REFERENCE],
      Condition: { StringEquals: { [`kms:EncryptionContext:${KEY_REFERENCE}`]: 'x' } },
    };

    expect(resolveReferences(document, { [KEY_REFERENCE]: KEY_ARN })).toEqual({
      Resource: [KEY_ARN],
      Condition: { StringEquals: { [`kms:EncryptionContext:${KEY_ARN}`]: 'x' } },
    });
  });

  it('given no value for a reference, then it stays for the lint to report', () => {
    expect(resolveReferences([KEY_REFERENCE, 7, true], {})).toEqual([KEY_REFERENCE, 7, true]);
  });
});
