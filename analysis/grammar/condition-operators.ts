/**
 * The condition operators IAM accepts. Every base operator may carry
 * `IfExists`, and a `ForAnyValue:` or `ForAllValues:` qualifier for
 * multivalued keys; `Null` takes neither. Names are matched exactly, as
 * the policy generators write them.
 */
import { BaseConditionOperator } from '../../policies/types';

export const BASE_CONDITION_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnNotEquals',
  'ArnLike',
  'ArnNotLike',
] as const satisfies readonly BaseConditionOperator[];

// The typed model and this list must name the same operators: a new
// operator in policies/types.ts fails to compile here until it is listed.
type Unlisted = Exclude<BaseConditionOperator, (typeof BASE_CONDITION_OPERATORS)[number]>;
const EVERY_TYPED_OPERATOR_IS_LISTED: [Unlisted] extends [never] ? true : never = true;
void EVERY_TYPED_OPERATOR_IS_LISTED;

/** The full operator grammar, as a regular expression source for JSON Schema. */
export const CONDITION_OPERATOR_PATTERN =
  `^(Null|(ForAnyValue:|ForAllValues:)?(${BASE_CONDITION_OPERATORS.join('|')})(IfExists)?)$`;

const OPERATOR = new RegExp(CONDITION_OPERATOR_PATTERN);

export function isConditionOperator(name: string): boolean {
  return OPERATOR.test(name);
}

/** Every operator name IAM accepts, for suggesting the one a typo meant. */
export function allConditionOperators(): string[] {
  const qualified = BASE_CONDITION_OPERATORS.flatMap((base) => [base, `${base}IfExists`]);
  const sets = ['ForAnyValue:', 'ForAllValues:'].flatMap((set) =>
    qualified.map((operator) => `${set}${operator}`),
  );
  return ['Null', ...qualified, ...sets];
}
