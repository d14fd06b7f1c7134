/**
 * Who may become each role. The production app role is for EC2 alone;
 * the other roles trust our account, which lets its own IAM policies
 * decide who assumes them; the rotation role also demands MFA. No other
 * account may assume any of them.
 */
import { PrincipalRole } from '../../../policies/principals';
import { Row, Scenario, table } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';

const ASSUME = 'sts:AssumeRole';

/** People with MFA sign in, and the account trusts their IAM grants. */
function accountRoleScenarios(env: ScenarioEnvironment, roles: readonly PrincipalRole[]) {
  const { at } = env;
  const mfaRoles = roles.filter((role) => role === 'key-rotation');
  const plainRoles = roles.filter((role) => role !== 'key-rotation');
  const assume = (caller: Row[0], role: PrincipalRole, mfa?: boolean): Row =>
    [caller, ASSUME, at.role(role), mfa === undefined ? {} : { mfa }];

  return table('role trust', [
    {
      expected: 'Allowed',
      why: 'the role trusts our account, and the administrator\'s policy allows assuming it',
      rows: [
        ...plainRoles.map((role) => assume('account-admin', role)),
        ...mfaRoles.map((role) => assume('account-admin', role, true)),
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'a person assumes the rotation role only after signing in with MFA',
      rows: mfaRoles.map((role) => assume('account-admin', role, false)),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'trusting the account delegates to IAM, and this user holds no grant',
      rows: roles.map((role) => assume('account-user', role)),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'no other account is trusted, however privileged its caller',
      rows: roles.map((role) => assume('outside-admin', role)),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'only people and CI assume these roles, never EC2',
      rows: roles.map((role) => assume('ec2', role)),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'trust is for assuming the role only, not tagging sessions',
      rows: plainRoles.map((role): Row => ['account-admin', 'sts:TagSession', at.role(role)]),
    },
  ]);
}

function appRoleScenarios(env: ScenarioEnvironment): Scenario[] {
  const role = env.at.role('app');
  return table('role trust', [
    {
      expected: 'Allowed',
      why: 'the web servers\' instance profile hands EC2 the app role',
      rows: [['ec2', ASSUME, role]],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the app role trusts EC2 only, so no person can act as the app',
      rows: [
        ['account-admin', ASSUME, role],
        ['outside-admin', ASSUME, role],
        ['ec2', 'sts:TagSession', role],
      ],
    },
  ]);
}

export function roleTrustScenarios(env: ScenarioEnvironment): Scenario[] {
  const accountRoles = env.roles.filter((role) => role !== 'app');
  const app = env.appIsUser ? [] : appRoleScenarios(env);
  return [...accountRoleScenarios(env, accountRoles), ...app];
}
