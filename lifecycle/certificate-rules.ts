/**
 * Lifecycle of the certificate bucket: Standard, then Standard-IA, then
 * Glacier, deleted after seven years; overwritten and erased versions
 * are kept only for the recovery window; stuck multipart uploads are
 * aborted. The days come from validated configuration, which has
 * already checked AWS's ordering rules.
 */
import { LifecycleProps } from '../config/types';
import { LifecycleRule } from './storage-class';

export function certificateRetentionRule(props: LifecycleProps): LifecycleRule {
  return {
    id: 'certificate-retention',
    status: 'Enabled',
    filter: [{ prefix: '' }],
    transition: [
      { days: props.infrequentAccessDays, storageClass: 'STANDARD_IA' },
      { days: props.glacierDays, storageClass: 'GLACIER' },
    ],
    expiration: [{ days: props.expirationDays }],
    noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionExpirationDays }],
  };
}

export function abortIncompleteUploadsRule(days: number): LifecycleRule {
  return {
    id: 'abort-incomplete-uploads',
    status: 'Enabled',
    filter: [{ prefix: '' }],
    abortIncompleteMultipartUpload: [{ daysAfterInitiation: days }],
  };
}

export function certificateLifecycleRules(props: LifecycleProps): LifecycleRule[] {
  return [
    certificateRetentionRule(props),
    abortIncompleteUploadsRule(props.abortIncompleteMultipartUploadDays),
  ];
}
