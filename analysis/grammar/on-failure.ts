/**
 * The grammar schema explains itself: next to each constraint sits the
 * rule it enforces, what a failure means and how to fix it, under the
 * annotation keyword `onFailure`. JSON Schema validators that do not
 * know the keyword ignore it; ours turns failures into findings with it.
 */
import { SchemaObject } from 'ajv';

/** Ids of the grammar's rules; findings report them as `grammar/<id>`. */
export type GrammarRuleId =
  | 'document-shape'
  | 'unknown-element'
  | 'version'
  | 'statement-list'
  | 'statement-shape'
  | 'sid-format'
  | 'effect'
  | 'action-required'
  | 'action-exclusive'
  | 'action-format'
  | 'resource-required'
  | 'resource-exclusive'
  | 'resource-forbidden'
  | 'resource-format'
  | 'principal-required'
  | 'principal-exclusive'
  | 'principal-forbidden'
  | 'principal-format'
  | 'condition-format'
  | 'condition-operator'
  | 'condition-key'
  | 'condition-value';

/** How one failing constraint is reported. */
export interface FailureExplanation {
  readonly rule: GrammarRuleId;
  /** What is wrong, said of the element at the failing path. */
  readonly problem: string;
  readonly fix: string;
}

/** Explanations by the JSON Schema keyword that failed, e.g. `required`. */
export type OnFailure = Readonly<Record<string, FailureExplanation>>;

export const ON_FAILURE_KEYWORD = 'onFailure';

/** A schema with the explanations of its own constraints attached. */
export function explained(schema: SchemaObject, onFailure: OnFailure): SchemaObject {
  return { ...schema, [ON_FAILURE_KEYWORD]: onFailure };
}

/** Keywords that can fail on their own, and so need an explanation. */
export const ASSERTION_KEYWORDS = [
  'type',
  'required',
  'const',
  'enum',
  'pattern',
  'minItems',
  'minProperties',
  'not',
  'propertyNames',
] as const;
