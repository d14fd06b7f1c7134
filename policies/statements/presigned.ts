/**
 * Presigned links live ten minutes by default. A signature older than
 * the configured lifetime is refused even when the link itself claims a
 * longer expiry, because anyone can sign a week-long link.
 */
import { EnvironmentConfig } from '../../config/types';
import { Statement } from '../types';

export function denyStaleSignatures(
  config: EnvironmentConfig,
  resources: readonly string[],
): Statement {
  const maxAgeMs = config.presignedUrlLifetimeMinutes * 60 * 1000;

  return {
    Sid: 'DenyStaleSignatures',
    Effect: 'Deny',
    Principal: '*',
    Action: ['s3:*'],
    Resource: resources,
    Condition: { NumericGreaterThan: { 's3:signatureAge': String(maxAgeMs) } },
  };
}
