/**
 * The values allowed for the settings that pick one of a few options,
 * each with the words that explain it in a fix. Typed as complete
 * records, so adding an option to `types.ts` fails here until explained.
 */
import { AppPrincipalKind, EncryptionMode } from './types';

export const ENCRYPTION_MODES: Readonly<Record<EncryptionMode, string>> = {
  'SSE-S3': 'AES256, the default',
  'SSE-KMS': 'a customer-managed KMS key',
};

export const APP_PRINCIPALS: Readonly<Record<AppPrincipalKind, string>> = {
  'iam-user': 'an IAM user with access keys',
  'ec2-role': 'an EC2 instance role',
};

/** Whether `value` is one of the options in `choices`. */
export function isChoice(choices: Readonly<Record<string, string>>, value: unknown): boolean {
  return typeof value === 'string' && Object.hasOwn(choices, value);
}

/** `'a' or 'b'`, for a rule (whose text is itself shown in double quotes). */
export function quotedChoices(choices: Readonly<Record<string, string>>): string {
  return Object.keys(choices).map((choice) => `'${choice}'`).join(' or ');
}

/** `"a" (meaning) or "b" (meaning)`, for a fix. */
export function explainedChoices(choices: Readonly<Record<string, string>>): string {
  return Object.entries(choices)
    .map(([choice, meaning]) => `"${choice}" (${meaning})`)
    .join(' or ');
}
