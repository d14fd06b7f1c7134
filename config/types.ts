/**
 * The typed description of one environment. Every stack, policy and
 * command reads its settings from here, after validation.
 */

/** The environments this project deploys. */
export type EnvironmentName = 'staging' | 'production';

export const ENVIRONMENT_NAMES: readonly EnvironmentName[] = ['staging', 'production'];

/** Default encryption of the certificate bucket. */
export type EncryptionMode = 'SSE-S3' | 'SSE-KMS';

/**
 * How the web app authenticates: an IAM user with access keys (staging)
 * or an EC2 instance role with an instance profile (production).
 */
export type AppPrincipalKind = 'iam-user' | 'ec2-role';

/** Key prefixes inside the certificate bucket; each ends with "/". */
export interface PrefixProps {
  /** Where the app writes certificates as `pdf/YYYY/MM/<uuid>.pdf`. Default `pdf/`. */
  readonly certificates: string;
  /** Where the local files land when local storage is retired. Default `_archive/`. */
  readonly archive: string;
}

/** Lifecycle of certificate objects, in days since creation. */
export interface LifecycleProps {
  /** Move to Standard-IA after this many days. Default 90; AWS minimum 30. */
  readonly infrequentAccessDays: number;
  /** Move to Glacier Flexible Retrieval after this many days. Default 365. */
  readonly glacierDays: number;
  /** Delete current versions after this many days. Default 2,555 (7 years). */
  readonly expirationDays: number;
  /** Delete noncurrent versions after this many days. Default 30. */
  readonly noncurrentVersionExpirationDays: number;
  /** Abort incomplete multipart uploads after this many days. Default 7. */
  readonly abortIncompleteMultipartUploadDays: number;
}

/** Alarm thresholds; every alarm notifies the one SNS topic. */
export interface AlarmProps {
  /** Whether alarms are created at all. Default off in staging, on in production. */
  readonly enabled: boolean;
  /** 5xx errors per minute above which the alarm fires. Default 5. */
  readonly serverErrorsPerMinute: number;
  /** GET requests per hour above which the alarm fires. Default 10,000. */
  readonly getRequestsPerHour: number;
  /** 4xx errors (403s and failed uploads) per 5 minutes. Default 20. */
  readonly clientErrorsPerFiveMinutes: number;
  /** Email address subscribed to the alarm topic; none when omitted. */
  readonly notificationEmail?: string;
}

/** The AWS Budgets alert. */
export interface BudgetProps {
  /** Monthly cost in USD above which the alert fires. Default 50. */
  readonly monthlyLimitUsd: number;
  /** Email address the budget notifies. */
  readonly notificationEmail: string;
}

/** Where this environment's Terraform state lives (S3, with a lock file). */
export interface StateBackendProps {
  /** Bucket holding the state; none of the buckets this stack manages. */
  readonly bucket: string;
  /** Object key of the state file, ending with `.tfstate`; one per environment. */
  readonly key: string;
  /** Region of the state bucket. */
  readonly region: string;
}

/** Where the staging app's access key lives and how long an old key is kept. */
export interface KeyRotationProps {
  /** SSM Parameter Store SecureString holding the app's key as JSON. */
  readonly parameterName: string;
  /** Days an old key stays inactive before it is deleted. Default 7. */
  readonly graceDays: number;
}

/** Everything needed to synthesize one environment. */
export interface EnvironmentConfig {
  readonly name: EnvironmentName;
  /** 12-digit AWS account id. */
  readonly accountId: string;
  /** AWS region of every resource. Default us-east-1. */
  readonly region: string;
  /**
   * Prefix of every IAM and monitoring name, e.g. `deltacrown-certs-staging`:
   * lowercase letters, digits and hyphens, at most 51 characters.
   */
  readonly namePrefix: string;
  /** Bucket of the PDF certificates; S3 naming rules, no dots. */
  readonly certificateBucketName: string;
  /** Bucket of the server access logs; never the certificate bucket. */
  readonly logBucketName: string;
  /** Default SSE-S3 (AES256). */
  readonly encryption: EncryptionMode;
  readonly appPrincipal: AppPrincipalKind;
  readonly prefixes: PrefixProps;
  readonly lifecycle: LifecycleProps;
  /** Days server access logs are kept. Default 90. */
  readonly accessLogRetentionDays: number;
  /** Longest accepted age of a presigned URL signature, in minutes. Default 10. */
  readonly presignedUrlLifetimeMinutes: number;
  /** CloudTrail S3 data events on the certificate bucket. Default on in production. */
  readonly cloudTrailDataEvents: boolean;
  readonly alarms: AlarmProps;
  readonly budget: BudgetProps;
  readonly stateBackend: StateBackendProps;
  /** Present only where the app is an IAM user with access keys. */
  readonly keyRotation?: KeyRotationProps;
}
