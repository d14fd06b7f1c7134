/**
 * The policy documents inside a synthesized stack (`cdk.tf.json`), where
 * each sits as a JSON string in a resource argument. Terraform
 * references stay as written: resolve them with `resolveReferences`
 * before analysis.
 */
import { PolicyKind } from '../../policies/types';
import { PolicyInput, PolicyTarget, isRecord } from '../grammar/policy-input';

export interface StackPolicy extends PolicyInput {
  /** Where the stacks attach it. */
  readonly target: PolicyTarget;
}

interface PolicyArgument {
  readonly type: string;
  readonly argument: string;
  readonly kind: PolicyKind;
  readonly target: PolicyTarget;
}

/** The Terraform resource arguments that hold a policy document. */
const POLICY_ARGUMENTS: readonly PolicyArgument[] = [
  { type: 'aws_s3_bucket_policy', argument: 'policy', kind: 'resource', target: 'bucket-policy' },
  { type: 'aws_kms_key', argument: 'policy', kind: 'resource', target: 'kms-key-policy' },
  {
    type: 'aws_iam_role',
    argument: 'assume_role_policy',
    kind: 'resource',
    target: 'trust-policy',
  },
  {
    type: 'aws_iam_role_policy',
    argument: 'policy',
    kind: 'identity',
    target: 'inline-role-policy',
  },
  {
    type: 'aws_iam_user_policy',
    argument: 'policy',
    kind: 'identity',
    target: 'inline-user-policy',
  },
  { type: 'aws_iam_policy', argument: 'policy', kind: 'identity', target: 'managed-policy' },
];

/** A JSON string parsed; anything else (a bare reference) is kept as is. */
function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** Each policy of a stack, named by its Terraform address. */
export function stackPolicies(terraformJson: unknown): StackPolicy[] {
  const resources = isRecord(terraformJson) ? terraformJson.resource : undefined;
  if (!isRecord(resources)) return [];

  return POLICY_ARGUMENTS.flatMap(({ type, argument, kind, target }) => {
    const instances = resources[type];
    if (!isRecord(instances)) return [];

    return Object.entries(instances).flatMap(([name, body]) => {
      const value = isRecord(body) ? body[argument] : undefined;
      if (value === undefined) return [];
      return [{ name: `${type}.${name}`, kind, target, document: parsed(value) }];
    });
  });
}
