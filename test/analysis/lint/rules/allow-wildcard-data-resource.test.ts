import {
  KEY_ARN,
  certificateReads,
  identityPolicy,
  keyPolicy,
  lintWithCatalog,
} from '../fixtures';

describe('the allow-wildcard-data-resource rule', () => {
  const lint = lintWithCatalog();

  it('given s3:GetObject allowed on "*", then it is reported', () => {
    const policy = identityPolicy(certificateReads({ Resource: ['*'] }));

    expect(lint(policy)).toEqual([
      {
        rule: 'allow-wildcard-data-resource',
        document: 'test-access',
        statement: 'AllowCertificateReads',
        message: 'test-access, statement AllowCertificateReads: Allow grants data access ' +
          '("s3:GetObject") on every resource ("*"). Fix: name the bucket prefixes, keys or ' +
          'secrets the principal needs, e.g. "arn:aws:s3:::<bucket>/pdf/*".',
        fix: 'name the bucket prefixes, keys or secrets the principal needs, e.g. ' +
          '"arn:aws:s3:::<bucket>/pdf/*"',
      },
    ]);
  });

  it('given kms:Decrypt allowed on "*" in an identity policy, then it is reported', () => {
    const policy = identityPolicy({
      Sid: 'AllowDecrypt',
      Effect: 'Allow',
      Action: ['kms:Decrypt'],
      Resource: '*',
    });

    expect(lint(policy).map(({ rule, statement }) => [rule, statement])).toEqual([
      ['allow-wildcard-data-resource', 'AllowDecrypt'],
    ]);
  });

  it('given kms:Decrypt on "*" in a key policy, where "*" is the key, then nothing', () => {
    const policy = keyPolicy({
      Sid: 'AllowCertificateReaders',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:role/deltacrown-certs-staging-checker' },
      Action: ['kms:Decrypt'],
      Resource: '*',
    });

    expect(lint(policy, 'kms-key-policy')).toEqual([]);
  });

  it('given "*" for actions that touch no data, then nothing is reported', () => {
    const policy = identityPolicy({
      Sid: 'AllowBucketListing',
      Effect: 'Allow',
      Action: ['s3:ListAllMyBuckets', 'kms:CreateKey'],
      Resource: '*',
    });

    expect(lint(policy)).toEqual([]);
  });

  it('given data access on one key ARN, then nothing is reported', () => {
    const policy = identityPolicy({
      Sid: 'AllowDecrypt',
      Effect: 'Allow',
      Action: ['kms:Decrypt'],
      Resource: [KEY_ARN],
    });

    expect(lint(policy)).toEqual([]);
  });
});
