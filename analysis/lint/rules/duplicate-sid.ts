/**
 * Two statements with one Sid make every reference to it ambiguous, and
 * AWS rejects such a document. The second and later ones are reported.
 */
import { LintRule, lintFinding } from '../lint-rule';

export const duplicateSid: LintRule = {
  id: 'duplicate-sid',
  description: 'A Sid used by more than one statement of a document.',
  check: (context) => {
    const first = new Map<string, number>();

    return context.statements.flatMap((statement) => {
      const { sid, index } = statement;
      if (typeof sid !== 'string') return [];

      const earlier = first.get(sid);
      if (earlier === undefined) {
        first.set(sid, index);
        return [];
      }
      return [
        lintFinding(
          'duplicate-sid',
          context,
          { ...statement, label: `Statement[${index}]` },
          `Sid "${sid}" of Statement[${index}] is already used by Statement[${earlier}]`,
          'give each statement its own Sid',
        ),
      ];
    });
  },
};
