/**
 * Transport guards for a bucket policy: every request must use TLS, and
 * TLS 1.2 or newer.
 */
import { Statement } from '../types';

export function denyInsecureTransport(resources: readonly string[]): Statement {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: ['s3:*'],
    Resource: resources,
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

export function denyOutdatedTls(resources: readonly string[]): Statement {
  return {
    Sid: 'DenyTlsOlderThan12',
    Effect: 'Deny',
    Principal: '*',
    Action: ['s3:*'],
    Resource: resources,
    Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } },
  };
}
