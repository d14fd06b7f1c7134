/**
 * Sids are how reviewers, tests and AWS error messages refer to a
 * statement; IAM accepts letters and digits only in identity policies,
 * and this project uses the same rule everywhere.
 */
import { LintRule, lintFinding } from '../lint-rule';

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

export const sidNotAlphanumeric: LintRule = {
  id: 'sid-not-alphanumeric',
  description: 'A Sid with characters other than letters and digits.',
  check: (context) =>
    context.statements
      .filter(({ sid }) => typeof sid === 'string' && !ALPHANUMERIC.test(sid))
      .map((statement) =>
        lintFinding(
          'sid-not-alphanumeric',
          context,
          statement,
          `Sid "${String(statement.sid)}" has characters other than letters and digits`,
          `rename it to "${String(statement.sid).replace(/[^A-Za-z0-9]/g, '')}" ` +
            'or another letters-and-digits name',
        ),
      ),
};
