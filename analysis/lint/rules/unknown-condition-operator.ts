/**
 * A condition operator IAM does not know makes AWS reject the policy;
 * caught here with the operator the typo most likely meant.
 */
import { closestMatch } from '../../../config/closest-match';
import { allConditionOperators, isConditionOperator } from '../../grammar/condition-operators';
import { LintRule, lintFinding } from '../lint-rule';

const OPERATORS = allConditionOperators();

export const unknownConditionOperator: LintRule = {
  id: 'unknown-condition-operator',
  description: 'A condition operator that is not one of IAM\'s.',
  check: (context) =>
    context.statements.flatMap((statement) => {
      const operators = new Set(statement.conditions.map((test) => test.operator));
      return [...operators]
        .filter((operator) => !isConditionOperator(operator))
        .map((operator) => {
          const meant = closestMatch(operator, OPERATORS);
          const fix =
            meant === undefined
              ? 'use an IAM operator such as StringEquals, ArnLike or Bool'
              : `write "${meant}"`;
          return lintFinding(
            'unknown-condition-operator',
            context,
            statement,
            `condition operator "${operator}" is not an IAM operator`,
            fix,
          );
        });
    }),
};
