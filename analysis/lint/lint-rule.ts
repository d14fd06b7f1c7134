/**
 * What a lint rule is: an id, a one-line description, and a check that
 * reads one document and returns findings.
 */
import { PolicyFinding, WHOLE_DOCUMENT, findingMessage } from '../grammar/finding';
import { PolicyInput, PolicyTarget } from '../grammar/policy-input';
import { IamCatalog } from './catalog';
import { StatementView } from './statements';

export type LintRuleId =
  | 'unknown-action'
  | 'unknown-condition-operator'
  | 'unsupported-condition-key'
  | 'allow-wildcard-action'
  | 'allow-wildcard-data-resource'
  | 'allow-not-element'
  | 'sid-not-alphanumeric'
  | 'duplicate-sid'
  | 'resource-type-mismatch'
  | 'document-too-large'
  | 'unresolved-reference';

export interface LintFinding extends PolicyFinding {
  readonly rule: LintRuleId;
}

export interface LintOptions {
  /** Where the document is attached: decides size limits and what `*` means. */
  readonly target: PolicyTarget;
  /** From `loadIamCatalog()`. */
  readonly catalog: IamCatalog;
}

/** Everything a rule may read about the document under review. */
export interface LintContext extends LintOptions {
  readonly policy: PolicyInput;
  readonly statements: readonly StatementView[];
}

export interface LintRule {
  readonly id: LintRuleId;
  /** What the rule catches, in one line, for reports and the README of findings. */
  readonly description: string;
  check(context: LintContext): LintFinding[];
}

/** A finding of `rule` about one statement (or the whole document). */
export function lintFinding(
  rule: LintRuleId,
  context: LintContext,
  statement: StatementView | undefined,
  problem: string,
  fix: string,
): LintFinding {
  const document = context.policy.name;
  const label = statement?.label ?? WHOLE_DOCUMENT;
  return {
    rule,
    document,
    statement: label,
    message: findingMessage(document, label, problem, fix),
    fix,
  };
}

/** Statements that grant rather than deny. */
export function isAllow(statement: StatementView): boolean {
  return statement.effect === 'Allow';
}

/** Quotes names for messages: `"s3:GetObject", "s3:PutObject"`. */
export function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
