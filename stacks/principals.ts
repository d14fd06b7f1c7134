/**
 * The IAM principals of the least-privilege table, each with exactly one
 * inline policy from the generators. No access key is created here: keys
 * are made by the rotation command, so no secret reaches Terraform state.
 */
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamUser } from '@cdktf/provider-aws/lib/iam-user';
import { IamUserPolicy } from '@cdktf/provider-aws/lib/iam-user-policy';
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { PolicyContext } from '../policies/context';
import { accessPolicy, principalRoles } from '../policies/documents';
import { PrincipalRole, appIsUser, principalName } from '../policies/principals';
import { renderPolicy } from '../policies/render';
import { trustPolicy } from '../policies/trust-policies';

/** Inline policy name, the same on every principal. */
const POLICY_NAME = 'certificate-access';

/** Terraform names use underscores: `ci-deployer` becomes `ci_deployer`. */
function resourceId(role: PrincipalRole, suffix: string): string {
  return `${role.replace(/-/g, '_')}_${suffix}`;
}

function addUser(scope: Construct, context: PolicyContext, role: PrincipalRole) {
  const user = new IamUser(scope, resourceId(role, 'user'), {
    name: principalName(context.config, role),
  });
  new IamUserPolicy(scope, resourceId(role, 'policy'), {
    user: user.name,
    name: POLICY_NAME,
    policy: renderPolicy(accessPolicy(context, role).document),
  });
  return user;
}

function addRole(scope: Construct, context: PolicyContext, role: PrincipalRole) {
  const { config } = context;
  const iamRole = new IamRole(scope, resourceId(role, 'role'), {
    name: principalName(config, role),
    assumeRolePolicy: renderPolicy(trustPolicy(config, role).document),
  });
  new IamRolePolicy(scope, resourceId(role, 'policy'), {
    role: iamRole.name,
    name: POLICY_NAME,
    policy: renderPolicy(accessPolicy(context, role).document),
  });
  return iamRole;
}

/** Creates every principal; returns them so the KMS key policy can wait for them. */
export function addPrincipals(scope: Construct, context: PolicyContext): TerraformResource[] {
  const { config } = context;

  return principalRoles(context).map((role) => {
    if (role === 'app' && appIsUser(config)) return addUser(scope, context, role);

    const iamRole = addRole(scope, context, role);
    if (role === 'app') {
      new IamInstanceProfile(scope, 'app_instance_profile', {
        name: principalName(config, role),
        role: iamRole.name,
      });
    }
    return iamRole;
  });
}
