/**
 * Merges one-concern statements into a document. Sids must be unique
 * and alphanumeric because reviewers, tests and AWS refer to them.
 */
import { PolicyDocument, Statement } from './types';

const SID_PATTERN = /^[A-Za-z0-9]+$/;

export function policyDocument(statements: readonly Statement[]): PolicyDocument {
  const seen = new Set<string>();

  for (const { Sid } of statements) {
    if (!SID_PATTERN.test(Sid)) {
      throw new Error(`Sid "${Sid}" is not alphanumeric; use letters and digits only`);
    }
    if (seen.has(Sid)) {
      throw new Error(`Sid "${Sid}" appears twice; give each statement its own Sid`);
    }
    seen.add(Sid);
  }

  return { Version: '2012-10-17', Statement: statements };
}
