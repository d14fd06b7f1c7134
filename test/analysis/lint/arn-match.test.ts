import { resourceMatchesFormat } from '../../../analysis/lint/arn-match';

const BUCKET = 'arn:${Partition}:s3:::${BucketName}';
const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
const ROLE = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';
const KEY = 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}';
const ALARM = 'arn:${Partition}:cloudwatch:${Region}:${Account}:alarm:${AlarmName}';

describe('resourceMatchesFormat', () => {
  it.each([
    ['a prefix of objects', 'arn:aws:s3:::certs/pdf/*', OBJECT],
    ['one object key with dots', 'arn:aws:s3:::state/certificates/staging.tfstate', OBJECT],
    ['the bucket itself', 'arn:aws:s3:::certs', BUCKET],
    ['every bucket', 'arn:aws:s3:::*', BUCKET],
    ['every object of every bucket', 'arn:aws:s3:::*', OBJECT],
    ['a role with a path', 'arn:aws:iam::123456789012:role/service/app', ROLE],
    ['every key of an account', 'arn:aws:kms:us-east-1:123456789012:key/*', KEY],
    ['alarms by name prefix', 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:certs-*', ALARM],
    ['one-character wildcards', 'arn:aws:s3:::cert?', BUCKET],
    ['a policy variable in the key', 'arn:aws:s3:::certs/home/${aws:username}/*', OBJECT],
    ['"*"', '*', ROLE],
  ])('given %s, then the resource fits', (_case, resource, format) => {
    expect(resourceMatchesFormat(resource, format)).toBe(true);
  });

  it.each([
    ['a bucket ARN for objects', 'arn:aws:s3:::certs', OBJECT],
    ['an object prefix for the bucket', 'arn:aws:s3:::certs/pdf/*', BUCKET],
    ['an empty object key', 'arn:aws:s3:::certs/', OBJECT],
    ['an S3 wildcard for roles', 'arn:aws:s3:::*', ROLE],
    ['a key ARN without a region', 'arn:aws:kms::123456789012:key/abc', KEY],
    ['a bucket name holding a slash', 'arn:aws:s3:::certs/*/x', BUCKET],
  ])('given %s, then the resource does not fit', (_case, resource, format) => {
    expect(resourceMatchesFormat(resource, format)).toBe(false);
  });
});
