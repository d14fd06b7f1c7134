/**
 * The evaluation half of the suite, applied to a mutant: the mutant is
 * caught when any scenario that reads the mutated document reaches
 * another decision than its row expects. Scenarios the change cannot
 * affect are skipped, the search stops at the first catch, and the
 * scenarios that caught mutants of the same document go first: that
 * keeps the run to seconds.
 */
import { DeployedPolicies, withDocument } from '../evaluation/deployed-policies';
import { DocumentName } from '../evaluation/document-names';
import { scenariosByDocument } from '../evaluation/document-usage';
import { Outcome, ScenarioSuite } from '../evaluation/run-scenarios';
import { Decision, Scenario } from '../evaluation/scenario';
import { decide } from '../evaluation/simulate';
import { Mutant } from './mutant';
import { mightApply } from './statement-reach';

export type EvaluationCheck = (mutant: Mutant) => Promise<Outcome | undefined>;

/**
 * The expected decisions a mutant can possibly change. Policy evaluation
 * is monotonic: a Deny that refuses less can only release explicitly
 * denied requests, a Deny that refuses more can only catch the others,
 * and an Allow that grants more can only grant implicitly denied ones.
 * Since every scenario passes on the unmutated policies, the others keep
 * their decision and are skipped.
 */
function changeable(mutant: Mutant): Decision[] {
  const { before, after, operator } = mutant;
  if (before.Effect === 'Deny') {
    if (operator === 'flip-effect') return ['ExplicitlyDenied', 'ImplicitlyDenied'];
    if (operator === 'drop-condition') return ['Allowed', 'ImplicitlyDenied'];
    return ['ExplicitlyDenied'];
  }
  return after === undefined ? ['Allowed'] : ['ImplicitlyDenied'];
}

/**
 * `passing` are the scenarios that pass on the unmutated policies; one
 * that already fails there cannot tell a mutant from the original.
 */
export function evaluationCheck(
  policies: DeployedPolicies,
  suite: ScenarioSuite,
  passing: readonly Scenario[],
): EvaluationCheck {
  const byDocument = scenariosByDocument(passing, suite.setting);
  const recentCatches = new Map<DocumentName, Scenario[]>();

  return async (mutant) => {
    const mutated = withDocument(policies, mutant.document, mutant.mutated);
    const reached = (scenario: Scenario) =>
      mightApply(mutant.before, scenario.action, scenario.target.arn) ||
      mightApply(mutant.after, scenario.action, scenario.target.arn);
    const caught = recentCatches.get(mutant.document) ?? [];
    const rest = (byDocument.get(mutant.document) ?? []).filter((one) => !caught.includes(one));

    const open = changeable(mutant);
    const candidates = [...caught, ...rest]
      .filter((scenario) => open.includes(scenario.expected))
      .filter(reached);

    for (const scenario of candidates) {
      const actual = await decide(mutated, scenario, suite.setting);
      if (actual !== scenario.expected) {
        if (!caught.includes(scenario)) recentCatches.set(mutant.document, [scenario, ...caught]);
        return { scenario, actual };
      }
    }
    return undefined;
  };
}
