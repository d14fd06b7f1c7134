/**
 * The shape every analyzer reports in: which document, which statement,
 * what is wrong and how to fix it. Grammar and lint findings share it,
 * so a caller can print or assert them the same way.
 */
import { isRecord } from './policy-input';

export interface PolicyFinding {
  /** Stable id of the broken rule, e.g. `grammar/principal-forbidden`. */
  readonly rule: string;
  /** The document's name, e.g. `app-access`. */
  readonly document: string;
  /** The statement's Sid, `Statement[2]` when it has none, or `(document)`. */
  readonly statement: string;
  /** One sentence naming the document, the statement, the problem and the fix. */
  readonly message: string;
  /** What to change, on its own, for tables and summaries. */
  readonly fix: string;
}

/** The statement label of findings about the document as a whole. */
export const WHOLE_DOCUMENT = '(document)';

/** A statement by its Sid when it has a usable one, else by position. */
export function statementLabel(statement: unknown, index: number): string {
  const sid = isRecord(statement) ? statement.Sid : undefined;
  return typeof sid === 'string' && sid.length > 0 ? sid : `Statement[${index}]`;
}

/** Composes the message so every finding reads the same way. */
export function findingMessage(
  document: string,
  statement: string,
  problem: string,
  fix: string,
): string {
  const where = statement === WHOLE_DOCUMENT ? document : `${document}, statement ${statement}`;
  return `${where}: ${problem}. Fix: ${fix}.`;
}
