/**
 * Runs every lint rule over one document, in the order of LINT_RULES.
 */
import { PolicyInput } from '../grammar/policy-input';
import { LintFinding, LintOptions, LintRule } from './lint-rule';
import { allowNotElement } from './rules/allow-not-element';
import { allowWildcardAction } from './rules/allow-wildcard-action';
import { allowWildcardDataResource } from './rules/allow-wildcard-data-resource';
import { documentTooLarge } from './rules/document-too-large';
import { duplicateSid } from './rules/duplicate-sid';
import { resourceTypeMismatch } from './rules/resource-type-mismatch';
import { sidNotAlphanumeric } from './rules/sid-not-alphanumeric';
import { unknownAction } from './rules/unknown-action';
import { unknownConditionOperator } from './rules/unknown-condition-operator';
import { unresolvedReference } from './rules/unresolved-reference';
import { unsupportedConditionKey } from './rules/unsupported-condition-key';
import { statementsOf } from './statements';

export const LINT_RULES: readonly LintRule[] = [
  unresolvedReference,
  unknownAction,
  unknownConditionOperator,
  unsupportedConditionKey,
  allowWildcardAction,
  allowWildcardDataResource,
  allowNotElement,
  sidNotAlphanumeric,
  duplicateSid,
  resourceTypeMismatch,
  documentTooLarge,
];

export function lintPolicy(policy: PolicyInput, options: LintOptions): LintFinding[] {
  const context = { ...options, policy, statements: statementsOf(policy.document) };
  return LINT_RULES.flatMap((rule) => rule.check(context));
}
