/**
 * Every action must exist: a misspelled action grants or denies nothing,
 * silently. A wildcard pattern must match at least one real action.
 */
import { closestMatch } from '../../../config/closest-match';
import { actionName, expandAction } from '../action-expansion';
import { IamCatalog } from '../catalog';
import { LintContext, LintFinding, LintRule, lintFinding } from '../lint-rule';
import { StatementView } from '../statements';

function suggestion(catalog: IamCatalog, service: string, name: string): string | undefined {
  const names = catalog.actionsOf(service).map(actionName);
  return closestMatch(`${service}:${name}`, names);
}

function check(context: LintContext, statement: StatementView, text: string): LintFinding[] {
  const expansion = expandAction(context.catalog, text);

  if (expansion.kind === 'unknown-service') {
    return [
      lintFinding(
        'unknown-action',
        context,
        statement,
        `"${text}" names service "${expansion.service}", which IAM does not know`,
        'correct the service prefix, e.g. "s3" or "kms"',
      ),
    ];
  }
  if (expansion.kind !== 'actions' || expansion.actions.length > 0) return [];

  const name = text.slice(expansion.service.length + 1);
  const meant = expansion.isPattern
    ? undefined
    : suggestion(context.catalog, expansion.service, name);
  const problem = expansion.isPattern
    ? `pattern "${text}" matches no action of service ${expansion.service}`
    : `"${text}" is not an action of service ${expansion.service}`;
  const fix =
    meant === undefined
      ? `use an action from the service authorization reference of ${expansion.service}`
      : `write "${meant}"`;
  return [lintFinding('unknown-action', context, statement, problem, fix)];
}

export const unknownAction: LintRule = {
  id: 'unknown-action',
  description: 'An action or service IAM does not know, or a pattern matching no action.',
  check: (context) =>
    context.statements.flatMap((statement) =>
      [...(statement.action ?? []), ...(statement.notAction ?? [])].flatMap((text) =>
        check(context, statement, text),
      ),
    ),
};
