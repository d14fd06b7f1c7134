/**
 * Generates every mutant of one document. Each operator weakens a
 * statement the way a careless edit would: an Allow grants more (wider
 * resource, more actions, anyone as principal, a condition gone), a Deny
 * refuses less (gone, turned into an Allow, one resource or action
 * fewer). Dropping an Allow, or a Deny's condition, tightens instead;
 * those stay because the scenarios expect exact decisions, so that a
 * tightening must show as well.
 */
import { DocumentName } from '../evaluation/document-names';
import { Condition, PolicyDocument, Statement } from '../../policies/types';
import { Mutant, MutationOperator, mutantId } from './mutant';

/** One statement changed (or removed, when `statement` is undefined). */
interface Change {
  readonly operator: MutationOperator;
  readonly detail?: string;
  readonly statement?: Statement;
}

function withoutConditionKey(statement: Statement, operator: string, key: string): Statement {
  const kept: Record<string, Record<string, unknown>> = {};
  for (const [name, keys] of Object.entries(statement.Condition ?? {})) {
    const rest = Object.entries(keys ?? {}).filter(([one]) => name !== operator || one !== key);
    if (rest.length > 0) kept[name] = Object.fromEntries(rest);
  }

  const { Condition: _removed, ...unconditioned } = statement;
  if (Object.keys(kept).length === 0) return unconditioned;
  return { ...unconditioned, Condition: kept as Condition };
}

function withActions(statement: Statement, actions: readonly string[]): Statement {
  const { Action: _replaced, NotAction: _absent, ...rest } = statement;
  return { ...rest, Action: actions };
}

function withResources(statement: Statement, resources: readonly string[]): Statement {
  const { Resource: _replaced, NotResource: _absent, ...rest } = statement;
  return { ...rest, Resource: resources };
}

function conditionChanges(statement: Statement): Change[] {
  return Object.entries(statement.Condition ?? {}).flatMap(([operator, keys]) =>
    Object.keys(keys ?? {}).map((key) => ({
      operator: 'drop-condition' as const,
      detail: `${operator} ${key}`,
      statement: withoutConditionKey(statement, operator, key),
    })),
  );
}

/** The service prefixes a statement's actions belong to, e.g. `s3`. */
function servicesOf(actions: readonly string[]): string[] {
  return [...new Set(actions.filter((action) => action !== '*').map((a) => a.split(':')[0]))];
}

function allowChanges(statement: Statement, resourcePolicy: boolean): Change[] {
  const changes: Change[] = [];
  const { Action: actions, Resource: resources } = statement;

  if (resources !== undefined && !(resources.length === 1 && resources[0] === '*')) {
    changes.push({ operator: 'widen-resource', statement: withResources(statement, ['*']) });
  }
  for (const service of servicesOf(actions ?? [])) {
    const everything = `${service}:*`;
    if (actions?.includes(everything)) continue;
    changes.push({
      operator: 'add-action',
      detail: everything,
      statement: withActions(statement, [...(actions ?? []), everything]),
    });
  }
  if (resourcePolicy && statement.Principal !== undefined && statement.Principal !== '*') {
    changes.push({ operator: 'drop-principal', statement: { ...statement, Principal: '*' } });
  }
  return changes;
}

function denyChanges(statement: Statement): Change[] {
  const flipped: Statement = { ...statement, Effect: 'Allow' };
  const changes: Change[] = [{ operator: 'flip-effect', statement: flipped }];
  const { Action: actions = [], Resource: resources = [] } = statement;

  for (const resource of resources.length > 1 ? resources : []) {
    const fewer = resources.filter((one) => one !== resource);
    changes.push({
      operator: 'drop-resource',
      detail: resource,
      statement: withResources(statement, fewer),
    });
  }
  for (const action of actions.length > 1 ? actions : []) {
    const fewer = actions.filter((one) => one !== action);
    const narrower = withActions(statement, fewer);
    changes.push({ operator: 'drop-action', detail: action, statement: narrower });
  }
  return changes;
}

function statementChanges(statement: Statement, resourcePolicy: boolean): Change[] {
  return [
    { operator: 'drop-statement' },
    ...conditionChanges(statement),
    ...(statement.Effect === 'Allow'
      ? allowChanges(statement, resourcePolicy)
      : denyChanges(statement)),
  ];
}

/** Every mutant of one document, in statement order. */
export function mutantsOf(
  name: DocumentName,
  document: PolicyDocument,
  resourcePolicy: boolean,
): Mutant[] {
  return document.Statement.flatMap((statement, index) => {
    const sid = statement.Sid || `Statement${index}`;
    return statementChanges(statement, resourcePolicy).map((change) => {
      const statements = document.Statement.flatMap((one, at) => {
        if (at !== index) return [one];
        return change.statement === undefined ? [] : [change.statement];
      });
      return {
        id: mutantId(name, sid, change.operator, change.detail),
        document: name,
        sid,
        operator: change.operator,
        before: statement,
        ...(change.statement === undefined ? {} : { after: change.statement }),
        mutated: { ...document, Statement: statements },
      };
    });
  });
}
