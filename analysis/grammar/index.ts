/**
 * The IAM policy grammar: a JSON Schema per grammar and the check that
 * reports a document's departures from it.
 */
export { checkGrammar } from './check-grammar';
export type { GrammarFinding, GrammarOptions } from './check-grammar';
export {
  BASE_CONDITION_OPERATORS,
  allConditionOperators,
  isConditionOperator,
} from './condition-operators';
export { WHOLE_DOCUMENT } from './finding';
export type { PolicyFinding } from './finding';
export type { GrammarRuleId } from './on-failure';
export { grammarOf, grammarOfTarget } from './policy-input';
export type { PolicyGrammar, PolicyInput, PolicyTarget } from './policy-input';
export { POLICY_VERSION, policySchema } from './policy-schema';
