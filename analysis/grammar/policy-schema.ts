/**
 * The IAM policy grammar as JSON Schema (draft 2020-12), one schema per
 * grammar. Each constraint carries its own explanation (see
 * `on-failure.ts`), so a failure becomes a finding with a fix.
 */
import { SchemaObject } from 'ajv';
import { explained } from './on-failure';
import { PolicyGrammar } from './policy-input';
import { statementSchema } from './statement-schema';

/** The only policy language version AWS still recommends. */
export const POLICY_VERSION = '2012-10-17';

function statementList(grammar: PolicyGrammar): SchemaObject {
  const statement = statementSchema(grammar);
  return {
    if: { type: 'array' },
    then: explained(
      { minItems: 1, items: statement },
      {
        minItems: {
          rule: 'statement-list',
          problem: 'is an empty list',
          fix: 'add at least one statement',
        },
      },
    ),
    else: statement,
  };
}

export function policySchema(grammar: PolicyGrammar): SchemaObject {
  const version = explained(
    { const: POLICY_VERSION },
    {
      const: {
        rule: 'version',
        problem: `is {value}, not "${POLICY_VERSION}"`,
        fix: `set Version to "${POLICY_VERSION}"`,
      },
    },
  );
  const id = explained(
    { type: 'string' },
    { type: { rule: 'document-shape', problem: 'is not a string', fix: 'write Id as text' } },
  );

  return explained(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `https://deltacrown.example/schemas/iam-policy-${grammar}.json`,
      title: `IAM ${grammar} policy`,
      type: 'object',
      required: ['Version', 'Statement'],
      additionalProperties: false,
      properties: { Version: version, Id: id, Statement: statementList(grammar) },
    },
    {
      type: {
        rule: 'document-shape',
        problem: 'is not a JSON object',
        fix: 'pass the parsed policy object',
      },
      required: {
        rule: 'document-shape',
        problem: 'has no {missing}',
        fix: `give the document "Version": "${POLICY_VERSION}" and a Statement list`,
      },
      additionalProperties: {
        rule: 'unknown-element',
        problem: 'is not a policy element',
        fix: 'remove it or correct its spelling; a policy holds Version, Id and Statement',
      },
    },
  );
}
