/**
 * Checks the shape of settings against the schema: no unknown keys at any
 * level, nothing required missing, and every value of the right kind.
 * Value rules (bucket names, day counts) run separately and skip values
 * whose kind is already reported here, so one mistake is one problem.
 */
import { closestMatch } from './closest-match';
import { ConfigProblem, problem } from './problems';
import { GroupSpec, SettingSpec, ValueSpec } from './schema';
import { isSettings, Settings } from './settings';

/** Problems with the keys and value kinds of `settings`, groups included. */
export function shapeProblems(
  settings: Settings,
  schema: Readonly<Record<string, SettingSpec>>,
  at: string,
): ConfigProblem[] {
  const problems = unknownKeyProblems(settings, Object.keys(schema), at);

  for (const [key, spec] of Object.entries(schema)) {
    const value = settings[key];
    const path = `${at}.${key}`;
    if (value === undefined) {
      if (!spec.optional) problems.push(missingProblem(path, spec));
    } else if (spec.kind === 'group') {
      problems.push(...groupProblems(value, spec, path));
    } else if (!hasKind(value, spec)) {
      problems.push(kindProblem(path, value, spec));
    }
  }

  return problems;
}

function unknownKeyProblems(
  settings: Settings,
  known: readonly string[],
  at: string,
): ConfigProblem[] {
  // A misspelled key would otherwise be dropped and its default used in silence.
  return Object.keys(settings)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const meant = closestMatch(key, known);
      const fix = meant === undefined
        ? `remove it; the known keys here are ${known.join(', ')}`
        : `rename it to "${meant}"`;
      return problem(`${at}.${key}`, settings[key], 'every key names a known setting', fix);
    });
}

function groupProblems(value: unknown, spec: GroupSpec, path: string): ConfigProblem[] {
  if (isSettings(value)) return shapeProblems(value, spec.fields, path);
  const keys = Object.keys(spec.fields).join(', ');
  return [
    problem(path, value, 'this setting is a group of settings (an object)',
      `write it as an object with the keys ${keys}`),
  ];
}

function missingProblem(path: string, spec: SettingSpec): ConfigProblem {
  const fix = spec.kind === 'group'
    ? `set it to an object with the keys ${Object.keys(spec.fields).join(', ')}`
    : `set it, e.g. ${JSON.stringify(spec.example)}`;
  return problem(path, undefined, 'this setting is required', fix);
}

function hasKind(value: unknown, spec: ValueSpec): boolean {
  return typeof value === spec.kind;
}

function kindProblem(path: string, value: unknown, spec: ValueSpec): ConfigProblem {
  const example = JSON.stringify(spec.example);
  switch (spec.kind) {
    case 'string':
      return problem(path, value, 'this setting is a string',
        `write it in quotes, e.g. ${example}`);
    case 'number':
      return problem(path, value, 'this setting is a number',
        `write it as a number without quotes, e.g. ${example}`);
    case 'boolean':
      return problem(path, value, 'this setting is true or false',
        'write true or false without quotes');
  }
}
