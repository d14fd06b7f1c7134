/**
 * Checks that a document read back from a synthesized stack has the
 * shape of a policy. The check is structural only (analysis/grammar is
 * the full one); it exists so that a stack holding something else fails
 * here, with the place named, instead of deep in the evaluator.
 */
import { PolicyDocument } from '../../policies/types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPolicyDocument(value: unknown): value is PolicyDocument {
  return (
    isRecord(value) &&
    value.Version === '2012-10-17' &&
    Array.isArray(value.Statement) &&
    value.Statement.every(isRecord)
  );
}

export function asPolicyDocument(value: unknown, where: string): PolicyDocument {
  if (!isPolicyDocument(value)) {
    throw new Error(
      `${where}: expected a policy document with Version "2012-10-17" and a Statement list`,
    );
  }
  return value;
}
