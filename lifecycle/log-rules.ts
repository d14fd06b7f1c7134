/**
 * Lifecycle of the log bucket: access logs and audit trails are kept for
 * the configured retention, then deleted.
 */
import { abortIncompleteUploadsRule } from './certificate-rules';
import { LifecycleRule } from './storage-class';

export function logLifecycleRules(retentionDays: number, abortDays: number): LifecycleRule[] {
  return [
    {
      id: 'log-retention',
      status: 'Enabled',
      filter: [{ prefix: '' }],
      expiration: [{ days: retentionDays }],
    },
    abortIncompleteUploadsRule(abortDays),
  ];
}
