/**
 * ARNs of the storage resources the policies protect, derived from the
 * validated configuration.
 */
import { EnvironmentConfig } from '../config/types';

/**
 * Every resource carries this tag (the provider's default tags). The
 * deployer may create KMS keys only with it, since KMS cannot scope key
 * creation to an ARN that does not exist yet.
 */
export const PROJECT_TAG = { key: 'Project', value: 'deltacrown-certificates' } as const;

export function bucketArn(bucketName: string): string {
  return `arn:aws:s3:::${bucketName}`;
}

/** Objects under a key prefix; the prefix ends with "/". */
export function objectsArn(bucketName: string, prefix = ''): string {
  return `${bucketArn(bucketName)}/${prefix}*`;
}

export function certificateBucketArn(config: EnvironmentConfig): string {
  return bucketArn(config.certificateBucketName);
}

export function logBucketArn(config: EnvironmentConfig): string {
  return bucketArn(config.logBucketName);
}

/** Prefix of server access logs inside the log bucket. */
export const ACCESS_LOG_PREFIX = 's3-access/';

/** Prefix of CloudTrail data-event logs inside the log bucket. */
export const CLOUDTRAIL_PREFIX = 'cloudtrail';

export function trailName(config: EnvironmentConfig): string {
  return `${config.namePrefix}-data-events`;
}

export function trailArn(config: EnvironmentConfig): string {
  const { region, accountId } = config;
  return `arn:aws:cloudtrail:${region}:${accountId}:trail/${trailName(config)}`;
}

/** Where the app's access key is kept, when the app is an IAM user. */
export function keyParameterArn(config: EnvironmentConfig, parameterName: string): string {
  const { region, accountId } = config;
  return `arn:aws:ssm:${region}:${accountId}:parameter${parameterName}`;
}
