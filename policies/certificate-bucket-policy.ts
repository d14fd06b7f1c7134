/**
 * The certificate bucket's policy. It only denies: transport below TLS
 * 1.2, uploads without the configured encryption, stale presigned
 * links, and bucket administration by anyone but the CI deployer.
 * Access itself is granted by each principal's identity policy.
 */
import { PolicyContext } from './context';
import { compose } from './compose-named';
import { roleArn } from './principals';
import { certificateBucketArn, objectsArn } from './resources';
import { denyBucketAdministrationExceptDeployer } from './statements/administration';
import { uploadGuards } from './statements/encryption';
import { denyStaleSignatures } from './statements/presigned';
import { denyInsecureTransport, denyOutdatedTls } from './statements/transport';
import { NamedPolicy } from './types';

export function certificateBucketPolicy(context: PolicyContext): NamedPolicy {
  const { config } = context;
  const bucket = certificateBucketArn(config);
  const objects = objectsArn(config.certificateBucketName);
  const everything = [bucket, objects];

  return compose('certificate-bucket', 'resource', [
    denyInsecureTransport(everything),
    denyOutdatedTls(everything),
    ...uploadGuards({ context, resources: [objects], principal: '*' }),
    denyStaleSignatures(config, [objects]),
    denyBucketAdministrationExceptDeployer(bucket, roleArn(config, 'ci-deployer')),
  ]);
}
