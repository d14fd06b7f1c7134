/**
 * Adds up the mutation runs of every variant into a score, and decides
 * whether the suite passes: every mutant caught or explained, every
 * explanation still needed, every scenario passing on the real policies.
 */
import { EQUIVALENT_MUTANTS, explanationFor } from './equivalent-mutants';
import { MutantResult, VariantRun, isCaught } from './mutation-run';

export interface ExplainedMutant {
  readonly result: MutantResult;
  readonly reason: string;
}

export interface MutationSummary {
  readonly total: number;
  readonly caught: number;
  /** Mutants caught by each part of the suite; one mutant may count for several. */
  readonly caughtBy: Readonly<Record<'grammar' | 'lint' | 'evaluation', number>>;
  readonly equivalent: readonly ExplainedMutant[];
  readonly unexplained: readonly MutantResult[];
  /** Explanation patterns that no surviving mutant needs any more. */
  readonly staleExplanations: readonly string[];
  readonly baselineFailures: readonly string[];
}

export function summarize(runs: readonly VariantRun[]): MutationSummary {
  const results = runs.flatMap((run) => run.results);
  const survivors = results.filter((result) => !isCaught(result));
  const equivalent: ExplainedMutant[] = [];
  const unexplained: MutantResult[] = [];

  for (const result of survivors) {
    const explanation = explanationFor(result.mutant.id);
    if (explanation === undefined) unexplained.push(result);
    else equivalent.push({ result, reason: explanation.reason });
  }

  const needed = (pattern: string) =>
    survivors.some(({ mutant }) => mutant.id === pattern || mutant.id.startsWith(`${pattern} `));
  const staleExplanations = EQUIVALENT_MUTANTS.flatMap(({ patterns }) => patterns).filter(
    (pattern) => !needed(pattern),
  );

  return {
    total: results.length,
    caught: results.length - survivors.length,
    caughtBy: {
      grammar: results.filter((result) => result.grammar !== undefined).length,
      lint: results.filter((result) => result.lint !== undefined).length,
      evaluation: results.filter((result) => result.evaluation !== undefined).length,
    },
    equivalent,
    unexplained,
    staleExplanations,
    baselineFailures: runs.flatMap((run) => run.baselineFailures),
  };
}

export function passes(summary: MutationSummary): boolean {
  return (
    summary.unexplained.length === 0 &&
    summary.staleExplanations.length === 0 &&
    summary.baselineFailures.length === 0
  );
}

/** One line per mutant id, naming the variants it arose in. */
function variantsById(results: readonly MutantResult[]): string[] {
  const variants = new Map<string, string[]>();
  for (const { mutant, variant } of results) {
    variants.set(mutant.id, [...(variants.get(mutant.id) ?? []), variant]);
  }
  return [...variants].map(([id, where]) => `  ${id} (${where.join(', ')})`);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '100.0%' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The report, as lines for stdout. */
export function formatSummary(summary: MutationSummary): string[] {
  const { total, caught, caughtBy, equivalent, unexplained } = summary;
  const counted = total - equivalent.length;
  const lines = [
    `Mutation score: ${caught}/${counted} mutants caught (${percent(caught, counted)}), ` +
      `${equivalent.length} equivalent mutants explained, ${total} mutants in all.`,
    `Caught by grammar: ${caughtBy.grammar}, lint: ${caughtBy.lint}, ` +
      `evaluation scenarios: ${caughtBy.evaluation}.`,
  ];

  const reasons = [...new Set(equivalent.map((one) => one.reason))];
  for (const reason of reasons) {
    const explained = equivalent.filter((one) => one.reason === reason);
    lines.push('', `Equivalent (${explained.length}): ${reason}`);
    lines.push(...variantsById(explained.map(({ result }) => result)));
  }
  if (unexplained.length > 0) {
    lines.push('', `SURVIVED, not explained (${unexplained.length}): add a scenario that ` +
      'catches each, or explain it in analysis/mutation/equivalent-mutants.ts');
    lines.push(...unexplained.map((result) => `  ${result.variant} ${result.mutant.id}`));
  }
  if (summary.staleExplanations.length > 0) {
    lines.push('', 'Explanations no surviving mutant needs; remove them:');
    lines.push(...summary.staleExplanations.map((pattern) => `  ${pattern}`));
  }
  if (summary.baselineFailures.length > 0) {
    lines.push('', 'Scenarios failing on the unmutated policies (they catch nothing):');
    lines.push(...summary.baselineFailures.map((failure) => `  ${failure}`));
  }
  return lines;
}
