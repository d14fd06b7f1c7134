/**
 * Comparing policies as IAM reads them: forms that mean the same compare
 * equal, and a single changed grant still tells two policies apart.
 */
import { Json, comparablePolicy, parseIamPolicy } from './policy-json';

const generated: Json = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AllowReads',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: ['arn:aws:s3:::certs/*'],
    },
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:*'],
      Resource: ['arn:aws:s3:::certs'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

describe('comparing policy documents', () => {
  it('given a document with single strings, reordered lists and statements, ' +
    'then it equals the generated one', () => {
    const returned: Json = {
      Statement: [
        {
          Condition: { Bool: { 'aws:SecureTransport': false } },
          Resource: 'arn:aws:s3:::certs',
          Action: 's3:*',
          Principal: '*',
          Effect: 'Deny',
          Sid: 'DenyInsecureTransport',
        },
        {
          Sid: 'AllowReads',
          Effect: 'Allow',
          Action: ['s3:ListBucket', 's3:GetObject'],
          Resource: 'arn:aws:s3:::certs/*',
        },
      ],
      Version: '2012-10-17',
    };

    expect(comparablePolicy(returned)).toEqual(comparablePolicy(generated));
  });

  it('given a document that grants one more action, then it differs', () => {
    const wider: Json = JSON.parse(
      JSON.stringify(generated).replace('"s3:ListBucket"', '"s3:ListBucket","s3:PutObject"'),
    ) as Json;

    expect(comparablePolicy(wider)).not.toEqual(comparablePolicy(generated));
  });

  it('given a document whose statement has another effect, then it differs', () => {
    const allowed: Json = JSON.parse(
      JSON.stringify(generated).replace('"Deny"', '"Allow"'),
    ) as Json;

    expect(comparablePolicy(allowed)).not.toEqual(comparablePolicy(generated));
  });

  it('given an IAM policy URL-encoded as IAM returns it, then it reads the JSON', () => {
    const encoded = encodeURIComponent(JSON.stringify(generated));

    expect(parseIamPolicy(encoded)).toEqual(generated);
  });
});
