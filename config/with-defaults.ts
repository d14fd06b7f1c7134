/**
 * Lays an environment's own settings over the product defaults. Groups
 * such as `lifecycle` merge one level deep, so setting one day count keeps
 * the others. Nothing is checked here; validation looks at the result.
 */
import { DEFAULTS } from './defaults';
import { isSettings, Settings } from './settings';

/**
 * Groups whose presence means something: `keyRotation` exists only for an
 * app with access keys, so its defaults apply only when the environment
 * sets the group itself.
 */
const DEFAULTS_ONLY_WHEN_SET: readonly string[] = ['keyRotation'];

/** A new object: defaults, overlaid by every key `settings` gives a value. */
export function withDefaults(settings: Settings): Settings {
  const merged: Settings = {};

  for (const [key, fallback] of Object.entries(DEFAULTS)) {
    if (!DEFAULTS_ONLY_WHEN_SET.includes(key) || settings[key] !== undefined) {
      merged[key] = isSettings(fallback) ? { ...fallback } : fallback;
    }
  }

  for (const [key, value] of Object.entries(settings)) {
    // An explicit undefined counts as not set, so the default stays.
    if (value === undefined) continue;
    const fallback = merged[key];
    merged[key] = isSettings(fallback) && isSettings(value)
      ? overlay(fallback, value)
      : value;
  }

  return merged;
}

function overlay(fallback: Settings, value: Settings): Settings {
  const merged: Settings = { ...fallback };
  for (const [key, inner] of Object.entries(value)) {
    if (inner !== undefined) merged[key] = inner;
  }
  return merged;
}
