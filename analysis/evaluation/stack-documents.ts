/**
 * Names the policy documents of a synthesized stack (`cdk.tf.json`) the
 * way the analysis refers to them. A policy this file cannot name makes
 * the read fail: a new policy must be named before it could slip past
 * the evaluation, the snapshots and the mutation run.
 */
import { PolicyTarget } from '../grammar/policy-input';
import { stackPolicies } from '../lint';
import { PolicyKind } from '../../policies/types';
import {
  DocumentName,
  accessDocument,
  roleFromTerraformId,
  trustDocument,
} from './document-names';

/** One policy as the stack holds it, Terraform references unresolved. */
export interface StackDocument {
  readonly name: DocumentName;
  readonly kind: PolicyKind;
  /** Where AWS attaches it, for the grammar and lint checks. */
  readonly target: PolicyTarget;
  /** Terraform address of the resource, e.g. `aws_iam_role.app_role`. */
  readonly address: string;
  /** Parsed JSON, not yet checked to be a policy. */
  readonly document: unknown;
}

const FIXED_NAMES: Readonly<Record<string, DocumentName>> = {
  'aws_s3_bucket_policy.certificate_bucket_policy': 'certificate-bucket',
  'aws_s3_bucket_policy.log_bucket_policy': 'log-bucket',
  'aws_kms_key.certificate_key': 'kms-key',
};

/** Principals' policies live on `<role>_policy` and `<role>_role` resources. */
function principalDocument(address: string): DocumentName | undefined {
  const match = /^(aws_iam_\w+)\.(\w+)_(policy|role)$/.exec(address);
  if (match === null) return undefined;

  const [, type, id, suffix] = match;
  const role = roleFromTerraformId(id);
  if (role === undefined) return undefined;
  if (type === 'aws_iam_role' && suffix === 'role') return trustDocument(role);
  const inline = type === 'aws_iam_role_policy' || type === 'aws_iam_user_policy';
  return inline && suffix === 'policy' ? accessDocument(role) : undefined;
}

/** Every policy document of the stack, in code-point order of name. */
export function stackDocuments(stack: unknown, where: string): StackDocument[] {
  const documents: StackDocument[] = [];
  const unnamed: string[] = [];

  for (const { name: address, kind, target, document } of stackPolicies(stack)) {
    const name = FIXED_NAMES[address] ?? principalDocument(address);
    if (name === undefined) unnamed.push(address);
    else documents.push({ name, kind, target, address, document });
  }

  if (unnamed.length > 0) {
    throw new Error(
      `${where}: policies the analysis cannot name: ${unnamed.join(', ')}; ` +
        'name them in analysis/evaluation/stack-documents.ts',
    );
  }
  if (documents.length === 0) {
    throw new Error(`${where}: no policy found; is this a synthesized cdk.tf.json?`);
  }
  return documents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
