/**
 * What the command observed about the app user, its keys and the
 * parameter. It holds no secret: the adapter drops them while reading.
 */
import { RotationRecord } from './record';

/** IAM's key states; only `Active` keys authenticate. */
export type KeyStatus = 'Active' | 'Inactive' | 'Expired';

export interface AccessKeyState {
  readonly id: string;
  readonly status: KeyStatus;
  readonly createdAt: Date;
  /** When IAM last saw the key used; absent when never used. */
  readonly lastUsedAt?: Date;
}

/** One stored version of the parameter, as SSM keeps them. */
export interface ParameterVersionState {
  readonly version: number;
  /** The key id this version names; absent when its value is not the expected JSON. */
  readonly accessKeyId?: string;
  readonly modifiedAt: Date;
}

export interface ParameterState {
  /** `SecureString` is the only type the command writes a secret into. */
  readonly type: string;
  readonly version: number;
  /** The key id the app reads; absent when the value is not the expected JSON. */
  readonly accessKeyId?: string;
  readonly modifiedAt: Date;
  /** KMS key of the current version, kept when the parameter is rewritten. */
  readonly kmsKeyId?: string;
  /** Every version SSM still keeps, oldest first. */
  readonly history: readonly ParameterVersionState[];
}

export interface UserState {
  readonly name: string;
  readonly arn: string;
  /** Absent when no rotation tag is on the user. */
  readonly record?: RotationRecord;
}

export interface ObservedState {
  readonly userName: string;
  readonly parameterName: string;
  /** Absent when the user does not exist. */
  readonly user?: UserState;
  readonly keys: readonly AccessKeyState[];
  /** Absent when the parameter does not exist. */
  readonly parameter?: ParameterState;
}
