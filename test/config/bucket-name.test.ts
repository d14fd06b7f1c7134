/**
 * S3 bucket naming: the rules AWS enforces, plus the project's no-dots
 * rule, for every bucket an environment names.
 */
import { validateEnvironment } from '../../config/validate';
import { line, messageFor, messageOf } from './expect-problems';
import { stagingWith } from './staging-input';

describe('validateEnvironment, given a bucket name S3 would refuse', () => {
  it.each([
    {
      behaviour: 'rejects uppercase letters and underscores, suggesting a lowercase name',
      change: { certificateBucketName: 'My_Bucket' },
      expected: line('staging: certificateBucketName "My_Bucket"',
        'bucket names use only lowercase letters, digits, dots and hyphens',
        'use a name such as "my-bucket"'),
    },
    {
      behaviour: 'rejects a name shorter than 3 characters',
      change: { certificateBucketName: 'ab' },
      expected: line('staging: certificateBucketName "ab"',
        'bucket names are 3 to 63 characters long',
        'use a name such as "deltacrown-certificates-staging"'),
    },
    {
      behaviour: 'rejects a name longer than 63 characters, suggesting one cut to fit',
      change: { certificateBucketName: `deltacrown-${'c'.repeat(53)}` },
      expected: line(`staging: certificateBucketName "deltacrown-${'c'.repeat(53)}"`,
        'bucket names are 3 to 63 characters long',
        `use a name such as "deltacrown-${'c'.repeat(52)}"`),
    },
    {
      behaviour: 'rejects a name that starts with a hyphen',
      change: { logBucketName: '-deltacrown-logs' },
      expected: line('staging: logBucketName "-deltacrown-logs"',
        'bucket names start and end with a letter or digit',
        'use a name such as "deltacrown-logs"'),
    },
    {
      behaviour: 'rejects two dots in a row',
      change: { logBucketName: 'deltacrown..logs' },
      expected: line('staging: logBucketName "deltacrown..logs"',
        'bucket names have no two dots in a row',
        'use a name such as "deltacrown-logs"'),
    },
    {
      behaviour: 'rejects a name shaped like an IP address',
      change: { logBucketName: '192.168.10.20' },
      expected: line('staging: logBucketName "192.168.10.20"',
        'bucket names are not shaped like an IP address',
        'use a name such as "deltacrown-certificates-staging-logs"'),
    },
    {
      behaviour: 'rejects the "xn--" prefix AWS reserves',
      change: { certificateBucketName: 'xn--deltacrown-certificates' },
      expected: line('staging: certificateBucketName "xn--deltacrown-certificates"',
        "bucket names do not start with 'xn--', which AWS reserves",
        'use a name such as "deltacrown-certificates"'),
    },
    {
      behaviour: 'rejects the "-s3alias" suffix AWS reserves for access point aliases',
      change: { certificateBucketName: 'deltacrown-certificates-s3alias' },
      expected: line('staging: certificateBucketName "deltacrown-certificates-s3alias"',
        "bucket names do not end with '-s3alias', which AWS reserves",
        'use a name such as "deltacrown-certificates"'),
    },
    {
      behaviour: 'rejects the "--ol-s3" suffix AWS reserves for Object Lambda',
      change: { certificateBucketName: 'deltacrown-certificates--ol-s3' },
      expected: line('staging: certificateBucketName "deltacrown-certificates--ol-s3"',
        "bucket names do not end with '--ol-s3', which AWS reserves",
        'use a name such as "deltacrown-certificates"'),
    },
    {
      behaviour: 'rejects dots, which break HTTPS for virtual-hosted presigned links',
      change: { certificateBucketName: 'certificates.deltacrown.example' },
      expected: line('staging: certificateBucketName "certificates.deltacrown.example"',
        'bucket names have no dots, so HTTPS links match the S3 certificate',
        'use a name such as "certificates-deltacrown-example"'),
    },
    {
      behaviour: 'applies the same naming rules to the Terraform state bucket',
      change: { stateBackend: { bucket: 'Terraform_State' } },
      expected: line('staging: stateBackend.bucket "Terraform_State"',
        'bucket names use only lowercase letters, digits, dots and hyphens',
        'use a name such as "terraform-state"'),
    },
  ])('$behaviour', ({ change, expected }) => {
    const input = stagingWith(change);

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(expected));
  });

  it('reports every rule one name breaks, each with the same corrected name', () => {
    const input = stagingWith({ logBucketName: 'xn--Logs_' });

    const message = messageOf(() => validateEnvironment(input));

    const subject = 'staging: logBucketName "xn--Logs_"';
    const fix = 'use a name such as "logs"';
    expect(message).toBe(messageFor(
      line(subject, 'bucket names use only lowercase letters, digits, dots and hyphens', fix),
      line(subject, 'bucket names start and end with a letter or digit', fix),
      line(subject, "bucket names do not start with 'xn--', which AWS reserves", fix),
    ));
  });
});
