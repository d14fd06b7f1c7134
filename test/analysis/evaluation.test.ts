/**
 * The security properties, proven by evaluation: every scenario of every
 * environment, in both encryption modes, gets the decision its row
 * expects from the policies as synthesized.
 */
import { Outcome, mismatchMessage, runScenarios } from '../../analysis/evaluation/run-scenarios';
import { scenarioTitle } from '../../analysis/evaluation/scenario';
import { evaluatedVariants } from './evaluation-fixture';

/** The floor the suite promises for each environment and mode. */
const MINIMUM_SCENARIOS = 200;

describe.each(evaluatedVariants().map((variant) => [variant.label, variant] as const))(
  'the %s policies',
  (label, { policies, suite }) => {
    const outcomes = new Map<string, Outcome>();

    beforeAll(async () => {
      for (const outcome of await runScenarios(policies, suite)) {
        outcomes.set(outcome.scenario.request, outcome);
      }
    });

    it(`are held to at least ${MINIMUM_SCENARIOS} scenarios`, () => {
      expect(suite.scenarios.length).toBeGreaterThanOrEqual(MINIMUM_SCENARIOS);
    });

    it.each(suite.scenarios.map((scenario) => [scenarioTitle(scenario), scenario] as const))(
      'given %s',
      (_title, scenario) => {
        const outcome = outcomes.get(scenario.request);
        if (outcome === undefined) throw new Error(`"${scenario.request}" was not evaluated`);

        if (outcome.actual !== scenario.expected) {
          throw new Error(mismatchMessage(label, outcome));
        }
        expect(outcome.actual).toBe(scenario.expected);
      },
    );
  },
);
