/**
 * The schema of one statement under each grammar. What differs is only
 * which of Principal and Resource must, may or must not appear; the
 * elements themselves are shaped the same everywhere.
 */
import { SchemaObject } from 'ajv';
import { actionList, condition, principal, resourceList } from './element-schemas';
import { GrammarRuleId, explained } from './on-failure';
import { PolicyGrammar } from './policy-input';

const STATEMENT_ELEMENTS =
  'Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition';

/**
 * Exactly one of `element` and `Not<element>`, e.g. Action or NotAction.
 * The object type in `if` and `not` keeps a statement that is not an
 * object from also being reported as having both.
 */
function exactlyOne(element: string, rulePrefix: 'action' | 'resource' | 'principal') {
  const negated = `Not${element}`;
  const required: GrammarRuleId = `${rulePrefix}-required`;
  const exclusive: GrammarRuleId = `${rulePrefix}-exclusive`;

  return {
    if: { type: 'object', required: [element] },
    then: explained(
      { not: { type: 'object', required: [negated] } },
      {
        not: {
          rule: exclusive,
          problem: `has both ${element} and ${negated}`,
          fix: `keep ${element} or ${negated}, not both`,
        },
      },
    ),
    else: explained(
      { required: [negated] },
      {
        required: {
          rule: required,
          problem: `has neither ${element} nor ${negated}`,
          fix: `add ${element} (or ${negated})`,
        },
      },
    ),
  };
}

/** An element that must not appear in this grammar. */
function forbidden(rule: GrammarRuleId, problem: string, fix: string): SchemaObject {
  return explained({ not: {} }, { not: { rule, problem, fix } });
}

function principalElements(grammar: PolicyGrammar): Record<string, SchemaObject> {
  if (grammar !== 'identity') return { Principal: principal(), NotPrincipal: principal() };

  const fix =
    'remove it; an identity policy applies to the user or role it is attached to';
  const problem = 'is not allowed in an identity policy';
  return {
    Principal: forbidden('principal-forbidden', problem, fix),
    NotPrincipal: forbidden('principal-forbidden', problem, fix),
  };
}

function resourceElements(grammar: PolicyGrammar): Record<string, SchemaObject> {
  if (grammar !== 'trust') return { Resource: resourceList(), NotResource: resourceList() };

  const fix = 'remove it; a trust policy is about the role it is attached to';
  const problem = 'is not allowed in a trust policy';
  return {
    Resource: forbidden('resource-forbidden', problem, fix),
    NotResource: forbidden('resource-forbidden', problem, fix),
  };
}

/** Which of the either-or pairs each grammar requires. */
function requiredChoices(grammar: PolicyGrammar): SchemaObject[] {
  const action = exactlyOne('Action', 'action');
  const resource = exactlyOne('Resource', 'resource');
  const principalChoice = exactlyOne('Principal', 'principal');

  switch (grammar) {
    case 'identity':
      return [action, resource];
    case 'resource':
      return [action, resource, principalChoice];
    case 'trust':
      return [action, principalChoice];
  }
}

export function statementSchema(grammar: PolicyGrammar): SchemaObject {
  const sid = explained(
    { type: 'string', pattern: '^[A-Za-z0-9]+$' },
    {
      type: { rule: 'sid-format', problem: 'is not a string', fix: 'write the Sid as text' },
      pattern: {
        rule: 'sid-format',
        problem: 'is {value}, which is not alphanumeric',
        fix: 'use letters and digits only, e.g. "AllowCertificateReads"',
      },
    },
  );
  const effect = explained(
    { enum: ['Allow', 'Deny'] },
    {
      enum: {
        rule: 'effect',
        problem: 'is {value}, neither "Allow" nor "Deny"',
        fix: 'set Effect to "Allow" or "Deny"',
      },
    },
  );

  return explained(
    {
      type: 'object',
      required: ['Effect'],
      additionalProperties: false,
      properties: {
        Sid: sid,
        Effect: effect,
        ...principalElements(grammar),
        Action: actionList(),
        NotAction: actionList(),
        ...resourceElements(grammar),
        Condition: condition(),
      },
      allOf: requiredChoices(grammar),
    },
    {
      type: {
        rule: 'statement-shape',
        problem: 'is not a JSON object',
        fix: 'write each statement as an object',
      },
      required: {
        rule: 'effect',
        problem: 'has no Effect',
        fix: 'add "Effect": "Allow" or "Effect": "Deny"',
      },
      additionalProperties: {
        rule: 'unknown-element',
        problem: 'is not a statement element',
        fix: `remove it or correct its spelling; a statement holds ${STATEMENT_ELEMENTS}`,
      },
    },
  );
}
