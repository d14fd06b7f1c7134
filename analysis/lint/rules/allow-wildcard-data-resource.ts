/**
 * An Allow of data access (see `data-access.ts`) on Resource `*` reaches
 * every bucket, key or secret of the account, not only ours. Key
 * policies are exempt: there `*` means the key the policy is attached to.
 */
import { actionsMatched } from '../action-expansion';
import { isDataAccess } from '../data-access';
import { LintContext, LintRule, isAllow, lintFinding, quoted } from '../lint-rule';
import { StatementView } from '../statements';

function dataActions(context: LintContext, statement: StatementView): string[] {
  return (statement.action ?? []).filter(
    (text) => text === '*' || actionsMatched(context.catalog, text).some(isDataAccess),
  );
}

export const allowWildcardDataResource: LintRule = {
  id: 'allow-wildcard-data-resource',
  description: 'An Allow of object, decryption or secret access on Resource "*".',
  check: (context) => {
    if (context.target === 'kms-key-policy') return [];

    return context.statements
      .filter((statement) => isAllow(statement) && (statement.resource ?? []).includes('*'))
      .flatMap((statement) => {
        const actions = dataActions(context, statement);
        if (actions.length === 0) return [];
        return [
          lintFinding(
            'allow-wildcard-data-resource',
            context,
            statement,
            `Allow grants data access (${quoted(actions)}) on every resource ("*")`,
            'name the bucket prefixes, keys or secrets the principal needs, e.g. ' +
              '"arn:aws:s3:::<bucket>/pdf/*"',
          ),
        ];
      });
  },
};
