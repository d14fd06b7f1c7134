/**
 * Reading raw settings before they are known to be valid. Each reader
 * returns undefined for a value of the wrong kind: the shape check reports
 * that once, and value rules simply skip it.
 */

/** Raw settings: a plain object (not null, not an array). */
export type Settings = Record<string, unknown>;

export function isSettings(value: unknown): value is Settings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The string at `key`, if it is one. */
export function stringAt(settings: Settings, key: string): string | undefined {
  const value = settings[key];
  return typeof value === 'string' ? value : undefined;
}

/** The number at `key`, if it is one (NaN and Infinity included, for rules to reject). */
export function numberAt(settings: Settings, key: string): number | undefined {
  const value = settings[key];
  return typeof value === 'number' ? value : undefined;
}

/** The group at `key`, or an empty one, so rules on its members find nothing. */
export function groupAt(settings: Settings, key: string): Settings {
  const value = settings[key];
  return isSettings(value) ? value : {};
}

/** The members of a group that are numbers; the others are left to the shape check. */
export function numbersIn(group: Settings): Record<string, number> {
  const numbers: Record<string, number> = {};
  for (const [key, value] of Object.entries(group)) {
    if (typeof value === 'number') numbers[key] = value;
  }
  return numbers;
}
