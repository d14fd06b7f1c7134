/**
 * A Terraform reference left in a document means it was not resolved
 * before analysis, so every other rule judged a placeholder. See
 * `references.ts` for how references differ from policy variables.
 */
import { LintRule, lintFinding, quoted } from '../lint-rule';
import { referencesIn, stringsIn } from '../references';

export const unresolvedReference: LintRule = {
  id: 'unresolved-reference',
  description: 'A Terraform reference such as ${aws_kms_key.key.arn} left unresolved.',
  check: (context) => {
    const outside = context.statements.length === 0 ? [context.policy.document] : [];
    const places = [
      ...context.statements.map((statement) => ({ statement, value: statement.raw })),
      ...outside.map((value) => ({ statement: undefined, value })),
    ];

    return places.flatMap(({ statement, value }) => {
      const references = [...new Set(stringsIn(value).flatMap(referencesIn))];
      if (references.length === 0) return [];
      return [
        lintFinding(
          'unresolved-reference',
          context,
          statement,
          `Terraform reference ${quoted(references)} is not resolved`,
          'resolve references with resolveReferences() before analysis, ' +
            'e.g. the key ARN for ${aws_kms_key.certificate_key.arn}',
        ),
      ];
    });
  },
};
