import { resourceOf, shippedConfig, synthesizeStacks } from '../support/synthesized';

describe('lifecycle rules as synthesized', () => {
  const synthesized = synthesizeStacks([shippedConfig('production')]);
  const stack = synthesized.stacks.production;


  it('moves certificates to Standard-IA at 90 days and Glacier at 365, deletes at 2,555', () => {
    const lifecycle = resourceOf(stack, 'aws_s3_bucket_lifecycle_configuration', 'certificate_lifecycle');
    const [retention] = lifecycle.rule as Record<string, unknown>[];

    expect(retention).toMatchObject({
      id: 'certificate-retention',
      status: 'Enabled',
      filter: [{ prefix: '' }],
      transition: [
        { days: 90, storage_class: 'STANDARD_IA' },
        { days: 365, storage_class: 'GLACIER' },
      ],
      expiration: [{ days: 2555 }],
    });
  });

  it('expires noncurrent versions after the 30-day recovery window', () => {
    const lifecycle = resourceOf(stack, 'aws_s3_bucket_lifecycle_configuration', 'certificate_lifecycle');
    const [retention] = lifecycle.rule as Record<string, unknown>[];

    expect(retention.noncurrent_version_expiration).toEqual([{ noncurrent_days: 30 }]);
  });

  it('aborts incomplete multipart uploads after 7 days in both buckets', () => {
    for (const name of ['certificate_lifecycle', 'log_lifecycle']) {
      const lifecycle = resourceOf(stack, 'aws_s3_bucket_lifecycle_configuration', name);
      const rules = lifecycle.rule as Record<string, unknown>[];

      expect(rules).toContainEqual({
        id: 'abort-incomplete-uploads',
        status: 'Enabled',
        filter: [{ prefix: '' }],
        abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
      });
    }
  });

  it('deletes logs after 90 days', () => {
    const lifecycle = resourceOf(stack, 'aws_s3_bucket_lifecycle_configuration', 'log_lifecycle');
    const [retention] = lifecycle.rule as Record<string, unknown>[];

    expect(retention).toMatchObject({ id: 'log-retention', expiration: [{ days: 90 }] });
  });

  it('states the minimum transition size so applying does not wait for it', () => {
    const lifecycle = resourceOf(stack, 'aws_s3_bucket_lifecycle_configuration', 'certificate_lifecycle');

    expect(lifecycle.transition_default_minimum_object_size).toBe('all_storage_classes_128K');
  });
});
