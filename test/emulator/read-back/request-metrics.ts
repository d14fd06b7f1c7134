/**
 * The ids of a bucket's request-metrics configurations, which the S3
 * alarms use as their FilterId dimension. moto 5.2 lacks these calls;
 * the moto this project starts answers them through its fixes.
 */
import { ListBucketMetricsConfigurationsCommand, S3Client } from '@aws-sdk/client-s3';

export async function requestMetricsIds(s3: S3Client, bucket: string): Promise<string[]> {
  const listed = await s3.send(new ListBucketMetricsConfigurationsCommand({ Bucket: bucket }));
  return (listed.MetricsConfigurationList ?? []).map((config) => config.Id ?? '').sort();
}
