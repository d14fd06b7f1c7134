/**
 * The ordering rules AWS applies to an S3 lifecycle configuration,
 * checked before synthesis: S3 would otherwise reject the rule only when
 * Terraform applies it, after other resources have already changed.
 */
import { DEFAULTS } from '../config/defaults';
import { ConfigProblem, problem } from '../config/problems';
import { LifecycleProps } from '../config/types';

/** Objects stay in Standard at least this long before Standard-IA. */
export const MIN_INFREQUENT_ACCESS_DAYS = 30;

/** Objects stay in Standard-IA at least this long before Glacier. */
export const MIN_DAYS_IN_INFREQUENT_ACCESS = 30;

/**
 * Day counts to check. A count may be left out (for instance when it is
 * not a number at all and that is reported elsewhere); rules that need
 * it are then skipped.
 */
export type LifecycleDays = { readonly [K in keyof LifecycleProps]?: number };

/** Every rule the day counts break; paths are `<at>.<key>`. */
export function lifecycleProblems(lifecycle: LifecycleDays, at: string): ConfigProblem[] {
  const problems = wholeDayProblems(lifecycle, at);

  // Ordering is judged only between counts that are valid on their own.
  const { infrequentAccessDays: ia, glacierDays: glacier, expirationDays: expiry } =
    validDays(lifecycle);

  if (ia !== undefined && ia < MIN_INFREQUENT_ACCESS_DAYS) {
    const example = DEFAULTS.lifecycle.infrequentAccessDays;
    problems.push(problem(`${at}.infrequentAccessDays`, ia,
      `the Standard-IA transition comes at ${MIN_INFREQUENT_ACCESS_DAYS} days or later`,
      `use ${MIN_INFREQUENT_ACCESS_DAYS} or more, e.g. ${example}`));
  }

  const earliestGlacier = ia === undefined ? undefined : ia + MIN_DAYS_IN_INFREQUENT_ACCESS;
  if (glacier !== undefined && glacier < (earliestGlacier ?? glacier)) {
    problems.push(problem(`${at}.glacierDays`, glacier,
      `the Glacier transition comes at least ${MIN_DAYS_IN_INFREQUENT_ACCESS} days ` +
        'after the Standard-IA transition',
      `use ${earliestGlacier} or more, or move infrequentAccessDays earlier`));
  }

  const transitions = [ia, glacier].filter((days): days is number => days !== undefined);
  const lastTransition = Math.max(...transitions);
  if (expiry !== undefined && transitions.length > 0 && expiry <= lastTransition) {
    problems.push(problem(`${at}.expirationDays`, expiry,
      'expiration comes after the last transition',
      `use ${lastTransition + 1} or more, or move the transitions earlier`));
  }

  return problems;
}

function wholeDayProblems(lifecycle: LifecycleDays, at: string): ConfigProblem[] {
  return lifecycleKeys(lifecycle)
    .filter((key) => !isWholeDays(lifecycle[key]))
    .map((key) => problem(`${at}.${key}`, lifecycle[key],
      'lifecycle day counts are whole numbers of at least 1',
      `use a whole number of days, e.g. ${DEFAULTS.lifecycle[key]}`));
}

/** The counts that pass the whole-day rule. */
function validDays(lifecycle: LifecycleDays): LifecycleDays {
  const valid: { -readonly [K in keyof LifecycleProps]?: number } = {};
  for (const key of lifecycleKeys(lifecycle)) {
    if (isWholeDays(lifecycle[key])) valid[key] = lifecycle[key];
  }
  return valid;
}

/** The keys of `lifecycle` that are lifecycle settings and hold a value. */
function lifecycleKeys(lifecycle: LifecycleDays): (keyof LifecycleProps)[] {
  const known = Object.keys(DEFAULTS.lifecycle) as (keyof LifecycleProps)[];
  return known.filter((key) => lifecycle[key] !== undefined);
}

function isWholeDays(days: number | undefined): boolean {
  return days !== undefined && Number.isInteger(days) && days >= 1;
}
