/**
 * A condition key the action never receives makes the condition
 * meaningless: an Allow never applies, a Deny with a negated operator
 * always does. Global keys work with every action. A named action must
 * support the key itself; a wildcard pattern needs one matching action
 * that does. Statements with NotAction are skipped: they cover too many
 * actions for the check to mean anything.
 */
import { expandAction } from '../action-expansion';
import { LintContext, LintFinding, LintRule, lintFinding, quoted } from '../lint-rule';
import { StatementView } from '../statements';

/** The action elements that do not support `key`. */
function actionsWithoutKey(context: LintContext, actions: readonly string[], key: string) {
  return actions.filter((text) => {
    const expansion = expandAction(context.catalog, text);
    // Unknown actions are reported by their own rule; `*` supports every key.
    if (expansion.kind !== 'actions' || expansion.actions.length === 0) return false;
    return !expansion.actions.some((action) => action.supportsConditionKey(key));
  });
}

function check(context: LintContext, statement: StatementView): LintFinding[] {
  const actions = statement.action;
  if (actions === undefined || statement.notAction !== undefined) return [];

  const keys = new Set(statement.conditions.map((test) => test.key));
  return [...keys]
    .filter((key) => !context.catalog.isGlobalConditionKey(key))
    .flatMap((key) => {
      const unsupported = actionsWithoutKey(context, actions, key);
      if (unsupported.length === 0) return [];
      return [
        lintFinding(
          'unsupported-condition-key',
          context,
          statement,
          `condition key "${key}" is not supported by ${quoted(unsupported)}`,
          `test a key that ${quoted(unsupported)} supports or a global aws: key, ` +
            'or move the condition to a statement of the actions that support it',
        ),
      ];
    });
}

export const unsupportedConditionKey: LintRule = {
  id: 'unsupported-condition-key',
  description: 'A condition key an action of the statement does not support.',
  check: (context) => context.statements.flatMap((statement) => check(context, statement)),
};
