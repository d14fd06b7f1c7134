/**
 * A typed model of the IAM policy grammar, narrow enough that a
 * misspelled effect or condition operator fails to compile.
 */

export type Effect = 'Allow' | 'Deny';

/** The condition operators IAM knows, before qualifiers are added. */
export type BaseConditionOperator =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'StringLike'
  | 'StringNotLike'
  | 'NumericEquals'
  | 'NumericNotEquals'
  | 'NumericLessThan'
  | 'NumericLessThanEquals'
  | 'NumericGreaterThan'
  | 'NumericGreaterThanEquals'
  | 'DateEquals'
  | 'DateNotEquals'
  | 'DateLessThan'
  | 'DateLessThanEquals'
  | 'DateGreaterThan'
  | 'DateGreaterThanEquals'
  | 'Bool'
  | 'BinaryEquals'
  | 'IpAddress'
  | 'NotIpAddress'
  | 'ArnEquals'
  | 'ArnNotEquals'
  | 'ArnLike'
  | 'ArnNotLike';

/**
 * A full operator: `Null`, a base operator, its `IfExists` form, or a
 * set operator for multivalued keys.
 */
export type ConditionOperator =
  | 'Null'
  | BaseConditionOperator
  | `${BaseConditionOperator}IfExists`
  | `ForAnyValue:${BaseConditionOperator}`
  | `ForAllValues:${BaseConditionOperator}`;

/** Condition values as IAM accepts them; arrays mean "any of". */
export type ConditionValue = string | boolean | number | readonly string[];

export type Condition = Partial<
  Record<ConditionOperator, Readonly<Record<string, ConditionValue>>>
>;

/** Who a resource policy speaks about: everyone, or named principals. */
export type Principal =
  | '*'
  | {
      readonly AWS?: string | readonly string[];
      readonly Service?: string | readonly string[];
      readonly Federated?: string | readonly string[];
    };

interface StatementBase {
  /** Stable, alphanumeric; reviewers and tests refer to statements by it. */
  readonly Sid: string;
  readonly Effect: Effect;
  readonly Principal?: Principal;
  readonly Condition?: Condition;
}

type ActionPart =
  | { readonly Action: readonly string[]; readonly NotAction?: never }
  | { readonly NotAction: readonly string[]; readonly Action?: never };

/** Trust policies name no resource, so Resource is optional. */
type ResourcePart =
  | { readonly Resource?: readonly string[]; readonly NotResource?: never }
  | { readonly NotResource: readonly string[]; readonly Resource?: never };

export type Statement = StatementBase & ActionPart & ResourcePart;

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly Statement[];
}

/**
 * Identity policies attach to a user or role and name no Principal;
 * resource policies (bucket, key, trust) must name one.
 */
export type PolicyKind = 'identity' | 'resource';

/** A document with the name reviewers know it by. */
export interface NamedPolicy {
  /** File-safe name, e.g. `certificate-bucket` or `app-access`. */
  readonly name: string;
  readonly kind: PolicyKind;
  readonly document: PolicyDocument;
}
