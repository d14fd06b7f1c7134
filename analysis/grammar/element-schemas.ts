/**
 * Schemas of the values inside a statement: actions, resources,
 * principals and conditions. IAM accepts a single string wherever it
 * accepts a list, so each list element is "one or a non-empty list".
 */
import { SchemaObject } from 'ajv';
import { CONDITION_OPERATOR_PATTERN } from './condition-operators';
import { GrammarRuleId, explained } from './on-failure';

/** `service:Action`, wildcards allowed in the action part, or `*`. */
const ACTION_PATTERN = '^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+)$';

/** `*` or `arn:partition:service:region:account:resource`. */
const RESOURCE_PATTERN = '^(\\*|arn:[^:]+:[^:]+:[^:]*:[^:]*:.+)$';

/** Everyone, an account id, or an IAM or STS principal ARN. */
const AWS_PRINCIPAL_PATTERN = '^(\\*|[0-9]{12}|arn:[^:]+:(iam|sts)::[0-9]{12}:.+)$';

const SERVICE_PRINCIPAL_PATTERN = '^[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?$';

/** `prefix:name`, as in `aws:SecureTransport` or `s3:prefix`. */
const CONDITION_KEY_PATTERN = '^[A-Za-z0-9.-]+:\\S+$';

function text(rule: GrammarRuleId, pattern: string, shape: string, fix: string): SchemaObject {
  return explained(
    { type: 'string', pattern },
    {
      type: { rule, problem: 'is not a string', fix },
      pattern: { rule, problem: `is {value}, which is not ${shape}`, fix },
    },
  );
}

/** One value, or a non-empty list of them. */
function oneOrMany(item: SchemaObject, rule: GrammarRuleId, fix: string): SchemaObject {
  return {
    if: { type: 'array' },
    then: explained(
      { minItems: 1, items: item },
      { minItems: { rule, problem: 'is an empty list', fix } },
    ),
    else: item,
  };
}

export function actionList(): SchemaObject {
  const fix = 'write each action as "service:Action", e.g. "s3:GetObject"';
  const action = text('action-format', ACTION_PATTERN, '"service:Action"', fix);
  return oneOrMany(action, 'action-format', fix);
}

export function resourceList(): SchemaObject {
  const fix = 'write a full ARN or "*", with Terraform references resolved first';
  const resource = text('resource-format', RESOURCE_PATTERN, 'an ARN or "*"', fix);
  return oneOrMany(resource, 'resource-format', fix);
}

function principalValues(pattern: string, shape: string, fix: string): SchemaObject {
  return oneOrMany(text('principal-format', pattern, shape, fix), 'principal-format', fix);
}

export function principal(): SchemaObject {
  const fix = 'write "*" or an object of AWS, Service, Federated or CanonicalUser principals';
  const anyName = '^\\S+$';

  return {
    if: { type: 'string' },
    then: explained(
      { const: '*' },
      { const: { rule: 'principal-format', problem: 'is {value}, not "*"', fix } },
    ),
    else: explained(
      {
        type: 'object',
        minProperties: 1,
        additionalProperties: false,
        properties: {
          AWS: principalValues(
            AWS_PRINCIPAL_PATTERN,
            'an account id or an IAM principal ARN',
            'name an account id, an IAM or STS ARN, or "*"',
          ),
          Service: principalValues(
            SERVICE_PRINCIPAL_PATTERN,
            'a service principal',
            'name a service as "<service>.amazonaws.com"',
          ),
          Federated: principalValues(anyName, 'an identity provider', fix),
          CanonicalUser: principalValues(anyName, 'a canonical user id', fix),
        },
      },
      {
        type: { rule: 'principal-format', problem: 'is neither "*" nor an object', fix },
        minProperties: { rule: 'principal-format', problem: 'names no principal', fix },
        additionalProperties: {
          rule: 'unknown-element',
          problem: 'is not a kind of principal',
          fix: 'use AWS, Service, Federated or CanonicalUser',
        },
      },
    ),
  };
}

function conditionValues(): SchemaObject {
  const fix = 'give a string, number, boolean or a non-empty list of them';
  const scalar = explained(
    { type: ['string', 'number', 'boolean'] },
    { type: { rule: 'condition-value', problem: 'is not a string, number or boolean', fix } },
  );
  return oneOrMany(scalar, 'condition-value', fix);
}

/** `{ Operator: { key: value or values } }`, at least one of each. */
export function condition(): SchemaObject {
  const keys = explained(
    {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: CONDITION_KEY_PATTERN },
      additionalProperties: conditionValues(),
    },
    {
      type: {
        rule: 'condition-format',
        problem: 'is not an object of condition keys',
        fix: 'map each condition key to its value, e.g. { "aws:SecureTransport": "false" }',
      },
      minProperties: {
        rule: 'condition-format',
        problem: 'tests no condition key',
        fix: 'add a condition key or remove the operator',
      },
      propertyNames: {
        rule: 'condition-key',
        problem: 'is not a condition key',
        fix: 'write keys as "prefix:name", e.g. "aws:SecureTransport"',
      },
    },
  );

  return explained(
    {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: CONDITION_OPERATOR_PATTERN },
      additionalProperties: keys,
    },
    {
      type: {
        rule: 'condition-format',
        problem: 'is not an object of condition operators',
        fix: 'write Condition as { "Operator": { "key": "value" } }',
      },
      minProperties: {
        rule: 'condition-format',
        problem: 'is empty',
        fix: 'add a condition or remove the Condition element',
      },
      propertyNames: {
        rule: 'condition-operator',
        problem: 'is not an IAM condition operator',
        fix:
          'use an IAM operator such as StringEquals or Bool, optionally with IfExists ' +
          'or a ForAnyValue:/ForAllValues: qualifier',
      },
    },
  );
}
