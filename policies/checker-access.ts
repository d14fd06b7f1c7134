/**
 * The consistency checker compares the bucket with the local disk: it
 * reads and lists certificates and can change nothing.
 */
import { PolicyContext } from './context';
import { compose } from './compose-named';
import { certificateBucketArn, objectsArn } from './resources';
import { allowObjectActions, allowPrefixListing } from './statements/object-access';
import { NamedPolicy } from './types';

export function checkerAccessPolicy(context: PolicyContext): NamedPolicy {
  const { config } = context;
  const prefix = config.prefixes.certificates;

  return compose('checker-access', 'identity', [
    allowObjectActions(
      'AllowCheckerReads',
      ['s3:GetObject'],
      [objectsArn(config.certificateBucketName, prefix)],
    ),
    allowPrefixListing('AllowCheckerListing', certificateBucketArn(config), [prefix]),
  ]);
}
