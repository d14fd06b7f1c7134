/**
 * The web app's identity policy: write, read and delete certificates
 * under the certificate prefix, nothing else. The upload guards repeat
 * the bucket policy's so that the app's own permissions already demand
 * encryption.
 */
import { PolicyContext } from './context';
import { compose } from './compose-named';
import { objectsArn } from './resources';
import { uploadGuards } from './statements/encryption';
import { allowObjectActions } from './statements/object-access';
import { NamedPolicy } from './types';

export function appAccessPolicy(context: PolicyContext): NamedPolicy {
  const { config } = context;
  const certificates = [objectsArn(config.certificateBucketName, config.prefixes.certificates)];

  return compose('app-access', 'identity', [
    allowObjectActions(
      'AllowCertificateObjects',
      ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
      certificates,
    ),
    ...uploadGuards({ context, resources: certificates }),
  ]);
}
