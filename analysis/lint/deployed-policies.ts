/**
 * Every document an environment deploys, with where the stacks attach
 * it: the staging app's policy is an inline user policy, the other
 * identity policies are inline role policies, and resource policies go
 * on a bucket, the KMS key or a role's trust.
 */
import { PolicyContext } from '../../policies/context';
import { accessPolicy, policyDocuments } from '../../policies/documents';
import { appIsUser } from '../../policies/principals';
import { NamedPolicy } from '../../policies/types';
import { PolicyTarget, grammarOf } from '../grammar/policy-input';

export interface DeployedPolicy {
  readonly policy: NamedPolicy;
  readonly target: PolicyTarget;
}

/** The services a resource policy's statements name. */
function servicesOf(policy: NamedPolicy): Set<string> {
  const actions = policy.document.Statement.flatMap((statement) => [
    ...(statement.Action ?? []),
    ...(statement.NotAction ?? []),
  ]);
  return new Set(actions.map((action) => action.split(':')[0]));
}

function resourceTarget(policy: NamedPolicy): PolicyTarget {
  if (grammarOf(policy) === 'trust') return 'trust-policy';

  const services = [...servicesOf(policy)];
  if (services.length === 1 && services[0] === 's3') return 'bucket-policy';
  if (services.length === 1 && services[0] === 'kms') return 'kms-key-policy';
  throw new Error(
    `${policy.name}: cannot tell where this resource policy is attached ` +
      `(it names ${services.join(', ')}); add its target to deployedPolicies`,
  );
}

export function deployedPolicies(context: PolicyContext): DeployedPolicy[] {
  const appPolicyName = accessPolicy(context, 'app').name;
  const appUser = appIsUser(context.config);

  return policyDocuments(context).map((policy) => {
    if (policy.kind === 'resource') return { policy, target: resourceTarget(policy) };

    const onUser = appUser && policy.name === appPolicyName;
    return { policy, target: onUser ? 'inline-user-policy' : 'inline-role-policy' };
  });
}
