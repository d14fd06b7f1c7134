/**
 * The shipped staging settings as a starting point for tests that change
 * one thing and expect exactly the problem that change causes.
 */
import { ENVIRONMENT_SETTINGS } from '../../config/environments';

type Changes = Record<string, unknown>;

/** Marks a key for deletion in `stagingWith`. */
export const REMOVE = Symbol('remove');

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Staging's raw settings with `changes` applied. A group in `changes`
 * replaces only the keys it names; REMOVE deletes a key entirely.
 */
export function stagingWith(changes: Changes = {}): Changes {
  const input: Changes = structuredClone(ENVIRONMENT_SETTINGS.staging);

  for (const [key, change] of Object.entries(changes)) {
    const current = input[key];
    if (change === REMOVE) delete input[key];
    else input[key] = isGroup(current) && isGroup(change) ? applied(current, change) : change;
  }

  return input;
}

function applied(current: Changes, change: Changes): Changes {
  const result: Changes = { ...current, ...change };
  for (const [key, value] of Object.entries(change)) {
    if (value === REMOVE) delete result[key];
  }
  return result;
}
