/**
 * Mutation run: weakens every synthesized policy document in every way
 * that matters, one change at a time, and checks that the suite (grammar,
 * lint, evaluation scenarios) catches each mutant. Exits non-zero when a
 * mutant survives without an explanation, an explanation has gone stale,
 * or a scenario fails on the real policies.
 *
 * Usage: `npm run test:mutation [-- staging|production ...]` (default: all).
 */
import { ENVIRONMENT_NAMES } from '../config/types';
import { loadEnvironments } from '../config/load';
import { synthesizeVariants } from '../analysis/evaluation/synthesized-stacks';
import { loadIamCatalog } from '../analysis/lint';
import { VariantRun, isCaught, runMutation } from '../analysis/mutation/mutation-run';
import { formatSummary, passes, summarize } from '../analysis/mutation/mutation-summary';

async function main(argv: readonly string[]): Promise<boolean> {
  const names = argv.length > 0 ? argv : ENVIRONMENT_NAMES;
  const variants = synthesizeVariants(loadEnvironments(names));
  const catalog = await loadIamCatalog();

  const runs: VariantRun[] = [];
  for (const variant of variants) {
    const started = Date.now();
    const run = await runMutation(variant, catalog);
    const caught = run.results.filter(isCaught).length;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `${run.variant}: ${run.results.length} mutants, ${caught} caught (${seconds} s)\n`,
    );
    runs.push(run);
  }

  const summary = summarize(runs);
  process.stdout.write(`${formatSummary(summary).join('\n')}\n`);
  return passes(summary);
}

main(process.argv.slice(2)).then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
