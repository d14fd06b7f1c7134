/**
 * The log bucket's policy: TLS only, delivery by S3 server access
 * logging and (when data events are on) CloudTrail, and only the CI
 * deployer may change its protection: the logs are the audit record. It carries no
 * upload-encryption deny, because log delivery sends no SSE header; the
 * bucket's default SSE-S3 encrypts what arrives.
 */
import { EnvironmentConfig } from '../config/types';
import { compose } from './compose-named';
import { roleArn } from './principals';
import { logBucketArn, objectsArn } from './resources';
import { denyBucketAdministrationExceptDeployer } from './statements/administration';
import {
  allowCloudTrailAclCheck,
  allowCloudTrailDelivery,
  allowServerAccessLogDelivery,
} from './statements/log-delivery';
import { denyInsecureTransport, denyOutdatedTls } from './statements/transport';
import { NamedPolicy } from './types';

export function logBucketPolicy(config: EnvironmentConfig): NamedPolicy {
  const everything = [logBucketArn(config), objectsArn(config.logBucketName)];
  const trail = config.cloudTrailDataEvents
    ? [allowCloudTrailAclCheck(config), allowCloudTrailDelivery(config)]
    : [];

  return compose('log-bucket', 'resource', [
    denyInsecureTransport(everything),
    denyOutdatedTls(everything),
    denyBucketAdministrationExceptDeployer(logBucketArn(config), roleArn(config, 'ci-deployer')),
    allowServerAccessLogDelivery(config),
    ...trail,
  ]);
}
