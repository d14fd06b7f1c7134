import {
  BUCKET_ARN,
  CERTIFICATES_ARN,
  KEY_ARN,
  certificateReads,
  identityPolicy,
  lintWithCatalog,
} from '../fixtures';

describe('the resource-type-mismatch rule', () => {
  const lint = lintWithCatalog();

  it('given the bucket ARN for s3:GetObject, then it says GetObject needs object ARNs', () => {
    const policy = identityPolicy(certificateReads({ Resource: [BUCKET_ARN] }));

    expect(lint(policy)).toEqual([
      {
        rule: 'resource-type-mismatch',
        document: 'test-access',
        statement: 'AllowCertificateReads',
        message: 'test-access, statement AllowCertificateReads: "s3:GetObject" acts on none ' +
          'of the resources "arn:aws:s3:::deltacrown-certificates-staging"; it acts on ' +
          'object, accesspointobject. Fix: name a resource of those types, e.g. ' +
          'arn:${Partition}:s3:::${BucketName}/${ObjectName}, or move "s3:GetObject" to a ' +
          'statement that does.',
        fix: 'name a resource of those types, e.g. ' +
          'arn:${Partition}:s3:::${BucketName}/${ObjectName}, or move "s3:GetObject" to a ' +
          'statement that does',
      },
    ]);
  });

  it('given object ARNs for s3:ListBucket, then it says ListBucket needs the bucket', () => {
    const policy = identityPolicy({
      Sid: 'AllowCertificateListing',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: [CERTIFICATES_ARN],
    });

    expect(lint(policy).map(({ fix }) => fix)).toEqual([
      'name a resource of those types, e.g. arn:${Partition}:s3:::${BucketName}, ' +
        'or move "s3:ListBucket" to a statement that does',
    ]);
  });

  it('given a key ARN for kms:CreateKey, then it says only "*" works', () => {
    const policy = identityPolicy({
      Sid: 'AllowKeyCreation',
      Effect: 'Allow',
      Action: ['kms:CreateKey'],
      Resource: [KEY_ARN],
    });

    expect(lint(policy)).toEqual([
      {
        rule: 'resource-type-mismatch',
        document: 'test-access',
        statement: 'AllowKeyCreation',
        message: 'test-access, statement AllowKeyCreation: "kms:CreateKey" supports only ' +
          `Resource "*", not "${KEY_ARN}". ` +
          'Fix: move "kms:CreateKey" to a statement with Resource "*".',
        fix: 'move "kms:CreateKey" to a statement with Resource "*"',
      },
    ]);
  });

  it('given a resource no action of the statement acts on, then that resource is named', () => {
    const policy = identityPolicy(certificateReads({ Resource: [CERTIFICATES_ARN, BUCKET_ARN] }));

    expect(lint(policy)).toEqual([
      {
        rule: 'resource-type-mismatch',
        document: 'test-access',
        statement: 'AllowCertificateReads',
        message: 'test-access, statement AllowCertificateReads: no action of the statement ' +
          'acts on resource "arn:aws:s3:::deltacrown-certificates-staging". ' +
          'Fix: remove the resource, or add the action meant for it.',
        fix: 'remove the resource, or add the action meant for it',
      },
    ]);
  });

  it('given object and bucket actions with both ARNs, then nothing is reported', () => {
    const policy = identityPolicy(
      certificateReads({
        Action: ['s3:GetObject', 's3:ListBucket', 's3:GetBucket*'],
        Resource: [CERTIFICATES_ARN, BUCKET_ARN],
      }),
    );

    expect(lint(policy)).toEqual([]);
  });

  it('given IAM, SSM and KMS ARNs with paths and wildcards, then they fit their actions', () => {
    const policy = identityPolicy(
      {
        Sid: 'AllowAppKeyManagement',
        Effect: 'Allow',
        Action: ['iam:CreateAccessKey', 'iam:GetRole'],
        Resource: [
          'arn:aws:iam::123456789012:user/deltacrown-certs-staging-app',
          'arn:aws:iam::123456789012:role/service/deltacrown-*',
        ],
      },
      {
        Sid: 'AllowKeyParameter',
        Effect: 'Allow',
        Action: ['ssm:GetParameter', 'kms:DescribeKey'],
        Resource: [
          'arn:aws:ssm:us-east-1:123456789012:parameter/deltacrown/staging/app-access-key',
          'arn:aws:kms:us-east-1:123456789012:key/*',
        ],
      },
    );

    expect(lint(policy)).toEqual([]);
  });
});
