/**
 * What an Action element stands for: every action (`*`), the catalog
 * actions a name or wildcard pattern matches, or nothing the catalog
 * knows. The rules share this one reading of action names.
 */
import { CatalogAction, IamCatalog } from './catalog';
import { globPattern, hasWildcard } from './glob';

export type ActionExpansion =
  /** `*`: every action of every service. */
  | { readonly kind: 'everything' }
  /** Not `service:action`; the grammar check reports it. */
  | { readonly kind: 'malformed' }
  | { readonly kind: 'unknown-service'; readonly service: string }
  /** The matching actions; empty when the name or pattern matches none. */
  | {
      readonly kind: 'actions';
      readonly service: string;
      readonly isPattern: boolean;
      readonly actions: readonly CatalogAction[];
    };

export function expandAction(catalog: IamCatalog, text: string): ActionExpansion {
  if (text === '*') return { kind: 'everything' };

  const separator = text.indexOf(':');
  if (separator <= 0 || separator === text.length - 1) return { kind: 'malformed' };

  const service = text.slice(0, separator);
  if (!catalog.hasService(service)) return { kind: 'unknown-service', service };

  const pattern = globPattern(text.slice(separator + 1), true);
  const actions = catalog.actionsOf(service).filter((action) => pattern.test(action.name));
  return { kind: 'actions', service, isPattern: hasWildcard(text), actions };
}

/** The catalog actions an element matches; none for `*` or unknown names. */
export function actionsMatched(catalog: IamCatalog, text: string): readonly CatalogAction[] {
  const expansion = expandAction(catalog, text);
  return expansion.kind === 'actions' ? expansion.actions : [];
}

/** `service:Action`, as policies and messages write it. */
export function actionName(action: CatalogAction): string {
  return `${action.service}:${action.name}`;
}
