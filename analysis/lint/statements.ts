/**
 * A lenient reading of a document's statements for the lint rules.
 * Whatever breaks the grammar (a number where an action belongs, a
 * missing Effect) is skipped here: the grammar check reports it, and the
 * lint rules judge what is left.
 */
import { asList, isRecord } from '../grammar/policy-input';
import { statementLabel } from '../grammar/finding';

/** One operator applied to one condition key. */
export interface ConditionTest {
  readonly operator: string;
  readonly key: string;
}

export interface StatementView {
  /** Position in the Statement list. */
  readonly index: number;
  /** The Sid, or `Statement[i]` when there is none. */
  readonly label: string;
  /** The Sid as written, which may not be a string. */
  readonly sid: unknown;
  readonly effect: unknown;
  /** The element's strings, or undefined when the element is absent. */
  readonly action?: readonly string[];
  readonly notAction?: readonly string[];
  readonly resource?: readonly string[];
  readonly notResource?: readonly string[];
  readonly conditions: readonly ConditionTest[];
  /** The statement as written, for rules that search all of it. */
  readonly raw: unknown;
}

function strings(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  return asList(value).filter((item): item is string => typeof item === 'string');
}

function conditionTests(condition: unknown): ConditionTest[] {
  if (!isRecord(condition)) return [];

  return Object.entries(condition).flatMap(([operator, keys]) =>
    isRecord(keys) ? Object.keys(keys).map((key) => ({ operator, key })) : [],
  );
}

export function statementsOf(document: unknown): StatementView[] {
  if (!isRecord(document)) return [];

  return asList(document.Statement).map((raw, index) => {
    const statement = isRecord(raw) ? raw : {};
    return {
      index,
      label: statementLabel(raw, index),
      sid: statement.Sid,
      effect: statement.Effect,
      action: strings(statement.Action),
      notAction: strings(statement.NotAction),
      resource: strings(statement.Resource),
      notResource: strings(statement.NotResource),
      conditions: conditionTests(statement.Condition),
      raw,
    };
  });
}
