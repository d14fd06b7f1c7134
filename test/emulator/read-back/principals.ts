/**
 * The IAM principals as the emulator holds them after apply: each one
 * under its configured name, with exactly the generated inline policy,
 * roles with the generated trust policy, and the app as the configured
 * kind of principal.
 */
import {
  GetInstanceProfileCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand,
} from '@aws-sdk/client-iam';
import { ENVIRONMENT_NAMES, EnvironmentConfig } from '../../../config/types';
import { accessPolicy, principalRoles } from '../../../policies/documents';
import { PrincipalRole, appIsUser, principalName } from '../../../policies/principals';
import { trustPolicy } from '../../../policies/trust-policies';
import { DeployedStacks } from '../deployed-stacks';
import {
  appliedEnvironment,
  appliedPolicyContext,
  environmentConfig,
} from './applied-environment';
import { Json, comparablePolicy, parseIamPolicy, policyJson } from './policy-json';

/** The one inline policy stacks/principals.ts gives every principal, by name. */
const POLICY_NAME = 'certificate-access';

type PrincipalKind = 'user' | 'role';

interface Principal {
  readonly role: PrincipalRole;
  readonly kind: PrincipalKind;
  readonly name: string;
}

/** The app is a user where configured so (`appIsUser`); every other principal is a role. */
function principalsOf(config: EnvironmentConfig): Principal[] {
  return principalRoles({ config }).map((role) => ({
    role,
    kind: role === 'app' && appIsUser(config) ? 'user' : 'role',
    name: principalName(config, role),
  }));
}

/** The name IAM reports for the principal; NoSuchEntity when it is missing. */
async function readName(iam: IAMClient, { kind, name }: Principal): Promise<string | undefined> {
  if (kind === 'user') {
    return (await iam.send(new GetUserCommand({ UserName: name }))).User?.UserName;
  }
  return (await iam.send(new GetRoleCommand({ RoleName: name }))).Role?.RoleName;
}

interface Grants {
  readonly inline: string[];
  readonly managed: string[];
  readonly document: Json;
}

async function readGrants(iam: IAMClient, { kind, name }: Principal): Promise<Grants> {
  const [inline, managed, policy] = kind === 'user'
    ? await Promise.all([
      iam.send(new ListUserPoliciesCommand({ UserName: name })),
      iam.send(new ListAttachedUserPoliciesCommand({ UserName: name })),
      iam.send(new GetUserPolicyCommand({ UserName: name, PolicyName: POLICY_NAME })),
    ])
    : await Promise.all([
      iam.send(new ListRolePoliciesCommand({ RoleName: name })),
      iam.send(new ListAttachedRolePoliciesCommand({ RoleName: name })),
      iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: POLICY_NAME })),
    ]);

  return {
    inline: inline.PolicyNames ?? [],
    managed: (managed.AttachedPolicies ?? []).map((attached) => attached.PolicyArn ?? ''),
    document: comparablePolicy(parseIamPolicy(policy.PolicyDocument)),
  };
}

/** A generator's document, in the form `comparablePolicy` gives a read one. */
function generated(document: object): Json {
  return comparablePolicy(policyJson(document));
}

export function describePrincipals(stacks: DeployedStacks): void {
  describe.each(ENVIRONMENT_NAMES)('the %s principals, read back', (name) => {
    const config = environmentConfig(name);
    const applied = () => appliedEnvironment(stacks, name);
    const principals = principalsOf(config);
    const roles = principals.filter((principal) => principal.kind === 'role');
    const appName = principalName(config, 'app');

    it('exist under their configured names, as users or roles as configured', async () => {
      const { clients } = await applied();

      const names = await Promise.all(principals.map((p) => readName(clients.iam, p)));

      expect(names).toEqual(principals.map((principal) => principal.name));
    });

    it('each hold only the generated access policy, inline', async () => {
      const environment = await applied();
      const context = await appliedPolicyContext(environment);
      const { iam } = environment.clients;

      const grants = await Promise.all(principals.map((p) => readGrants(iam, p)));

      expect(grants).toEqual(principals.map(({ role }) => ({
        inline: [POLICY_NAME],
        managed: [],
        document: generated(accessPolicy(context, role).document),
      })));
    });

    it('may each be assumed only as the generated trust policy says', async () => {
      const { clients } = await applied();

      const read = await Promise.all(roles.map(({ name: RoleName }) =>
        clients.iam.send(new GetRoleCommand({ RoleName }))));

      const trusts = read.map(({ Role }) => parseIamPolicy(Role?.AssumeRolePolicyDocument));
      expect(trusts.map(comparablePolicy))
        .toEqual(roles.map(({ role }) => generated(trustPolicy(config, role).document)));
    });

    if (appIsUser(config)) {
      it('give the app user no access key: Terraform never holds its secret', async () => {
        const { clients } = await applied();

        const keys = await clients.iam.send(new ListAccessKeysCommand({ UserName: appName }));

        expect(keys.AccessKeyMetadata).toEqual([]);
      });

      it('include no app role, so the app signs in only as its user', async () => {
        const { clients } = await applied();

        const read = clients.iam.send(new GetRoleCommand({ RoleName: appName }));

        await expect(read).rejects.toMatchObject({ name: 'NoSuchEntityException' });
      });
    } else {
      it('put the app role in the instance profile of the same name', async () => {
        const { clients } = await applied();

        const read = await clients.iam.send(
          new GetInstanceProfileCommand({ InstanceProfileName: appName }),
        );

        expect(read.InstanceProfile?.Roles?.map((role) => role.RoleName)).toEqual([appName]);
      });

      it('include no app user, so no access key can exist for the app', async () => {
        const { clients } = await applied();

        const read = clients.iam.send(new GetUserCommand({ UserName: appName }));

        await expect(read).rejects.toMatchObject({ name: 'NoSuchEntityException' });
      });
    }
  });
}
