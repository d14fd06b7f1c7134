/**
 * The world the rotation tests run in: a moto server with IAM enforcement,
 * an admin for setting up and inspecting, the key-rotation operator
 * allowed exactly the command's actions, the certificate bucket, and one
 * fresh app user with its key parameter per test.
 */
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import {
  GetParameterCommand,
  GetParameterHistoryCommand,
  ParameterNotFound,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { loadEnvironments } from '../../config/load';
import { CallObserver, StaticCredentials } from '../../scripts/rotate-key/clients';
import { runRotateKey } from '../../scripts/rotate-key/command';
import { KEY_ROTATION_OPERATOR_ACTIONS } from '../../policies/key-rotation-actions';
import { MotoServer, startMotoServer } from './moto-server';

export const STAGING = loadEnvironments(['staging'])[0];

/** Requests moto serves unchecked: creating the admin user, its policy and its key. */
const BOOTSTRAP_REQUESTS = 3;

const OPERATOR_NAME = `${STAGING.namePrefix}-key-rotation`;

export interface AdminClients {
  readonly iam: IAMClient;
  readonly ssm: SSMClient;
  readonly s3: S3Client;
}

export interface World {
  readonly moto: MotoServer;
  readonly admin: AdminClients;
  readonly operator: StaticCredentials;
}

export interface AppUser {
  readonly userName: string;
  readonly parameterName: string;
  /** The key the app starts with, also in the parameter. */
  readonly firstKey: StaticCredentials;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Default the real time. */
  readonly clock?: () => Date;
  readonly observers?: readonly CallObserver[];
}

/** Starts moto and sets up the admin, the operator and (by default) the bucket. */
export async function startWorld(
  props: { readonly withBucket: boolean } = { withBucket: true },
): Promise<World> {
  const moto = await startMotoServer(BOOTSTRAP_REQUESTS);
  try {
    const bootstrap = new IAMClient(clientProps(moto.endpoint, {
      accessKeyId: 'AKIABOOTSTRAPEXAMPLE',
      secretAccessKey: 'bootstrap-requests-are-not-checked',
    }));
    await bootstrap.send(new CreateUserCommand({ UserName: 'admin' }));
    await bootstrap.send(new PutUserPolicyCommand({
      UserName: 'admin',
      PolicyName: 'everything',
      PolicyDocument: policy([{ Effect: 'Allow', Action: '*', Resource: '*' }]),
    }));
    const adminKey = await newKey(bootstrap, 'admin');
    const admin = adminClients(moto.endpoint, adminKey);

    // moto checks IAM and SSM requests against the resource "*" only, so a
    // statement scoped to the user's ARN would never match there; the
    // scoping is proven by evaluating the real policy in operator-policy.test.ts.
    await admin.iam.send(new CreateUserCommand({ UserName: OPERATOR_NAME }));
    await admin.iam.send(new PutUserPolicyCommand({
      UserName: OPERATOR_NAME,
      PolicyName: 'key-rotation',
      PolicyDocument: policy([
        { Effect: 'Allow', Action: [...KEY_ROTATION_OPERATOR_ACTIONS], Resource: '*' },
      ]),
    }));
    const operator = await newKey(admin.iam, OPERATOR_NAME);
    if (props.withBucket) {
      await admin.s3.send(new CreateBucketCommand({ Bucket: STAGING.certificateBucketName }));
    }
    return { moto, admin, operator };
  } catch (error) {
    await moto.stop();
    throw error;
  }
}

let appUsers = 0;

export interface AppUserProps {
  /** Attach the app's certificate policy. Default true. */
  readonly appPolicy?: boolean;
  /** Default a fresh `app-<n>`. */
  readonly userName?: string;
  /** Default `/test/<user>/app-access-key`. */
  readonly parameterName?: string;
}

/** A fresh app user allowed the app's certificate actions, with its key in a parameter. */
export async function createAppUser(world: World, props: AppUserProps = {}): Promise<AppUser> {
  appUsers += 1;
  const userName = props.userName ?? `app-${appUsers}`;
  const parameterName = props.parameterName ?? `/test/${userName}/app-access-key`;
  await world.admin.iam.send(new CreateUserCommand({ UserName: userName }));
  if (props.appPolicy ?? true) {
    await world.admin.iam.send(new PutUserPolicyCommand({
      UserName: userName,
      PolicyName: 'certificates',
      PolicyDocument: policy([{
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        Resource: `arn:aws:s3:::${STAGING.certificateBucketName}/`
          + `${STAGING.prefixes.certificates}*`,
      }]),
    }));
  }
  const firstKey = await newKey(world.admin.iam, userName);
  await writeParameter(world, parameterName, JSON.stringify(firstKey));
  return { userName, parameterName, firstKey };
}

export async function writeParameter(world: World, name: string, value: string): Promise<void> {
  await world.admin.ssm.send(new PutParameterCommand({
    Name: name,
    Value: value,
    Type: 'SecureString',
    Overwrite: true,
  }));
}

/** Runs the command in-process against moto as the operator. */
export async function runCommand(
  world: World,
  app: AppUser,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runRotateKey(
    ['--user', app.userName, '--parameter', app.parameterName, ...args],
    {
      loadEnvironment: (name) => loadEnvironments([name])[0],
      endpoint: world.moto.endpoint,
      credentials: world.operator,
      clock: options.clock ?? (() => new Date()),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      observers: options.observers,
      keyCheckRetry: { attempts: 2, delayMs: 0 },
    },
  );
  return { code, stdout, stderr };
}

export interface KeySnapshot {
  readonly id: string;
  readonly status: string;
}

/** Everything a run could change, for before-and-after comparisons. */
export interface Snapshot {
  readonly keys: readonly KeySnapshot[];
  readonly tags: Readonly<Record<string, string>>;
  readonly parameterVersion?: number;
  /** The parameter's value: compared, never printed. */
  readonly parameterValue?: string;
}

export async function snapshot(world: World, app: AppUser): Promise<Snapshot> {
  const keys = await listKeys(world, app.userName);
  const user = await world.admin.iam.send(new GetUserCommand({ UserName: app.userName }));
  const tags = Object.fromEntries((user.User?.Tags ?? []).map((tag) => [tag.Key, tag.Value]));
  const parameter = await readParameter(world, app.parameterName);
  return {
    keys,
    tags,
    parameterVersion: parameter?.Version,
    parameterValue: parameter?.Value,
  };
}

export async function listKeys(world: World, userName: string): Promise<KeySnapshot[]> {
  const response = await world.admin.iam.send(new ListAccessKeysCommand({ UserName: userName }));
  return (response.AccessKeyMetadata ?? [])
    .map((key) => ({ id: key.AccessKeyId ?? '', status: key.Status ?? '' }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The key the parameter names now, with its secret. */
export async function parameterKey(world: World, app: AppUser): Promise<StaticCredentials> {
  const parameter = await readParameter(world, app.parameterName);
  return JSON.parse(parameter?.Value ?? '{}') as StaticCredentials;
}

/** Every secret that ever was in the parameter, plus the first key's. */
export async function knownSecrets(world: World, app: AppUser): Promise<string[]> {
  const secrets = new Set([app.firstKey.secretAccessKey]);
  let history;
  try {
    history = await world.admin.ssm.send(new GetParameterHistoryCommand({
      Name: app.parameterName,
      WithDecryption: true,
    }));
  } catch (error) {
    if (error instanceof ParameterNotFound) {
      return [...secrets];
    }
    throw error;
  }
  for (const version of history.Parameters ?? []) {
    try {
      const value = JSON.parse(version.Value ?? '') as Partial<StaticCredentials>;
      if (value.secretAccessKey) {
        secrets.add(value.secretAccessKey);
      }
    } catch {
      // A test may store a malformed value on purpose.
    }
  }
  return [...secrets];
}

/** A full access key id as IAM issues them; output must show them masked. */
export const FULL_KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/;

async function readParameter(world: World, name: string) {
  try {
    const response = await world.admin.ssm.send(new GetParameterCommand({
      Name: name,
      WithDecryption: true,
    }));
    return response.Parameter;
  } catch (error) {
    if (error instanceof ParameterNotFound) {
      return undefined;
    }
    throw error;
  }
}

async function newKey(iam: IAMClient, userName: string): Promise<StaticCredentials> {
  const response = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
  return {
    accessKeyId: response.AccessKey?.AccessKeyId ?? '',
    secretAccessKey: response.AccessKey?.SecretAccessKey ?? '',
  };
}

function adminClients(endpoint: string, key: StaticCredentials): AdminClients {
  const props = clientProps(endpoint, key);
  return {
    iam: new IAMClient(props),
    ssm: new SSMClient(props),
    s3: new S3Client({ ...props, forcePathStyle: true }),
  };
}

function clientProps(endpoint: string, credentials: StaticCredentials) {
  return { region: STAGING.region, endpoint, credentials };
}

function policy(statements: readonly Record<string, unknown>[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}
