/**
 * Grammar and lint together: what a reviewer wants to know about one
 * document. Lint runs even when the grammar fails, so one pass shows
 * every problem.
 */
import { GrammarFinding, checkGrammar } from '../grammar/check-grammar';
import { PolicyInput } from '../grammar/policy-input';
import { LintFinding, LintOptions } from './lint-rule';
import { lintPolicy } from './lint-policy';

export type AnalysisFinding = GrammarFinding | LintFinding;

export function analyzePolicy(policy: PolicyInput, options: LintOptions): AnalysisFinding[] {
  return [...checkGrammar(policy, { target: options.target }), ...lintPolicy(policy, options)];
}
