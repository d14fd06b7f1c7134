/**
 * An Allow of `*` or `service:*` grants every action a service has
 * today and every one it adds later. Name the actions instead. Partial
 * patterns such as `s3:GetBucket*` are allowed: they stay within one
 * kind of operation.
 */
import { LintRule, isAllow, lintFinding } from '../lint-rule';

function isWholeService(action: string): boolean {
  return action === '*' || /^[^:]+:\*$/.test(action);
}

export const allowWildcardAction: LintRule = {
  id: 'allow-wildcard-action',
  description: 'An Allow of every action, or of every action of a service.',
  check: (context) =>
    context.statements.filter(isAllow).flatMap((statement) =>
      (statement.action ?? []).filter(isWholeService).map((action) =>
        lintFinding(
          'allow-wildcard-action',
          context,
          statement,
          action === '*'
            ? 'Allow grants every action of every service ("*")'
            : `Allow grants every action of a service ("${action}")`,
          'list the actions the principal needs',
        ),
      ),
    ),
};
