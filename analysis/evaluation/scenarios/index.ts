/**
 * Every scenario table, for one variant. A request must appear once: two
 * rows describing the same request would either repeat each other or,
 * worse, disagree.
 */
import { Scenario } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';
import { bucketAdministrationScenarios } from './bucket-administration';
import { ciDeployerScenarios } from './ci-deployer';
import { encryptionKeyScenarios } from './encryption-key';
import { keyRotationScenarios } from './key-rotation';
import { leastPrivilegeScenarios } from './least-privilege';
import { logDeliveryScenarios } from './log-delivery';
import { presignedLinkScenarios } from './presigned-links';
import { roleTrustScenarios } from './role-trust';
import { transportScenarios } from './transport';
import { uploadScenarios } from './uploads';

const TABLES: readonly ((env: ScenarioEnvironment) => Scenario[])[] = [
  leastPrivilegeScenarios,
  transportScenarios,
  uploadScenarios,
  presignedLinkScenarios,
  bucketAdministrationScenarios,
  encryptionKeyScenarios,
  keyRotationScenarios,
  logDeliveryScenarios,
  roleTrustScenarios,
  ciDeployerScenarios,
];

export function scenariosFor(env: ScenarioEnvironment): Scenario[] {
  const scenarios = TABLES.flatMap((build) => build(env));
  const seen = new Map<string, Scenario>();
  const repeated: string[] = [];

  for (const scenario of scenarios) {
    const earlier = seen.get(scenario.request);
    if (earlier === undefined) seen.set(scenario.request, scenario);
    else repeated.push(`"${scenario.request}" (tables ${earlier.table} and ${scenario.table})`);
  }

  if (repeated.length > 0) {
    throw new Error(`${env.config.name}: requests described twice: ${repeated.join('; ')}`);
  }
  return scenarios;
}
