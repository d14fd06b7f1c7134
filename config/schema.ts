/**
 * The shape of an environment's settings: which keys exist, what kind of
 * value each holds, which may be left out, and an example used in fixes.
 * The mapped types below make the compiler fail when this drifts from
 * `types.ts`, so a new field cannot be forgotten here.
 */
import {
  AlarmProps,
  BudgetProps,
  EnvironmentConfig,
  KeyRotationProps,
  LifecycleProps,
  PrefixProps,
  StateBackendProps,
} from './types';

/** A single value: a string, a number, or true/false. */
export interface ValueSpec {
  readonly kind: 'string' | 'number' | 'boolean';
  /** Whether the key may be left out after defaults are merged in. */
  readonly optional?: boolean;
  /** Shown in fixes for a missing or mistyped value. */
  readonly example: string | number | boolean;
}

/** A nested group of settings, such as `lifecycle`. */
export interface GroupSpec {
  readonly kind: 'group';
  readonly optional?: boolean;
  readonly fields: Readonly<Record<string, ValueSpec>>;
}

export type SettingSpec = ValueSpec | GroupSpec;

/** One spec per key of T, no more and no fewer. */
type SpecOf<T, S extends SettingSpec> = { readonly [K in keyof T]-?: S };

const PREFIXES: SpecOf<PrefixProps, ValueSpec> = {
  certificates: { kind: 'string', example: 'pdf/' },
  archive: { kind: 'string', example: '_archive/' },
};

const LIFECYCLE: SpecOf<LifecycleProps, ValueSpec> = {
  infrequentAccessDays: { kind: 'number', example: 90 },
  glacierDays: { kind: 'number', example: 365 },
  expirationDays: { kind: 'number', example: 2555 },
  noncurrentVersionExpirationDays: { kind: 'number', example: 30 },
  abortIncompleteMultipartUploadDays: { kind: 'number', example: 7 },
};

const ALARMS: SpecOf<AlarmProps, ValueSpec> = {
  enabled: { kind: 'boolean', example: true },
  serverErrorsPerMinute: { kind: 'number', example: 5 },
  getRequestsPerHour: { kind: 'number', example: 10000 },
  clientErrorsPerFiveMinutes: { kind: 'number', example: 20 },
  notificationEmail: {
    kind: 'string',
    optional: true,
    example: 'platform-alerts@deltacrown.example',
  },
};

const BUDGET: SpecOf<BudgetProps, ValueSpec> = {
  monthlyLimitUsd: { kind: 'number', example: 50 },
  notificationEmail: { kind: 'string', example: 'platform-alerts@deltacrown.example' },
};

const STATE_BACKEND: SpecOf<StateBackendProps, ValueSpec> = {
  bucket: { kind: 'string', example: 'deltacrown-terraform-state' },
  key: { kind: 'string', example: 'certificates/staging.tfstate' },
  region: { kind: 'string', example: 'us-east-1' },
};

const KEY_ROTATION: SpecOf<KeyRotationProps, ValueSpec> = {
  parameterName: {
    kind: 'string',
    example: '/deltacrown/staging/certificates/app-access-key',
  },
  graceDays: { kind: 'number', example: 7 },
};

/** Every top-level key of an environment, in the order problems are reported. */
export const ENVIRONMENT_SCHEMA: SpecOf<EnvironmentConfig, SettingSpec> = {
  name: { kind: 'string', example: 'staging' },
  accountId: { kind: 'string', example: '123456789012' },
  region: { kind: 'string', example: 'us-east-1' },
  namePrefix: { kind: 'string', example: 'deltacrown-certs-staging' },
  certificateBucketName: { kind: 'string', example: 'deltacrown-certificates-staging' },
  logBucketName: { kind: 'string', example: 'deltacrown-certificates-staging-logs' },
  encryption: { kind: 'string', example: 'SSE-S3' },
  appPrincipal: { kind: 'string', example: 'iam-user' },
  prefixes: { kind: 'group', fields: PREFIXES },
  lifecycle: { kind: 'group', fields: LIFECYCLE },
  accessLogRetentionDays: { kind: 'number', example: 90 },
  presignedUrlLifetimeMinutes: { kind: 'number', example: 10 },
  cloudTrailDataEvents: { kind: 'boolean', example: false },
  alarms: { kind: 'group', fields: ALARMS },
  budget: { kind: 'group', fields: BUDGET },
  stateBackend: { kind: 'group', fields: STATE_BACKEND },
  keyRotation: { kind: 'group', optional: true, fields: KEY_ROTATION },
};
