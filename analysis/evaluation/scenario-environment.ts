/**
 * What the scenario tables know about the variant they describe: its
 * configuration, its resources, and which optional parts it has.
 */
import { EnvironmentConfig } from '../../config/types';
import { PrincipalRole, appIsUser, hasKeyRotation } from '../../policies/principals';
import { PRINCIPAL_ROLES } from './document-names';
import { Targets, targetsOf } from './targets';
import { Variant } from './variants';

export interface ScenarioEnvironment {
  readonly config: EnvironmentConfig;
  readonly at: Targets;
  /** SSE-KMS mode: the key, its policy and the KMS grants exist. */
  readonly kms: boolean;
  /** The app is an IAM user, so it has access keys and a rotation operator. */
  readonly appIsUser: boolean;
  /** CloudTrail data events, and so CloudTrail's delivery grants, are on. */
  readonly trail: boolean;
  /** The principals the stack creates, in the least-privilege table's order. */
  readonly roles: readonly PrincipalRole[];
}

export function scenarioEnvironment(variant: Variant): ScenarioEnvironment {
  const { config } = variant;
  const roles = PRINCIPAL_ROLES.filter(
    (role) => role !== 'key-rotation' || hasKeyRotation(config),
  );
  return {
    config,
    at: targetsOf(config),
    kms: config.encryption === 'SSE-KMS',
    appIsUser: appIsUser(config),
    trail: config.cloudTrailDataEvents,
    roles,
  };
}
