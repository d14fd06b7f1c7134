/**
 * Lint rules in the spirit of IAM Access Analyzer's policy validation,
 * the catalog they consult, and the combined grammar-and-lint analysis.
 * The grammar check is re-exported so that one import serves callers.
 *
 *   const catalog = await loadIamCatalog();
 *   lintPolicy(policy, { target: 'bucket-policy', catalog });
 *   analyzePolicy(policy, { target: 'bucket-policy', catalog });
 */
export { checkGrammar } from '../grammar/check-grammar';
export type { GrammarFinding, GrammarOptions } from '../grammar/check-grammar';
export type { PolicyFinding } from '../grammar/finding';
export type { PolicyInput, PolicyTarget } from '../grammar/policy-input';
export { analyzePolicy } from './analyze-policy';
export type { AnalysisFinding } from './analyze-policy';
export { loadIamCatalog } from './catalog';
export type { CatalogAction, CatalogOptions, IamCatalog } from './catalog';
export { isDataAccess } from './data-access';
export { deployedPolicies } from './deployed-policies';
export type { DeployedPolicy } from './deployed-policies';
export { LINT_RULES, lintPolicy } from './lint-policy';
export type { LintFinding, LintOptions, LintRule, LintRuleId } from './lint-rule';
export { referencesIn, resolveReferences } from './references';
export { MEASURES, SIZE_LIMITS, documentSize } from './size-limits';
export type { SizeLimit } from './size-limits';
export { stackPolicies } from './stack-policies';
export type { StackPolicy } from './stack-policies';
