/**
 * Each action acts on certain resource types, whose ARNs follow a format
 * (`s3:GetObject` acts on objects, `arn:...:s3:::bucket/key`). An action
 * none of whose types the Resource names grants or denies nothing: the
 * classic case is a bucket ARN given to an object action. Actions
 * without resource types accept only `*`.
 *
 * One finding per action that no Resource fits; when every action fits
 * some Resource, one finding per Resource no action acts on (dead
 * weight that hides the real scope from reviewers).
 */
import { expandAction } from '../action-expansion';
import { CatalogAction, CatalogResourceType } from '../catalog';
import { resourceMatchesFormat } from '../arn-match';
import { LintContext, LintFinding, LintRule, lintFinding } from '../lint-rule';
import { StatementView } from '../statements';

/** An Action element with the actions it stands for; undefined for `*`. */
interface ActionElement {
  readonly text: string;
  readonly actions: readonly CatalogAction[] | undefined;
}

function actsOn(action: CatalogAction, resource: string): boolean {
  if (resource === '*') return true;
  return action.resourceTypes.some((type) => resourceMatchesFormat(resource, type.arnFormat));
}

function elementActsOn(element: ActionElement, resource: string): boolean {
  return element.actions === undefined || element.actions.some((a) => actsOn(a, resource));
}

/** The statement's known actions; unknown ones are another rule's concern. */
function actionElements(context: LintContext, texts: readonly string[]): ActionElement[] {
  return texts.flatMap((text): ActionElement[] => {
    const expansion = expandAction(context.catalog, text);
    if (expansion.kind === 'everything') return [{ text, actions: undefined }];
    if (expansion.kind !== 'actions' || expansion.actions.length === 0) return [];
    return [{ text, actions: expansion.actions }];
  });
}

/** The action's resource types, plainest ARN first (`object` before access points). */
function typesOf(actions: readonly CatalogAction[]): CatalogResourceType[] {
  const byFormat = new Map<string, CatalogResourceType>();
  for (const type of actions.flatMap((action) => action.resourceTypes)) {
    byFormat.set(type.arnFormat, type);
  }
  return [...byFormat.values()].sort((a, b) => a.arnFormat.length - b.arnFormat.length);
}

function typeNames(types: readonly CatalogResourceType[]): string {
  const names = [...new Set(types.map((type) => type.name))];
  const shown = names.slice(0, 4).join(', ');
  return names.length > 4 ? `${shown} and ${names.length - 4} more` : shown;
}

function unmatchedAction(
  context: LintContext,
  statement: StatementView,
  element: ActionElement,
  resources: readonly string[],
): LintFinding {
  const types = typesOf(element.actions ?? []);
  const named = resources.map((resource) => `"${resource}"`).join(', ');

  if (types.length === 0) {
    return lintFinding(
      'resource-type-mismatch',
      context,
      statement,
      `"${element.text}" supports only Resource "*", not ${named}`,
      `move "${element.text}" to a statement with Resource "*"`,
    );
  }
  return lintFinding(
    'resource-type-mismatch',
    context,
    statement,
    `"${element.text}" acts on none of the resources ${named}; ` +
      `it acts on ${typeNames(types)}`,
    `name a resource of those types, e.g. ${types[0].arnFormat}, ` +
      `or move "${element.text}" to a statement that does`,
  );
}

function check(context: LintContext, statement: StatementView): LintFinding[] {
  const { resource: resources, action } = statement;
  // Missing or empty elements break the grammar, which reports them.
  if (resources === undefined || action === undefined || resources.length === 0) return [];
  if (statement.notAction !== undefined || statement.notResource !== undefined) return [];

  const elements = actionElements(context, action);
  if (elements.length === 0) return [];

  const unmatched = elements.filter(
    (element) => !resources.some((resource) => elementActsOn(element, resource)),
  );
  if (unmatched.length > 0) {
    return unmatched.map((element) => unmatchedAction(context, statement, element, resources));
  }

  return resources
    .filter((resource) => !elements.some((element) => elementActsOn(element, resource)))
    .map((resource) =>
      lintFinding(
        'resource-type-mismatch',
        context,
        statement,
        `no action of the statement acts on resource "${resource}"`,
        'remove the resource, or add the action meant for it',
      ),
    );
}

export const resourceTypeMismatch: LintRule = {
  id: 'resource-type-mismatch',
  description: 'A Resource that does not fit the resource types of the statement\'s actions.',
  check: (context) => context.statements.flatMap((statement) => check(context, statement)),
};
