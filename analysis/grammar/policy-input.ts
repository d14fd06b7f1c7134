/**
 * What the analyzers accept: a named document that may not be valid yet,
 * and where it will be attached. The attachment decides which grammar
 * applies (a trust policy names no resource) and which size limit AWS
 * enforces.
 */
import { PolicyKind } from '../../policies/types';

/** A document to check; a generator's `NamedPolicy` is one. */
export interface PolicyInput {
  /** The name reviewers know the document by, e.g. `app-access`. */
  readonly name: string;
  readonly kind: PolicyKind;
  /** Parsed JSON; the grammar check decides whether it is a policy. */
  readonly document: unknown;
}

/** Where a document is attached in AWS. */
export type PolicyTarget =
  | 'inline-user-policy'
  | 'inline-role-policy'
  | 'managed-policy'
  | 'bucket-policy'
  | 'kms-key-policy'
  | 'trust-policy';

/**
 * The three shapes a statement can take: identity statements name no
 * Principal, resource statements name both a Principal and a Resource,
 * and trust statements name a Principal but no Resource.
 */
export type PolicyGrammar = 'identity' | 'resource' | 'trust';

const GRAMMAR_OF_TARGET: Readonly<Record<PolicyTarget, PolicyGrammar>> = {
  'inline-user-policy': 'identity',
  'inline-role-policy': 'identity',
  'managed-policy': 'identity',
  'bucket-policy': 'resource',
  'kms-key-policy': 'resource',
  'trust-policy': 'trust',
};

/** STS actions a role's trust policy grants; nothing else belongs there. */
const ROLE_ASSUMPTION_ACTION = /^sts:(AssumeRole\w*|TagSession|SetSourceIdentity|SetContext)$/i;

export function grammarOfTarget(target: PolicyTarget): PolicyGrammar {
  return GRAMMAR_OF_TARGET[target];
}

/**
 * The grammar a document must follow. With a target, the target decides
 * and must agree with the document's kind. Without one, a resource
 * policy whose every action assumes a role is read as a trust policy.
 */
export function grammarOf(policy: PolicyInput, target?: PolicyTarget): PolicyGrammar {
  if (target !== undefined) {
    const grammar = grammarOfTarget(target);
    const kind = grammar === 'identity' ? 'identity' : 'resource';
    if (kind !== policy.kind) {
      throw new Error(
        `${policy.name}: a ${target} is a ${kind} policy but the document is ` +
          `declared as kind "${policy.kind}"; pass the target it is attached to`,
      );
    }
    return grammar;
  }

  if (policy.kind === 'identity') return 'identity';
  return assumesRolesOnly(policy.document) ? 'trust' : 'resource';
}

function assumesRolesOnly(document: unknown): boolean {
  const actions = listedActions(document);
  return actions.length > 0 && actions.every((action) => ROLE_ASSUMPTION_ACTION.test(action));
}

function listedActions(document: unknown): string[] {
  if (!isRecord(document)) return [];

  const statements = asList(document.Statement);
  return statements.flatMap((statement) =>
    isRecord(statement) ? asList(statement.Action).filter(isString) : [],
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** IAM accepts one value where it accepts a list; read both as a list. */
export function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
