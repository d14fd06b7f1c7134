/**
 * The one door configuration passes through: defaults are merged in,
 * every rule runs, and either the typed configuration comes out or one
 * ConfigError naming every problem is thrown.
 */
import { combinationProblems } from './combination-rules';
import { ConfigError, ConfigProblem, problem } from './problems';
import { ENVIRONMENT_SCHEMA } from './schema';
import { isSettings, Settings, stringAt } from './settings';
import { shapeProblems } from './shape';
import { EnvironmentConfig, EnvironmentName, ENVIRONMENT_NAMES } from './types';
import { valueProblems } from './value-rules';
import { withDefaults } from './with-defaults';

/** The outcome of checking one environment without throwing. */
export type EnvironmentCheck =
  | { readonly valid: true; readonly config: EnvironmentConfig }
  | { readonly valid: false; readonly problems: readonly ConfigProblem[] };

/**
 * The validated configuration of one environment, or a ConfigError that
 * lists every problem. When `key` is given (the environment's key in
 * `environments.ts`), the settings' `name` must equal it.
 */
export function validateEnvironment(input: unknown, key?: EnvironmentName): EnvironmentConfig {
  const check = checkEnvironment(input, key);
  if (!check.valid) throw new ConfigError(check.problems);
  return check.config;
}

/** As `validateEnvironment`, returning the problems instead of throwing them. */
export function checkEnvironment(input: unknown, key?: EnvironmentName): EnvironmentCheck {
  const at = key ?? labelOf(input);
  if (!isSettings(input)) {
    return { valid: false, problems: [notSettingsProblem(input, at)] };
  }

  const settings = withDefaults(input);

  const problems = [
    ...shapeProblems(settings, ENVIRONMENT_SCHEMA, at),
    ...nameProblems(settings, at, key),
    ...valueProblems(settings, at),
    ...combinationProblems(settings, input, at),
  ];

  if (problems.length > 0) return { valid: false, problems };
  return { valid: true, config: asValidated(settings) };
}

/** Problems are filed under the environment's name, or a stand-in without one. */
function labelOf(input: unknown): string {
  const name = isSettings(input) ? input.name : undefined;
  return isEnvironmentName(name) ? name : 'environment';
}

function notSettingsProblem(input: unknown, at: string): ConfigProblem {
  return problem(at, input, "an environment's settings are an object",
    'write them as an object of settings, as in config/environments.ts');
}

function nameProblems(settings: Settings, at: string, key?: EnvironmentName): ConfigProblem[] {
  const name = stringAt(settings, 'name');
  if (name === undefined) return [];

  // Stacks, state keys and principal names all follow `name`; a copied
  // block with a stale name would deploy over the other environment.
  if (key !== undefined && name !== key) {
    return [problem(`${at}.name`, name, "name matches the environment's key", `use "${key}"`)];
  }

  if (!isEnvironmentName(name)) {
    return [problem(`${at}.name`, name, 'name is one of the environments this project deploys',
      `use one of ${ENVIRONMENT_NAMES.join(', ')}`)];
  }

  return [];
}

function isEnvironmentName(value: unknown): value is EnvironmentName {
  return ENVIRONMENT_NAMES.some((name) => name === value);
}

/**
 * Every key, kind and value has been checked against the schema, which
 * the compiler keeps in step with EnvironmentConfig; the cast records
 * that. Freezing keeps anything downstream from changing it.
 */
function asValidated(settings: Settings): EnvironmentConfig {
  for (const value of Object.values(settings)) {
    if (isSettings(value)) Object.freeze(value);
  }
  return Object.freeze(settings) as unknown as EnvironmentConfig;
}
