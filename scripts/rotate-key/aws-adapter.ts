/**
 * The AWS calls of the rotation, one method each, on the operator's IAM
 * and SSM clients. Secrets pass through only where they must (creating a
 * key, reading or writing the parameter); every secret seen is handed to
 * `protect` so that no output can show it, and none is kept in the
 * observed state.
 */
import {
  CreateAccessKeyCommand,
  DeleteAccessKeyCommand,
  GetAccessKeyLastUsedCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  NoSuchEntityException,
  TagUserCommand,
  UntagUserCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import {
  GetParameterCommand,
  GetParameterHistoryCommand,
  ParameterHistory,
  ParameterNotFound,
  PutParameterCommand,
} from '@aws-sdk/client-ssm';
import { OperatorClients, StaticCredentials } from './clients';
import { ROTATION_RECORD_TAGS } from '../../policies/key-rotation-actions';
import { readRecord, UserTag } from './record';
import {
  AccessKeyState,
  KeyStatus,
  ObservedState,
  ParameterState,
  ParameterVersionState,
  UserState,
} from './state';

/** The largest page GetParameterHistory returns. */
const HISTORY_PAGE_SIZE = 50;

export class AwsRotationAdapter {
  constructor(
    private readonly clients: OperatorClients,
    /** Receives every secret the adapter sees. */
    private readonly protect: (secret: string) => void,
  ) {}

  /** Reads the user, its keys with their last use, and the parameter with its history. */
  async readState(userName: string, parameterName: string): Promise<ObservedState> {
    const user = await this.readUser(userName);
    const keys = user ? await this.listKeys(userName) : [];
    const keysWithUse: AccessKeyState[] = [];
    for (const key of keys) {
      keysWithUse.push({ ...key, lastUsedAt: await this.lastUsed(key.id) });
    }
    const parameter = await this.readParameter(parameterName);
    return { userName, parameterName, user, keys: keysWithUse, parameter };
  }

  /** The user's keys without their last use; one call, for the guards. */
  async listKeys(userName: string): Promise<AccessKeyState[]> {
    const response = await this.clients.iam.send(
      new ListAccessKeysCommand({ UserName: userName }),
    );
    return (response.AccessKeyMetadata ?? []).map((key) => ({
      id: required(key.AccessKeyId, 'AccessKeyId'),
      // A key without a reported status is not counted as active.
      status: (key.Status ?? 'Inactive') as KeyStatus,
      createdAt: required(key.CreateDate, 'CreateDate'),
    }));
  }

  async createKey(userName: string): Promise<StaticCredentials> {
    const response = await this.clients.iam.send(
      new CreateAccessKeyCommand({ UserName: userName }),
    );
    const key = required(response.AccessKey, 'AccessKey');
    const secretAccessKey = required(key.SecretAccessKey, 'SecretAccessKey');
    this.protect(secretAccessKey);
    return { accessKeyId: required(key.AccessKeyId, 'AccessKeyId'), secretAccessKey };
  }

  async setKeyStatus(
    userName: string,
    keyId: string,
    status: 'Active' | 'Inactive',
  ): Promise<void> {
    await this.clients.iam.send(
      new UpdateAccessKeyCommand({ UserName: userName, AccessKeyId: keyId, Status: status }),
    );
  }

  async deleteKey(userName: string, keyId: string): Promise<void> {
    await this.clients.iam.send(
      new DeleteAccessKeyCommand({ UserName: userName, AccessKeyId: keyId }),
    );
  }

  async writeRecord(userName: string, tags: readonly UserTag[]): Promise<void> {
    await this.clients.iam.send(new TagUserCommand({ UserName: userName, Tags: [...tags] }));
  }

  async clearRecord(userName: string): Promise<void> {
    await this.clients.iam.send(
      new UntagUserCommand({ UserName: userName, TagKeys: [...ROTATION_RECORD_TAGS] }),
    );
  }

  /** The key stored in the parameter, or in one stored version of it. */
  async readParameterKey(parameterName: string, version?: number): Promise<StaticCredentials> {
    const name = version === undefined ? parameterName : `${parameterName}:${version}`;
    const response = await this.clients.ssm.send(
      new GetParameterCommand({ Name: name, WithDecryption: true }),
    );
    const key = this.parseKey(response.Parameter?.Value);
    if (!key) {
      throw new Error(`${name} does not hold JSON with accessKeyId and secretAccessKey`);
    }
    return key;
  }

  /** Overwrites the parameter, keeping its type and KMS key. */
  async writeParameterKey(
    parameterName: string,
    key: StaticCredentials,
    kmsKeyId: string | undefined,
  ): Promise<void> {
    const value = JSON.stringify({
      accessKeyId: key.accessKeyId,
      secretAccessKey: key.secretAccessKey,
    });
    await this.clients.ssm.send(
      new PutParameterCommand({
        Name: parameterName,
        Value: value,
        Type: 'SecureString',
        KeyId: kmsKeyId,
        Overwrite: true,
      }),
    );
  }

  private async readUser(userName: string): Promise<UserState | undefined> {
    try {
      const response = await this.clients.iam.send(new GetUserCommand({ UserName: userName }));
      const user = required(response.User, 'User');
      return {
        name: required(user.UserName, 'UserName'),
        arn: required(user.Arn, 'Arn'),
        record: readRecord(user.Tags ?? []),
      };
    } catch (error) {
      if (error instanceof NoSuchEntityException) {
        return undefined;
      }
      throw error;
    }
  }

  private async lastUsed(keyId: string): Promise<Date | undefined> {
    const response = await this.clients.iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: keyId }),
    );
    return response.AccessKeyLastUsed?.LastUsedDate;
  }

  private async readParameter(parameterName: string): Promise<ParameterState | undefined> {
    let current;
    try {
      const response = await this.clients.ssm.send(
        new GetParameterCommand({ Name: parameterName, WithDecryption: true }),
      );
      current = required(response.Parameter, 'Parameter');
    } catch (error) {
      if (error instanceof ParameterNotFound) {
        return undefined;
      }
      throw error;
    }
    const history = await this.readHistory(parameterName);
    return {
      type: current.Type ?? 'unknown',
      version: required(current.Version, 'Version'),
      accessKeyId: this.parseKey(current.Value)?.accessKeyId,
      modifiedAt: required(current.LastModifiedDate, 'LastModifiedDate'),
      kmsKeyId: history.entries[history.entries.length - 1]?.KeyId,
      history: history.versions,
    };
  }

  /** Every stored version, oldest first, reduced to the key id it names. */
  private async readHistory(parameterName: string): Promise<{
    entries: ParameterHistory[];
    versions: ParameterVersionState[];
  }> {
    const entries: ParameterHistory[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.clients.ssm.send(
        new GetParameterHistoryCommand({
          Name: parameterName,
          WithDecryption: true,
          MaxResults: HISTORY_PAGE_SIZE,
          NextToken: nextToken,
        }),
      );
      entries.push(...(page.Parameters ?? []));
      nextToken = page.NextToken;
    } while (nextToken);
    entries.sort((a, b) => (a.Version ?? 0) - (b.Version ?? 0));
    const versions = entries.map((entry) => ({
      version: required(entry.Version, 'Version'),
      accessKeyId: this.parseKey(entry.Value)?.accessKeyId,
      modifiedAt: required(entry.LastModifiedDate, 'LastModifiedDate'),
    }));
    return { entries, versions };
  }

  /** The key in a parameter value, or undefined when the value is not the expected JSON. */
  private parseKey(value: string | undefined): StaticCredentials | undefined {
    if (value === undefined) {
      return undefined;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null) {
      return undefined;
    }
    const { accessKeyId, secretAccessKey } = parsed as Record<string, unknown>;
    if (typeof accessKeyId !== 'string' || typeof secretAccessKey !== 'string') {
      return undefined;
    }
    this.protect(secretAccessKey);
    if (accessKeyId === '' || secretAccessKey === '') {
      return undefined;
    }
    return { accessKeyId, secretAccessKey };
  }
}

/** AWS marks most response fields optional; these are always present in practice. */
function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) {
    throw new Error(`AWS response lacks ${field}`);
  }
  return value;
}
