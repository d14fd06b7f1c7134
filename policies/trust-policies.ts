/**
 * Trust policies of the roles each environment creates.
 */
import { EnvironmentConfig } from '../config/types';
import { compose } from './compose-named';
import { PrincipalRole } from './principals';
import { allowAccountToAssume, allowEc2ToAssume } from './statements/trust';
import { NamedPolicy } from './types';

/** Roles people assume by hand need MFA; CI and jobs cannot present it. */
const MFA_ROLES: readonly PrincipalRole[] = ['key-rotation'];

export function trustPolicy(config: EnvironmentConfig, role: PrincipalRole): NamedPolicy {
  const statement =
    role === 'app'
      ? allowEc2ToAssume()
      : allowAccountToAssume(config, MFA_ROLES.includes(role));

  return compose(`${role}-trust`, 'resource', [statement]);
}
