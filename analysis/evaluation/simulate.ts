/**
 * Evaluates one scenario against deployed policies with
 * @cloud-copilot/iam-simulate, which follows AWS's evaluation logic:
 * explicit denies first, then same-account or cross-account rules for
 * identity and resource policies, KMS key policies and role trust.
 */
import { Simulation, anonymousPrincipal, runSimulation } from '@cloud-copilot/iam-simulate';
import { Caller, CallerName } from './callers';
import { DeployedPolicies } from './deployed-policies';
import { requestContext } from './request-context';
import { resourcePolicy } from './resource-policy';
import { Decision, Scenario } from './scenario';
import { ScenarioEnvironment } from './scenario-environment';

/** What a scenario needs beyond its row: the variant's callers and resources. */
export interface EvaluationSetting {
  readonly env: ScenarioEnvironment;
  readonly callers: ReadonlyMap<CallerName, Caller>;
}

function identityPolicies(policies: DeployedPolicies, caller: Caller, where: string) {
  const source = caller.identity;
  if (source === 'none') return [];
  if ('fixture' in source) return [{ name: `${caller.name}-identity`, policy: source.fixture }];

  const document = policies.documents.get(source.deployed);
  if (document === undefined) {
    throw new Error(`${where}: the stack has no ${source.deployed} policy`);
  }
  return [{ name: source.deployed, policy: document }];
}

function simulation(
  policies: DeployedPolicies,
  scenario: Scenario,
  setting: EvaluationSetting,
): Simulation {
  const where = `${policies.variant.label}: "${scenario.request}"`;
  const caller = setting.callers.get(scenario.caller);
  if (caller === undefined) {
    throw new Error(`${where}: ${scenario.caller} does not exist in this environment`);
  }

  const { config, at } = setting.env;
  const { action, target, options } = scenario;
  return {
    request: {
      principal: caller.kind === 'anonymous' ? anonymousPrincipal : caller.principal,
      action,
      resource: { resource: target.arn, accountId: target.account },
      contextVariables: requestContext(config, caller, action, target, options),
    },
    identityPolicies: identityPolicies(policies, caller, where),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: resourcePolicy(policies, scenario, at),
  };
}

/**
 * The decision AWS would reach. Throws when the simulator rejects the
 * input or ignores a context key: either would make the scenario prove
 * less than its row claims.
 */
export async function decide(
  policies: DeployedPolicies,
  scenario: Scenario,
  setting: EvaluationSetting,
): Promise<Decision> {
  const result = await runSimulation(simulation(policies, scenario, setting), {});
  const where = `${policies.variant.label}: "${scenario.request}"`;

  if (result.resultType === 'error') {
    throw new Error(`${where}: the simulator rejected the request: ${result.errors.message}`);
  }
  const ignored = result.resultType === 'single'
    ? result.result.ignoredContextKeys ?? []
    : result.results.flatMap((one) => one.ignoredContextKeys ?? []);
  if (ignored.length > 0) {
    const keys = ignored.join(', ');
    throw new Error(`${where}: context keys ${keys} do not apply to ${scenario.action}`);
  }
  return result.overallResult;
}
