/**
 * Both environments in both encryption modes, synthesized once per test
 * file with the same code as `npm run synth`, and their policies as
 * AWS would hold them.
 */
import { loadEnvironments } from '../../config/load';
import { ENVIRONMENT_NAMES } from '../../config/types';
import { DeployedPolicies, deployedPolicies } from '../../analysis/evaluation/deployed-policies';
import { ScenarioSuite, scenarioSuite } from '../../analysis/evaluation/run-scenarios';
import {
  SynthesizedVariant,
  synthesizeVariants,
} from '../../analysis/evaluation/synthesized-stacks';

export interface EvaluatedVariant {
  readonly label: string;
  readonly synthesized: SynthesizedVariant;
  readonly policies: DeployedPolicies;
  readonly suite: ScenarioSuite;
}

/** `names` defaults to every environment. */
export function evaluatedVariants(
  names: readonly string[] = ENVIRONMENT_NAMES,
): EvaluatedVariant[] {
  return synthesizeVariants(loadEnvironments(names)).map((synthesized) => {
    const policies = deployedPolicies(synthesized);
    const label = synthesized.variant.label;
    return { label, synthesized, policies, suite: scenarioSuite(policies) };
  });
}
