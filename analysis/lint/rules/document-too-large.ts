/**
 * AWS rejects a document over its size limit at apply time, after plan
 * looked fine. Caught here, with the limit of where it is attached.
 */
import { LintRule, lintFinding } from '../lint-rule';
import { MEASURES, SIZE_LIMITS, documentSize } from '../size-limits';

export const documentTooLarge: LintRule = {
  id: 'document-too-large',
  description: 'A document larger than AWS accepts where it is attached.',
  check: (context) => {
    const { limit, unit, description } = SIZE_LIMITS[context.target];
    const size = documentSize(context.policy.document, context.target);
    if (size <= limit) return [];

    return [
      lintFinding(
        'document-too-large',
        context,
        undefined,
        `the document is ${size} ${unit} (${MEASURES[unit]}); ` +
          `AWS accepts at most ${limit} in ${description}`,
        'split it into several documents, or merge statements that share actions ' +
          'and resources',
      ),
    ];
  },
};
