/**
 * Lifecycle rules in the shape S3's GetBucketLifecycleConfiguration
 * returns, built from the rules the generators give the provider, so the
 * two compare field by field.
 */
import { LifecycleRule as S3LifecycleRule } from '@aws-sdk/client-s3';
import { LifecycleRule } from '../../../lifecycle/storage-class';

/** The one rule as S3 reports it; the provider's lists of one become objects. */
export function s3LifecycleRule(rule: LifecycleRule): S3LifecycleRule {
  const [filter] = rule.filter;
  const [expiration] = rule.expiration ?? [];
  const [noncurrent] = rule.noncurrentVersionExpiration ?? [];
  const [abort] = rule.abortIncompleteMultipartUpload ?? [];

  return {
    ID: rule.id,
    Status: rule.status,
    Filter: { Prefix: filter.prefix },
    Transitions: rule.transition?.map(({ days, storageClass }) => ({
      Days: days,
      StorageClass: storageClass,
    })),
    Expiration: expiration && { Days: expiration.days },
    NoncurrentVersionExpiration: noncurrent && { NoncurrentDays: noncurrent.noncurrentDays },
    AbortIncompleteMultipartUpload: abort && { DaysAfterInitiation: abort.daysAfterInitiation },
  };
}

/**
 * Rules by id with transitions by day: S3 applies neither in list order,
 * and returns transitions in an order of its own.
 */
export function comparableLifecycle(rules: readonly S3LifecycleRule[]): S3LifecycleRule[] {
  return [...rules]
    .map((rule) => ({
      ...rule,
      Transitions: rule.Transitions && [...rule.Transitions].sort(
        (a, b) => (a.Days ?? 0) - (b.Days ?? 0),
      ),
    }))
    .sort((a, b) => (a.ID ?? '').localeCompare(b.ID ?? ''));
}
