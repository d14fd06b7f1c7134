/**
 * S3 storage classes a lifecycle transition may target, by their API
 * names, so that a typo fails to compile instead of reaching AWS.
 */
export type TransitionStorageClass =
  | 'STANDARD_IA'
  | 'ONEZONE_IA'
  | 'INTELLIGENT_TIERING'
  | 'GLACIER_IR'
  | 'GLACIER'
  | 'DEEP_ARCHIVE';

/** Rules are written enabled; a disabled rule belongs in a diff, not in config. */
export type RuleStatus = 'Enabled' | 'Disabled';

/** The lifecycle rule shape the AWS provider takes, narrowed to what we use. */
export interface LifecycleRule {
  readonly id: string;
  readonly status: RuleStatus;
  /** An empty prefix applies the rule to every object in the bucket. */
  readonly filter: { prefix: string }[];
  readonly transition?: { days: number; storageClass: TransitionStorageClass }[];
  readonly expiration?: { days: number }[];
  readonly noncurrentVersionExpiration?: { noncurrentDays: number }[];
  readonly abortIncompleteMultipartUpload?: { daysAfterInitiation: number }[];
}

/**
 * Objects smaller than 128 KB never transition; this is AWS's default
 * since September 2024, written out so that the provider does not wait
 * for the API to report a value it never sent.
 */
export const TRANSITION_MINIMUM_OBJECT_SIZE = 'all_storage_classes_128K';
