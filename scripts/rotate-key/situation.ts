/**
 * Names the rotation state the command found. Pure: the same observation
 * always gives the same situation, and every combination of keys,
 * parameter and record falls into exactly one case.
 *
 * "Old" and "new" are told apart by creation time; the parameter says
 * which key the app uses; the parameter's history says whether a key was
 * ever handed to the app; the record on the user says what the command
 * itself started.
 */
import { AccessKeyState, ObservedState, ParameterState } from './state';

/** What is known about the previous rotation in the one-key state. */
export type RecordStatus =
  /** No rotation record: the key is simply in use. */
  | 'none'
  /** A rotation of this very key was started and stopped before a new key existed. */
  | 'start-interrupted'
  /** A finished rotation or rollback left its record behind. */
  | 'left-over';

export type Situation =
  | { readonly kind: 'user-missing' }
  | { readonly kind: 'parameter-missing' }
  | { readonly kind: 'parameter-not-secure'; readonly type: string }
  | { readonly kind: 'parameter-unreadable'; readonly version: number }
  | { readonly kind: 'too-many-keys'; readonly keys: readonly AccessKeyState[] }
  | { readonly kind: 'no-active-key'; readonly keys: readonly AccessKeyState[] }
  | {
      readonly kind: 'parameter-names-other-key';
      readonly parameterKeyId: string;
      readonly keys: readonly AccessKeyState[];
    }
  | { readonly kind: 'parameter-key-inactive'; readonly key: AccessKeyState }
  /** One active key, the one in the parameter (step 1 comes next). */
  | { readonly kind: 'one-key'; readonly key: AccessKeyState; readonly record: RecordStatus }
  /** Both keys active, the parameter holds the newer (step 2 comes next). */
  | {
      readonly kind: 'new-key-handed-over';
      readonly oldKey: AccessKeyState;
      readonly newKey: AccessKeyState;
      readonly handedOverAt: Date;
      readonly oldKeyVersion?: number;
    }
  /** The new key in the parameter, the old one inactive (step 3 comes next). */
  | {
      readonly kind: 'old-key-inactive';
      readonly oldKey: AccessKeyState;
      readonly newKey: AccessKeyState;
      readonly deactivatedAt?: Date;
      readonly oldKeyVersion?: number;
    }
  /** A key created by an interrupted step 1 that never reached the parameter. */
  | {
      readonly kind: 'orphan-new-key';
      readonly key: AccessKeyState;
      readonly orphan: AccessKeyState;
    }
  /** The parameter holds the old key again while the new one is still active. */
  | {
      readonly kind: 'rollback-interrupted';
      readonly key: AccessKeyState;
      readonly newKey: AccessKeyState;
    }
  /** A second key the command did not create and the app never received. */
  | {
      readonly kind: 'unknown-second-key';
      readonly key: AccessKeyState;
      readonly other: AccessKeyState;
    };

/** IAM allows two keys per user; more is a state the command will not touch. */
const MAX_KEYS = 2;

export function classify(state: ObservedState): Situation {
  const { user, parameter, keys } = state;
  if (!user) {
    return { kind: 'user-missing' };
  }
  if (!parameter) {
    return { kind: 'parameter-missing' };
  }
  if (parameter.type !== 'SecureString') {
    return { kind: 'parameter-not-secure', type: parameter.type };
  }
  if (!parameter.accessKeyId) {
    return { kind: 'parameter-unreadable', version: parameter.version };
  }

  if (keys.length > MAX_KEYS) {
    return { kind: 'too-many-keys', keys };
  }
  if (!keys.some((key) => key.status === 'Active')) {
    return { kind: 'no-active-key', keys };
  }
  const inParameter = keys.find((key) => key.id === parameter.accessKeyId);
  if (!inParameter) {
    return { kind: 'parameter-names-other-key', parameterKeyId: parameter.accessKeyId, keys };
  }
  if (inParameter.status !== 'Active') {
    return { kind: 'parameter-key-inactive', key: inParameter };
  }

  const other = keys.find((key) => key.id !== inParameter.id);
  if (!other) {
    return { kind: 'one-key', key: inParameter, record: recordStatus(state, inParameter) };
  }
  return classifyTwoKeys(state, parameter, inParameter, other);
}

function recordStatus(state: ObservedState, key: AccessKeyState): RecordStatus {
  const record = state.user?.record;
  if (!record) {
    return 'none';
  }
  return record.oldKeyId === key.id && !record.oldKeyDeactivatedAt
    ? 'start-interrupted'
    : 'left-over';
}

/** Two keys, the one in the parameter active. */
function classifyTwoKeys(
  state: ObservedState,
  parameter: ParameterState,
  inParameter: AccessKeyState,
  other: AccessKeyState,
): Situation {
  const parameterHoldsNewer = inParameter.createdAt.getTime() > other.createdAt.getTime();
  const otherKeyVersion = latestVersionNaming(parameter, other.id);

  if (parameterHoldsNewer && other.status === 'Active') {
    return {
      kind: 'new-key-handed-over',
      oldKey: other,
      newKey: inParameter,
      handedOverAt: firstTimeNaming(parameter, inParameter.id),
      oldKeyVersion: otherKeyVersion,
    };
  }
  if (parameterHoldsNewer) {
    const record = state.user?.record;
    const recordNamesOldKey = record?.oldKeyId === other.id;
    return {
      kind: 'old-key-inactive',
      oldKey: other,
      newKey: inParameter,
      deactivatedAt: recordNamesOldKey ? record?.oldKeyDeactivatedAt : undefined,
      oldKeyVersion: otherKeyVersion,
    };
  }

  // The parameter holds the older key and a newer one exists.
  if (other.status !== 'Active') {
    return { kind: 'unknown-second-key', key: inParameter, other };
  }
  // A newer key that was once in the parameter was handed out and taken back.
  if (otherKeyVersion !== undefined) {
    return { kind: 'rollback-interrupted', key: inParameter, newKey: other };
  }
  // Never handed out, and the record shows this command was replacing the key.
  if (state.user?.record?.oldKeyId === inParameter.id) {
    return { kind: 'orphan-new-key', key: inParameter, orphan: other };
  }
  return { kind: 'unknown-second-key', key: inParameter, other };
}

/** The newest stored version whose value names the key, if SSM still keeps one. */
function latestVersionNaming(parameter: ParameterState, keyId: string): number | undefined {
  const versions = parameter.history.filter((entry) => entry.accessKeyId === keyId);
  return versions.length > 0 ? versions[versions.length - 1].version : undefined;
}

/**
 * When the key first reached the parameter: the hand-over to the app,
 * from which on the old key should fall silent. The current version
 * names the key, so the history always has an answer; the current
 * version's time covers a history SSM has not caught up with.
 */
function firstTimeNaming(parameter: ParameterState, keyId: string): Date {
  const first = parameter.history.find((entry) => entry.accessKeyId === keyId);
  return first ? first.modifiedAt : parameter.modifiedAt;
}
