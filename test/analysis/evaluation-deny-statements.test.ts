/**
 * Every deny statement earns its place: removed from the synthesized
 * document, it makes at least one scenario fail, with a message that
 * names the scenario, the expected and the actual decision. A deny whose
 * removal is known to change nothing is listed with its reason among the
 * equivalent mutants, and the test proves that it indeed changes nothing.
 */
import { withDocument } from '../../analysis/evaluation/deployed-policies';
import { DocumentName } from '../../analysis/evaluation/document-names';
import { scenariosByDocument } from '../../analysis/evaluation/document-usage';
import {
  isMismatch,
  mismatchMessage,
  runScenarios,
} from '../../analysis/evaluation/run-scenarios';
import { explanationFor } from '../../analysis/mutation/equivalent-mutants';
import { mutantId } from '../../analysis/mutation/mutant';
import { mightApply } from '../../analysis/mutation/statement-reach';
import { Statement } from '../../policies/types';
import { EvaluatedVariant, evaluatedVariants } from './evaluation-fixture';

interface DenyCase {
  readonly variant: EvaluatedVariant;
  readonly document: DocumentName;
  readonly statement: Statement;
  /** Why removing it changes nothing, if it is known to. */
  readonly equivalence?: string;
}

function denyCases(variant: EvaluatedVariant): DenyCase[] {
  return [...variant.policies.documents].flatMap(([document, policy]) =>
    policy.Statement.filter(({ Effect }) => Effect === 'Deny').map((statement) => {
      const reason = explanationFor(mutantId(document, statement.Sid, 'drop-statement'))?.reason;
      const equivalence = reason === undefined ? {} : { equivalence: reason };
      return { variant, document, statement, ...equivalence };
    }),
  );
}

/**
 * The failure messages once the statement is gone. Removing a deny can
 * only release requests it explicitly denied, so only passing,
 * explicitly denied scenarios that the statement reaches are evaluated.
 */
async function failuresWithout({ variant, document, statement }: DenyCase): Promise<string[]> {
  const { policies, suite, label } = variant;
  const original = policies.documents.get(document);
  if (original === undefined) throw new Error(`${label} has no ${document}`);

  const reached = (scenarioByDocument.get(variant)?.get(document) ?? [])
    .filter((scenario) => scenario.expected === 'ExplicitlyDenied')
    .filter((scenario) => mightApply(statement, scenario.action, scenario.target.arn));
  // A scenario that already fails on the real policies proves nothing here.
  const before = await runScenarios(policies, suite, reached);
  const candidates = before.filter((one) => !isMismatch(one)).map((one) => one.scenario);

  const statements = original.Statement.filter((one) => one !== statement);
  const broken = withDocument(policies, document, { ...original, Statement: statements });
  const outcomes = await runScenarios(broken, suite, candidates);
  return outcomes.filter(isMismatch).map((outcome) => mismatchMessage(label, outcome));
}

const variants = evaluatedVariants();
const scenarioByDocument = new Map(
  variants.map((variant) => [
    variant,
    scenariosByDocument(variant.suite.scenarios, variant.suite.setting),
  ]),
);
const cases = variants.flatMap(denyCases);
function title({ variant, document, statement, equivalence }: DenyCase): string {
  const then =
    equivalence === undefined ? 'a named scenario fails' : `nothing changes: ${equivalence}`;
  return `given ${variant.label}, when ${document} loses ${statement.Sid}, then ${then}`;
}
describe('removing a deny statement from a synthesized document', () => {
  it('given both environments in both modes, then there are deny statements to remove', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((denyCase) => [title(denyCase), denyCase] as const))(
    '%s',
    async (_title, denyCase) => {
      const failures = await failuresWithout(denyCase);

      if (denyCase.equivalence !== undefined) {
        expect(failures).toEqual([]);
        return;
      }
      expect(failures.length).toBeGreaterThan(0);
      expect(failures[0]).toMatch(/: ".+" expected ExplicitlyDenied, got \w+ \(/);
    },
  );
});
