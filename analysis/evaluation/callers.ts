/**
 * Who sends the requests: the principals the stack creates, people and
 * strangers the policies must hold against, and the AWS services that
 * deliver logs or run the app. Each caller carries the identity facts
 * AWS attaches to its requests.
 */
import { EnvironmentConfig } from '../../config/types';
import { PrincipalRole, appIsUser, principalName, roleArn } from '../../policies/principals';
import { PolicyDocument } from '../../policies/types';
import { DocumentName, accessDocument } from './document-names';
import { OTHER_ACCOUNT_ID } from './example-values';
import { ADMINISTRATOR_ACCESS } from './fixtures';

export type OutsiderName =
  /** A person of our account with AdministratorAccess (break-glass). */
  | 'account-admin'
  /** An IAM user of our account that holds no grant at all. */
  | 'account-user'
  /** An administrator of another account. */
  | 'outside-admin'
  /** An unsigned request from the internet. */
  | 'anonymous';

export type ServiceName = 'ec2' | 'log-delivery' | 'cloudtrail' | 's3-service';

export type CallerName = PrincipalRole | OutsiderName | ServiceName;

/** Where a caller's identity policies come from. */
export type IdentitySource =
  | { readonly deployed: DocumentName }
  | { readonly fixture: PolicyDocument }
  | 'none';

export type CallerKind = 'person-or-workload' | 'service' | 'anonymous';

export interface Caller {
  readonly name: CallerName;
  readonly kind: CallerKind;
  /** The principal of the request: an ARN or a service name. */
  readonly principal: string;
  /** The caller's account; services and anonymous callers have none. */
  readonly account?: string;
  /** Identity context keys AWS attaches to every request of this caller. */
  readonly context: Readonly<Record<string, string>>;
  readonly identity: IdentitySource;
  /** Whether the session was signed in with MFA. */
  readonly mfa: boolean;
}

/** Session names a role's users typically pick. */
const SESSION_NAMES: Record<PrincipalRole, string> = {
  app: 'i-0a1b2c3d4e5f67890',
  backfill: 'backfill-2025-03-14',
  checker: 'consistency-check',
  'key-rotation': 'rotation-operator',
  'ci-deployer': 'ci-deploy-4711',
};

/** Only the rotation role is assumed by a person, who signs in with MFA. */
const MFA_ROLES: readonly PrincipalRole[] = ['key-rotation'];

const SERVICE_PRINCIPALS: Record<ServiceName, string> = {
  ec2: 'ec2.amazonaws.com',
  'log-delivery': 'logging.s3.amazonaws.com',
  cloudtrail: 'cloudtrail.amazonaws.com',
  's3-service': 's3.amazonaws.com',
};

function user(account: string, name: string, id: string) {
  const arn = `arn:aws:iam::${account}:user/${name}`;
  return {
    principal: arn,
    account,
    context: {
      'aws:PrincipalArn': arn,
      'aws:PrincipalAccount': account,
      'aws:PrincipalType': 'User',
      'aws:username': name,
      'aws:userid': id,
    },
  };
}

function roleSession(config: EnvironmentConfig, role: PrincipalRole) {
  const { accountId: account } = config;
  const session = SESSION_NAMES[role];
  return {
    principal: `arn:aws:sts::${account}:assumed-role/${principalName(config, role)}/${session}`,
    account,
    context: {
      'aws:PrincipalArn': roleArn(config, role),
      'aws:PrincipalAccount': account,
      'aws:PrincipalType': 'AssumedRole',
      'aws:userid': `AROA5EXAMPLE${role.length}ROLEID:${session}`,
    },
  };
}

function ourPrincipal(config: EnvironmentConfig, role: PrincipalRole): Caller {
  const identity = role === 'app' && appIsUser(config)
    ? user(config.accountId, principalName(config, role), 'AIDA5EXAMPLEAPPUSER')
    : roleSession(config, role);
  return {
    name: role,
    kind: 'person-or-workload',
    ...identity,
    identity: { deployed: accessDocument(role) },
    mfa: MFA_ROLES.includes(role),
  };
}

function outsider(config: EnvironmentConfig, name: OutsiderName): Caller {
  switch (name) {
    case 'account-admin':
      return {
        name,
        kind: 'person-or-workload',
        ...user(config.accountId, 'platform-admin', 'AIDA5EXAMPLEADMIN01'),
        identity: { fixture: ADMINISTRATOR_ACCESS },
        mfa: true,
      };
    case 'account-user':
      return {
        name,
        kind: 'person-or-workload',
        ...user(config.accountId, 'reporting', 'AIDA5EXAMPLEREPORTS'),
        identity: 'none',
        mfa: false,
      };
    case 'outside-admin':
      return {
        name,
        kind: 'person-or-workload',
        ...user(OTHER_ACCOUNT_ID, 'outside-admin', 'AIDA5EXAMPLEOUTSIDE'),
        identity: { fixture: ADMINISTRATOR_ACCESS },
        mfa: true,
      };
    case 'anonymous':
      return {
        name,
        kind: 'anonymous',
        principal: '*',
        context: {},
        identity: 'none',
        mfa: false,
      };
  }
}

function service(name: ServiceName): Caller {
  const principal = SERVICE_PRINCIPALS[name];
  return {
    name,
    kind: 'service',
    principal,
    context: { 'aws:PrincipalIsAWSService': 'true', 'aws:PrincipalServiceName': principal },
    identity: 'none',
    mfa: false,
  };
}

const OUTSIDERS: readonly OutsiderName[] = [
  'account-admin',
  'account-user',
  'outside-admin',
  'anonymous',
];
const SERVICES: readonly ServiceName[] = ['ec2', 'log-delivery', 'cloudtrail', 's3-service'];

/** Every caller of one environment, by name; roles the stack lacks are absent. */
export function callersOf(
  config: EnvironmentConfig,
  roles: readonly PrincipalRole[],
): ReadonlyMap<CallerName, Caller> {
  const callers: Caller[] = [
    ...roles.map((role) => ourPrincipal(config, role)),
    ...OUTSIDERS.map((name) => outsider(config, name)),
    ...SERVICES.map(service),
  ];
  return new Map(callers.map((caller) => [caller.name, caller]));
}

export function isOutsider(name: CallerName): name is OutsiderName {
  return OUTSIDERS.some((outsiderName) => outsiderName === name);
}
