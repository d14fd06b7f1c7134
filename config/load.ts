/**
 * Loads the environments a run asks for from `environments.ts`, validates
 * them all, and reports every problem of every environment in one error,
 * so CI shows the whole list on the first failed run.
 */
import { crossEnvironmentProblems } from './cross-environment-rules';
import { ENVIRONMENT_SETTINGS } from './environments';
import { ConfigError, ConfigProblem, problem } from './problems';
import { EnvironmentConfig, EnvironmentName, ENVIRONMENT_NAMES } from './types';
import { checkEnvironment } from './validate';

/**
 * The validated configurations of `names`, in the order asked for.
 * `settings` defaults to the shipped environments; tests pass their own.
 */
export function loadEnvironments(
  names: readonly string[],
  settings: Readonly<Partial<Record<EnvironmentName, unknown>>> = ENVIRONMENT_SETTINGS,
): EnvironmentConfig[] {
  const available = ENVIRONMENT_NAMES.filter((name) => Object.hasOwn(settings, name));
  const problems: ConfigProblem[] = requestProblems(names, available);
  const configs: EnvironmentConfig[] = [];

  for (const name of new Set(names)) {
    const known = available.find((candidate) => candidate === name);
    if (known === undefined) continue;
    const check = checkEnvironment(settings[known], known);
    if (check.valid) configs.push(check.config);
    else problems.push(...check.problems);
  }

  problems.push(...crossEnvironmentProblems(configs));

  if (problems.length > 0) throw new ConfigError(problems);
  return configs;
}

/** Names that are not environments, and names asked for twice. */
function requestProblems(
  names: readonly string[],
  available: readonly EnvironmentName[],
): ConfigProblem[] {
  return names.flatMap((name, index) => {
    // A label with a dot or blank would garble the problem's path.
    const at = /^[\w-]+$/.test(name) ? name : 'environment';
    if (!available.some((known) => known === name)) {
      return [problem(at, name, 'an environment is one of those in config/environments.ts',
        `use one of ${available.join(', ')}`)];
    }
    if (names.indexOf(name) < index) {
      return [problem(at, name, 'each environment is asked for once',
        'remove the repeated name')];
    }
    return [];
  });
}
