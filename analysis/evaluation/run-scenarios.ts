/**
 * Runs a variant's scenarios against its deployed policies and reports
 * each outcome. The test suite, the access matrix and the mutation run
 * all go through here.
 */
import { callersOf } from './callers';
import { DeployedPolicies } from './deployed-policies';
import { Decision, Scenario } from './scenario';
import { ScenarioEnvironment, scenarioEnvironment } from './scenario-environment';
import { scenariosFor } from './scenarios';
import { EvaluationSetting, decide } from './simulate';

export interface Outcome {
  readonly scenario: Scenario;
  readonly actual: Decision;
}

/** A variant's scenarios with what they need to run. */
export interface ScenarioSuite {
  readonly env: ScenarioEnvironment;
  readonly setting: EvaluationSetting;
  readonly scenarios: readonly Scenario[];
}

export function scenarioSuite(policies: DeployedPolicies): ScenarioSuite {
  const env = scenarioEnvironment(policies.variant);
  const setting = { env, callers: callersOf(env.config, env.roles) };
  return { env, setting, scenarios: scenariosFor(env) };
}

export async function runScenarios(
  policies: DeployedPolicies,
  suite: ScenarioSuite,
  scenarios: readonly Scenario[] = suite.scenarios,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const scenario of scenarios) {
    outcomes.push({ scenario, actual: await decide(policies, scenario, suite.setting) });
  }
  return outcomes;
}

export function isMismatch(outcome: Outcome): boolean {
  return outcome.actual !== outcome.scenario.expected;
}

/** One line that names the scenario, the expected and the actual decision. */
export function mismatchMessage(label: string, outcome: Outcome): string {
  const { scenario, actual } = outcome;
  return (
    `${label}: "${scenario.request}" expected ${scenario.expected}, got ${actual} ` +
    `(${scenario.table}: ${scenario.why})`
  );
}
