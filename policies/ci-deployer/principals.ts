/**
 * The deployer manages the other principals of its environment by exact
 * name. It may read its own role but not change it: widening the
 * deployer goes through an administrator, never through the deployer.
 */
import { EnvironmentConfig } from '../../config/types';
import { PrincipalRole, appIsUser, hasKeyRotation, principalName } from '../principals';
import { Statement } from '../types';

const ROLE_ACTIONS = [
  'iam:CreateRole',
  'iam:DeleteRole',
  'iam:DeleteRolePolicy',
  'iam:GetRole',
  'iam:GetRolePolicy',
  'iam:ListAttachedRolePolicies',
  'iam:ListInstanceProfilesForRole',
  'iam:ListRolePolicies',
  'iam:PutRolePolicy',
  'iam:TagRole',
  'iam:UntagRole',
  'iam:UpdateAssumeRolePolicy',
];

const USER_ACTIONS = [
  'iam:CreateUser',
  'iam:DeleteUser',
  'iam:DeleteUserPolicy',
  'iam:GetUser',
  'iam:GetUserPolicy',
  'iam:ListAttachedUserPolicies',
  'iam:ListGroupsForUser',
  'iam:ListUserPolicies',
  'iam:PutUserPolicy',
  'iam:TagUser',
  'iam:UntagUser',
];

const INSTANCE_PROFILE_ACTIONS = [
  'iam:AddRoleToInstanceProfile',
  'iam:CreateInstanceProfile',
  'iam:DeleteInstanceProfile',
  'iam:GetInstanceProfile',
  'iam:RemoveRoleFromInstanceProfile',
  'iam:TagInstanceProfile',
];

const OWN_ROLE_READ_ACTIONS = [
  'iam:GetRole',
  'iam:GetRolePolicy',
  'iam:ListAttachedRolePolicies',
  'iam:ListRolePolicies',
];

function iamArn(config: EnvironmentConfig, type: string, role: PrincipalRole): string {
  return `arn:aws:iam::${config.accountId}:${type}/${principalName(config, role)}`;
}

/** The roles this environment creates, the deployer's own excluded. */
function managedRoles(config: EnvironmentConfig): PrincipalRole[] {
  const roles: PrincipalRole[] = ['backfill', 'checker'];
  if (!appIsUser(config)) roles.unshift('app');
  if (hasKeyRotation(config)) roles.push('key-rotation');
  return roles;
}

export function allowPrincipalManagement(config: EnvironmentConfig): Statement[] {
  const roles = managedRoles(config).map((role) => iamArn(config, 'role', role));
  const statements: Statement[] = [
    { Sid: 'AllowRoleManagement', Effect: 'Allow', Action: ROLE_ACTIONS, Resource: roles },
    {
      Sid: 'AllowOwnRoleRead',
      Effect: 'Allow',
      Action: OWN_ROLE_READ_ACTIONS,
      Resource: [iamArn(config, 'role', 'ci-deployer')],
    },
  ];

  if (appIsUser(config)) {
    statements.push({
      Sid: 'AllowAppUserManagement',
      Effect: 'Allow',
      Action: USER_ACTIONS,
      Resource: [iamArn(config, 'user', 'app')],
    });
  } else {
    statements.push(
      {
        Sid: 'AllowInstanceProfileManagement',
        Effect: 'Allow',
        Action: INSTANCE_PROFILE_ACTIONS,
        Resource: [iamArn(config, 'instance-profile', 'app')],
      },
      // AddRoleToInstanceProfile also checks iam:PassRole on the role it
      // adds; the app role's trust policy admits EC2 only, so passing it
      // cannot hand it to anything else.
      {
        Sid: 'AllowAppRolePassing',
        Effect: 'Allow',
        Action: ['iam:PassRole'],
        Resource: [iamArn(config, 'role', 'app')],
      },
    );
  }

  return statements;
}
