/**
 * The product's defaults. An environment's own settings win;
 * nested groups are merged one level deep so that setting one threshold
 * keeps the others.
 */
export const DEFAULTS = {
  region: 'us-east-1',
  encryption: 'SSE-S3',
  prefixes: { certificates: 'pdf/', archive: '_archive/' },
  lifecycle: {
    infrequentAccessDays: 90,
    glacierDays: 365,
    expirationDays: 2555,
    noncurrentVersionExpirationDays: 30,
    abortIncompleteMultipartUploadDays: 7,
  },
  accessLogRetentionDays: 90,
  presignedUrlLifetimeMinutes: 10,
  cloudTrailDataEvents: false,
  alarms: {
    enabled: true,
    serverErrorsPerMinute: 5,
    getRequestsPerHour: 10000,
    clientErrorsPerFiveMinutes: 20,
  },
  budget: { monthlyLimitUsd: 50 },
  keyRotation: { graceDays: 7 },
} as const;
