/**
 * Terraform references such as `${aws_kms_key.certificate_key.arn}`
 * appear in synthesized policies until apply. The analyzers judge
 * concrete documents only, so the caller resolves references first; any
 * left over is reported rather than guessed at.
 *
 * IAM policy variables look alike but name a context key with a colon
 * (`${aws:username}`) or are one of `${*}`, `${?}`, `${$}`; those stay.
 */
import { isRecord } from '../grammar/policy-input';

const REFERENCE = /\$\{(?![*?$]\})[^}:]+\}/g;

/** The Terraform references written in a string. */
export function referencesIn(text: string): string[] {
  return text.match(REFERENCE) ?? [];
}

/** Every string inside a JSON value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, item]) => [key, ...stringsIn(item)]);
  }
  return [];
}

/**
 * A copy of `value` with each reference replaced by its value, e.g.
 * `{ '${aws_kms_key.certificate_key.arn}': 'arn:aws:kms:...' }`.
 * References without a value are left as they are, for the lint to report.
 */
export function resolveReferences(
  value: unknown,
  values: Readonly<Record<string, string>>,
): unknown {
  const resolve = (text: string) =>
    text.replace(REFERENCE, (reference) => values[reference] ?? reference);

  if (typeof value === 'string') return resolve(value);
  if (Array.isArray(value)) return value.map((item) => resolveReferences(item, values));
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [resolve(key), resolveReferences(item, values)]),
    );
  }
  return value;
}
