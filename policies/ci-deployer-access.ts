/**
 * The CI deployer's identity policy: what `plan` and `apply` of one
 * environment's stack need, on that stack's resources only.
 */
import { PolicyContext } from './context';
import { compose } from './compose-named';
import { allowPrincipalManagement } from './ci-deployer/principals';
import {
  allowAlarmManagement,
  allowKeyCreation,
  allowTrailManagement,
} from './ci-deployer/services';
import {
  allowBucketManagement,
  allowStateAccess,
  allowStateListing,
} from './ci-deployer/storage';
import { NamedPolicy } from './types';

export function ciDeployerAccessPolicy(context: PolicyContext): NamedPolicy {
  const { config } = context;

  return compose('ci-deployer-access', 'identity', [
    allowBucketManagement(config),
    allowStateAccess(config),
    allowStateListing(config),
    ...allowPrincipalManagement(config),
    ...allowKeyCreation(context),
    ...allowAlarmManagement(config),
    ...allowTrailManagement(config),
  ]);
}
