/**
 * The backfill migrator copies local files into the bucket: certificates
 * under the certificate prefix, retired local files under the archive
 * prefix. It may list only those prefixes and never deletes.
 */
import { PolicyContext } from './context';
import { compose } from './compose-named';
import { certificateBucketArn, objectsArn } from './resources';
import { uploadGuards } from './statements/encryption';
import { allowObjectActions, allowPrefixListing } from './statements/object-access';
import { NamedPolicy } from './types';

export function backfillAccessPolicy(context: PolicyContext): NamedPolicy {
  const { config } = context;
  const prefixes = [config.prefixes.certificates, config.prefixes.archive];
  const objects = prefixes.map((prefix) => objectsArn(config.certificateBucketName, prefix));

  return compose('backfill-access', 'identity', [
    allowObjectActions('AllowBackfillObjects', ['s3:PutObject', 's3:GetObject'], objects),
    allowPrefixListing('AllowBackfillListing', certificateBucketArn(config), prefixes),
    ...uploadGuards({ context, resources: objects }),
  ]);
}
