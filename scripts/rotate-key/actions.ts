/**
 * The single changes a step is made of, in the order they run. The
 * decision lists them; the executor carries them out; a dry run prints
 * them. Each is safe to stop after: the state it leaves is one the next
 * run recognises.
 */
import { maskKeyId } from './mask';
import {
  ROTATION_DEACTIVATED_TAG,
  ROTATION_OLD_KEY_TAG,
  ROTATION_STARTED_TAG,
} from '../../policies/key-rotation-actions';

export type Action =
  | { readonly type: 'record-rotation-start'; readonly oldKeyId: string }
  | { readonly type: 'create-key' }
  | { readonly type: 'verify-created-key' }
  | { readonly type: 'hand-over-created-key' }
  | { readonly type: 'verify-parameter-key'; readonly keyId: string }
  | { readonly type: 'record-deactivation'; readonly oldKeyId: string }
  | {
      readonly type: 'set-key-status';
      readonly keyId: string;
      readonly status: 'Active' | 'Inactive';
    }
  | {
      readonly type: 'restore-parameter-version';
      readonly keyId: string;
      readonly version: number;
    }
  | { readonly type: 'delete-key'; readonly keyId: string }
  | { readonly type: 'clear-rotation-record' };

/** Names that make a description concrete. */
export interface ActionContext {
  readonly userName: string;
  readonly parameterName: string;
  /** `s3://bucket/key` of the object the key check deletes. */
  readonly probeObject: string;
}

/** One line saying what the action changes or checks. */
export function describeAction(action: Action, context: ActionContext): string {
  const { userName, parameterName, probeObject } = context;
  const check = `sts:GetCallerIdentity must return ${userName}'s ARN and `
    + `s3:DeleteObject on ${probeObject} must be allowed`;
  switch (action.type) {
    case 'record-rotation-start':
      return `record the rotation start on user ${userName} `
        + `(tags ${ROTATION_STARTED_TAG}, ${ROTATION_OLD_KEY_TAG})`;
    case 'create-key':
      return `create a second access key for ${userName}`;
    case 'verify-created-key':
      return `prove the new key works before the app gets it: ${check}`;
    case 'hand-over-created-key':
      return `write the new key to ${parameterName} (the old key stays active)`;
    case 'verify-parameter-key':
      return `prove key ${maskKeyId(action.keyId)} from ${parameterName} works: ${check}`;
    case 'record-deactivation':
      return `record the deactivation time of ${maskKeyId(action.oldKeyId)} `
        + `(tag ${ROTATION_DEACTIVATED_TAG} on ${userName})`;
    case 'set-key-status':
      return `${action.status === 'Active' ? 'reactivate' : 'deactivate'} key `
        + maskKeyId(action.keyId);
    case 'restore-parameter-version':
      return `read key ${maskKeyId(action.keyId)} from version ${action.version} of `
        + `${parameterName}, prove it works, and write it back as the current value`;
    case 'delete-key':
      return `delete key ${maskKeyId(action.keyId)}`;
    case 'clear-rotation-record':
      return `remove the rotation tags from ${userName}`;
  }
}
