/**
 * Names a composed document, so every generator returns what reviewers
 * and the test suite need: a name, a kind and the document.
 */
import { policyDocument } from './compose';
import { NamedPolicy, PolicyKind, Statement } from './types';

export function compose(
  name: string,
  kind: PolicyKind,
  statements: readonly Statement[],
): NamedPolicy {
  return { name, kind, document: policyDocument(statements) };
}
