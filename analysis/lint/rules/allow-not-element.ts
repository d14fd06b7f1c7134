/**
 * An Allow with NotAction or NotResource grants everything except a
 * list, including actions and resources that do not exist yet. In a
 * Deny the same elements are a useful guard, so only Allow is flagged.
 */
import { LintRule, isAllow, lintFinding } from '../lint-rule';

export const allowNotElement: LintRule = {
  id: 'allow-not-element',
  description: 'An Allow with NotAction or NotResource.',
  check: (context) =>
    context.statements.filter(isAllow).flatMap((statement) => [
      ...(statement.notAction === undefined
        ? []
        : [
            lintFinding(
              'allow-not-element',
              context,
              statement,
              'Allow with NotAction grants every action except the listed ones',
              'list the granted actions in Action instead',
            ),
          ]),
      ...(statement.notResource === undefined
        ? []
        : [
            lintFinding(
              'allow-not-element',
              context,
              statement,
              'Allow with NotResource grants on every resource except the listed ones',
              'list the granted resources in Resource instead',
            ),
          ]),
    ]),
};
