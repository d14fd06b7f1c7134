/**
 * Whether a statement could take part in deciding a request at all, by
 * its actions and resources alone. A mutant changes one statement; a
 * request that neither the old nor the new statement reaches gets the
 * same decision as before, so the mutation run need not evaluate it.
 * Principal and conditions are ignored on purpose: the answer may only
 * err towards "could apply".
 */
import { globPattern } from '../lint/glob';
import { Statement } from '../../policies/types';

function anyMatches(patterns: readonly string[], value: string, ignoreCase: boolean): boolean {
  return patterns.some((pattern) => globPattern(pattern, ignoreCase).test(value));
}

export function mightApply(
  statement: Statement | undefined,
  action: string,
  resourceArn: string,
): boolean {
  if (statement === undefined) return false;

  // NotAction and NotResource reach almost everything; assume they do.
  const actionReached =
    statement.Action === undefined || anyMatches(statement.Action, action, true);
  const resourceReached =
    statement.Resource === undefined || anyMatches(statement.Resource, resourceArn, false);
  return actionReached && resourceReached;
}
