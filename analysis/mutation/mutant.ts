/**
 * A mutant is one deployed policy document weakened in one way. Its id
 * names the document, the statement and the change, and is the same in
 * every variant where the change is possible, so that an explanation of
 * an equivalent mutant covers all of them.
 */
import { DocumentName } from '../evaluation/document-names';
import { PolicyDocument, Statement } from '../../policies/types';

/** The ways a policy is weakened (or, for a few, broken in a telling way). */
export type MutationOperator =
  /** Remove a whole statement. */
  | 'drop-statement'
  /** Remove one condition key from a statement. */
  | 'drop-condition'
  /** An Allow statement's Resource becomes `*`. */
  | 'widen-resource'
  /** A Deny statement covers one resource fewer. */
  | 'drop-resource'
  /** An Allow statement gains every action of a service it names. */
  | 'add-action'
  /** A Deny statement covers one action fewer. */
  | 'drop-action'
  /** A Deny statement becomes an Allow. */
  | 'flip-effect'
  /** A resource policy's Allow names everyone instead of its principals. */
  | 'drop-principal';

export interface Mutant {
  /** e.g. `certificate-bucket DenyInsecureTransport: drop-condition Bool aws:SecureTransport`. */
  readonly id: string;
  readonly document: DocumentName;
  readonly sid: string;
  readonly operator: MutationOperator;
  /** The statement as deployed. */
  readonly before: Statement;
  /** The statement as mutated; absent when the mutant drops it. */
  readonly after?: Statement;
  readonly mutated: PolicyDocument;
}

export function mutantId(
  document: DocumentName,
  sid: string,
  operator: MutationOperator,
  detail?: string,
): string {
  return `${document} ${sid}: ${operator}${detail === undefined ? '' : ` ${detail}`}`;
}
