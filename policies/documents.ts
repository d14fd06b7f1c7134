/**
 * Every policy document one environment deploys, by name. The stacks,
 * the reviewer snapshots and the test suite all read this one list.
 */
import { appAccessPolicy } from './app-access';
import { backfillAccessPolicy } from './backfill-access';
import { certificateBucketPolicy } from './certificate-bucket-policy';
import { checkerAccessPolicy } from './checker-access';
import { ciDeployerAccessPolicy } from './ci-deployer-access';
import { PolicyContext, usesKms } from './context';
import { keyRotationPolicy } from './key-rotation';
import { kmsKeyPolicy } from './kms-key-policy';
import { logBucketPolicy } from './log-bucket-policy';
import { PrincipalRole, appIsUser, hasKeyRotation } from './principals';
import { trustPolicy } from './trust-policies';
import { NamedPolicy } from './types';

/** The principals an environment creates, in a stable order. */
export function principalRoles(context: PolicyContext): PrincipalRole[] {
  const roles: PrincipalRole[] = ['app', 'backfill', 'checker'];
  if (hasKeyRotation(context.config)) roles.push('key-rotation');
  roles.push('ci-deployer');
  return roles;
}

/** The identity policy attached to one principal. */
export function accessPolicy(context: PolicyContext, role: PrincipalRole): NamedPolicy {
  switch (role) {
    case 'app':
      return appAccessPolicy(context);
    case 'backfill':
      return backfillAccessPolicy(context);
    case 'checker':
      return checkerAccessPolicy(context);
    case 'key-rotation':
      return keyRotationPolicy(context.config);
    case 'ci-deployer':
      return ciDeployerAccessPolicy(context);
  }
}

/** Roles have trust policies; the staging app is a user and has none. */
function trustPolicies(context: PolicyContext): NamedPolicy[] {
  return principalRoles(context)
    .filter((role) => role !== 'app' || !appIsUser(context.config))
    .map((role) => trustPolicy(context.config, role));
}

export function policyDocuments(context: PolicyContext): NamedPolicy[] {
  const kms = usesKms(context) ? [kmsKeyPolicy(context)] : [];

  return [
    certificateBucketPolicy(context),
    logBucketPolicy(context.config),
    ...kms,
    ...principalRoles(context).map((role) => accessPolicy(context, role)),
    ...trustPolicies(context),
  ];
}
