/**
 * Runs the whole suite (grammar, lint, evaluation scenarios) against
 * every mutant of every deployed document of one variant. Evaluation
 * runs in this process, through the same code the test suite uses.
 */
import { IamCatalog } from '../lint';
import { deployedPolicies } from '../evaluation/deployed-policies';
import { documentKind } from '../evaluation/document-names';
import {
  isMismatch,
  mismatchMessage,
  runScenarios,
  scenarioSuite,
} from '../evaluation/run-scenarios';
import { SynthesizedVariant } from '../evaluation/synthesized-stacks';
import { evaluationCheck } from './evaluation-check';
import { Mutant } from './mutant';
import { mutantsOf } from './operators';
import { staticCheck } from './static-check';

/** What caught one mutant; a survivor has none of the three. */
export interface MutantResult {
  readonly variant: string;
  readonly mutant: Mutant;
  readonly grammar?: string;
  readonly lint?: string;
  readonly evaluation?: string;
}

export interface VariantRun {
  readonly variant: string;
  /** Scenarios that fail on the unmutated policies; they take no part in the score. */
  readonly baselineFailures: readonly string[];
  readonly results: readonly MutantResult[];
}

export function isCaught(result: MutantResult): boolean {
  return (
    result.grammar !== undefined || result.lint !== undefined || result.evaluation !== undefined
  );
}

export async function runMutation(
  synthesized: SynthesizedVariant,
  catalog: IamCatalog,
): Promise<VariantRun> {
  const policies = deployedPolicies(synthesized);
  const suite = scenarioSuite(policies);
  const label = policies.variant.label;

  const baseline = await runScenarios(policies, suite);
  const failing = baseline.filter(isMismatch);
  const passing = baseline.filter((one) => !isMismatch(one)).map((one) => one.scenario);

  const checkStatically = staticCheck(catalog, synthesized.documents, policies.documents);
  const checkByEvaluation = evaluationCheck(policies, suite, passing);
  const mutants = [...policies.documents].flatMap(([name, document]) =>
    mutantsOf(name, document, documentKind(name) === 'resource'),
  );

  const results: MutantResult[] = [];
  for (const mutant of mutants) {
    const caughtBy = await checkByEvaluation(mutant);
    results.push({
      variant: label,
      mutant,
      ...checkStatically(mutant),
      ...(caughtBy === undefined ? {} : { evaluation: mismatchMessage(label, caughtBy) }),
    });
  }
  const baselineFailures = failing.map((one) => mismatchMessage(label, one));
  return { variant: label, baselineFailures, results };
}
