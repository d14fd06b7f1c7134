import { EnvironmentConfig } from '../../config/types';
import { certificateBucketPolicy } from '../../policies/certificate-bucket-policy';
import { renderPolicy } from '../../policies/render';
import {
  SynthesizedStacks,
  TerraformJson,
  resourceOf,
  shippedConfig,
  synthesizeStacks,
} from '../support/synthesized';

const KEY_REFERENCE = '${aws_kms_key.certificate_key.arn}';

describe('certificate bucket', () => {
  const staging = shippedConfig('staging');
  const kmsStaging: EnvironmentConfig = { ...staging, name: 'staging', encryption: 'SSE-KMS' };
  let synthesized: SynthesizedStacks;
  let stack: TerraformJson;

  beforeAll(() => {
    synthesized = synthesizeStacks([staging]);
    stack = synthesized.stacks.staging;
  });


  it('is named from configuration', () => {
    const bucket = resourceOf(stack, 'aws_s3_bucket', 'certificate_bucket');

    expect(bucket.bucket).toBe('deltacrown-certificates-staging');
  });

  it('keeps every version so overwrites and erasures can be recovered', () => {
    const versioning = resourceOf(stack, 'aws_s3_bucket_versioning', 'certificate_versioning');

    expect(versioning.versioning_configuration).toEqual({ status: 'Enabled' });
  });

  it('blocks every kind of public access', () => {
    const block = resourceOf(
      stack,
      'aws_s3_bucket_public_access_block',
      'certificate_public_access_block',
    );

    expect(block).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
  });

  it('turns ACLs off by enforcing bucket-owner ownership', () => {
    const ownership = resourceOf(stack, 'aws_s3_bucket_ownership_controls', 'certificate_ownership');

    expect(ownership.rule).toEqual({ object_ownership: 'BucketOwnerEnforced' });
  });

  it('encrypts with SSE-S3 by default', () => {
    const encryption = resourceOf(
      stack,
      'aws_s3_bucket_server_side_encryption_configuration',
      'certificate_encryption',
    );

    expect(encryption.rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } },
    ]);
  });

  it('sends server access logs to the log bucket under s3-access/', () => {
    const logging = resourceOf(stack, 'aws_s3_bucket_logging', 'certificate_access_logging');

    expect(logging.target_bucket).toBe('${aws_s3_bucket.log_bucket.id}');
    expect(logging.target_prefix).toBe('s3-access/');
  });

  it('publishes request metrics for the whole bucket', () => {
    const metric = resourceOf(stack, 'aws_s3_bucket_metric', 'certificate_request_metrics');

    expect(metric.name).toBe('EntireBucket');
    expect(metric.filter).toBeUndefined();
  });

  it('attaches exactly the generated bucket policy', () => {
    const policy = resourceOf(stack, 'aws_s3_bucket_policy', 'certificate_bucket_policy');

    expect(policy.policy).toBe(renderPolicy(certificateBucketPolicy({ config: staging }).document));
  });

  describe('given SSE-KMS is configured', () => {
    let kms: SynthesizedStacks;
    let kmsStack: TerraformJson;

    beforeAll(() => {
      kms = synthesizeStacks([kmsStaging]);
      kmsStack = kms.stacks.staging;
    });


    it('encrypts with the customer-managed key and an S3 bucket key', () => {
      const encryption = resourceOf(
        kmsStack,
        'aws_s3_bucket_server_side_encryption_configuration',
        'certificate_encryption',
      );

      expect(encryption.rule).toEqual([
        {
          apply_server_side_encryption_by_default: {
            sse_algorithm: 'aws:kms',
            kms_master_key_id: KEY_REFERENCE,
          },
          bucket_key_enabled: true,
        },
      ]);
    });

    it('creates the key with yearly rotation on', () => {
      const key = resourceOf(kmsStack, 'aws_kms_key', 'certificate_key');

      expect(key.enable_key_rotation).toBe(true);
    });

    it('creates the key with its own policy, after the principals it names exist', () => {
      const key = resourceOf(kmsStack, 'aws_kms_key', 'certificate_key');

      expect(JSON.parse(key.policy as string).Statement.map((s: { Sid: string }) => s.Sid))
        .toEqual(['AllowKeyAdministration', 'AllowCertificateWriters', 'AllowCertificateReaders']);
      expect(key.depends_on).toEqual(
        expect.arrayContaining(['aws_iam_user.app_user', 'aws_iam_role.backfill_role']),
      );
    });

    it('makes the bucket policy demand the configured key by reference', () => {
      const policy = resourceOf(kmsStack, 'aws_s3_bucket_policy', 'certificate_bucket_policy');

      expect(policy.policy).toContain(`"s3:x-amz-server-side-encryption":"aws:kms"`);
      expect(policy.policy).toContain(KEY_REFERENCE);
    });

    it('keeps the log bucket on SSE-S3, which log delivery can write', () => {
      const encryption = resourceOf(
        kmsStack,
        'aws_s3_bucket_server_side_encryption_configuration',
        'log_encryption',
      );

      expect(encryption.rule).toEqual([
        { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } },
      ]);
    });
  });
});
