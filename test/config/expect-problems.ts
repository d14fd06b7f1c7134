/**
 * Runs code that must fail validation and returns the ConfigError's
 * message, so tests compare the exact text an engineer would read.
 */
import { ConfigError } from '../../config/problems';

export function configErrorOf(act: () => unknown): ConfigError {
  try {
    act();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, but the configuration was accepted');
}

/** The message of the ConfigError `act` throws. */
export function messageOf(act: () => unknown): string {
  return configErrorOf(act).message;
}

/** The message a ConfigError carries for exactly these problem lines. */
export function messageFor(...lines: string[]): string {
  const noun = lines.length === 1 ? 'problem' : 'problems';
  return [`Invalid configuration, ${lines.length} ${noun}:`, ...lines].join('\n');
}

/** One problem line: `<environment>: <setting> <value>`, then the rule and the fix. */
export function line(subject: string, rule: string, fix: string): string {
  return `${subject} breaks the rule "${rule}"; fix: ${fix}`;
}
