/**
 * What configuration validation reports. Every check adds problems to a
 * list instead of throwing, so one run shows everything that is wrong;
 * the caller then throws a single ConfigError that names each problem.
 */

/**
 * One broken rule. `path` starts with the environment's name, then the
 * setting inside it, dot-separated: `staging.lifecycle.glacierDays`.
 * A path of the name alone means the environment as a whole.
 */
export interface ConfigProblem {
  readonly path: string;
  /** The offending value as given (undefined when the setting is missing). */
  readonly value: unknown;
  /**
   * The rule in plain words, e.g. "bucket names are 3 to 63 characters".
   * Quotes inside it are single, as the message shows it in double quotes.
   */
  readonly rule: string;
  /** What to change, e.g. `use a name such as "my-bucket"`. */
  readonly fix: string;
}

/** Thrown once per validation run, carrying every problem found. */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(configErrorMessage(problems));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/**
 * One line per problem, e.g.
 * `staging: certificateBucketName "My_Bucket" breaks the rule "...";
 * fix: ...`, under a header that counts them.
 */
export function configErrorMessage(problems: readonly ConfigProblem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  const header = `Invalid configuration, ${problems.length} ${noun}:`;
  return [header, ...problems.map(formatProblem)].join('\n');
}

/** Renders one problem as a single line that names the environment first. */
export function formatProblem(problem: ConfigProblem): string {
  const dot = problem.path.indexOf('.');
  const environment = dot < 0 ? problem.path : problem.path.slice(0, dot);
  const setting = dot < 0 ? 'the environment' : problem.path.slice(dot + 1);
  const value = renderValue(problem.value);
  return `${environment}: ${setting} ${value} breaks the rule "${problem.rule}"; ` +
    `fix: ${problem.fix}`;
}

/** JSON for anything JSON can show; the few other values get a readable stand-in. */
function renderValue(value: unknown): string {
  if (value === undefined) return '(not set)';
  // JSON would show NaN and Infinity as null, hiding the actual mistake.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function' || typeof value === 'symbol') return `(a ${typeof value})`;
  try {
    return JSON.stringify(value);
  } catch {
    // Circular structures cannot be shown as JSON; the path still points at them.
    return '(unprintable value)';
  }
}

/** Shorthand used by every check: a problem at `path`. */
export function problem(path: string, value: unknown, rule: string, fix: string): ConfigProblem {
  return { path, value, rule, fix };
}
