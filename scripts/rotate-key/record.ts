/**
 * The rotation record: three tags on the app's IAM user saying that a
 * rotation is under way, which key it replaces and when that key was
 * deactivated. IAM keeps key status and creation dates but not when a key
 * was deactivated, and the grace period before deletion counts from then.
 * Tags live next to the keys they describe and cost nothing; the operator
 * policy grants tagging on the app user only.
 */

import {
  ROTATION_DEACTIVATED_TAG,
  ROTATION_OLD_KEY_TAG,
  ROTATION_RECORD_TAGS,
  ROTATION_STARTED_TAG,
} from '../../policies/key-rotation-actions';

export interface RotationRecord {
  /** When the current rotation began (before the second key was created). */
  readonly startedAt?: Date;
  /** The key being replaced. */
  readonly oldKeyId?: string;
  /** When the old key was deactivated; the grace period counts from here. */
  readonly oldKeyDeactivatedAt?: Date;
}

export interface UserTag {
  readonly Key: string;
  readonly Value: string;
}

/** IAM returns tags with optional fields; missing ones are skipped. */
export interface LooseTag {
  readonly Key?: string;
  readonly Value?: string;
}

/** The record held in a user's tags, or undefined when no record tag is there. */
export function readRecord(tags: readonly LooseTag[]): RotationRecord | undefined {
  const values = new Map<string, string>();
  for (const tag of tags) {
    if (tag.Key !== undefined && ROTATION_RECORD_TAGS.includes(tag.Key)) {
      values.set(tag.Key, tag.Value ?? '');
    }
  }
  if (values.size === 0) {
    return undefined;
  }
  return {
    startedAt: parseTime(values.get(ROTATION_STARTED_TAG)),
    oldKeyId: values.get(ROTATION_OLD_KEY_TAG) || undefined,
    oldKeyDeactivatedAt: parseTime(values.get(ROTATION_DEACTIVATED_TAG)),
  };
}

/**
 * Tags written when a rotation starts. The deactivation tag is written
 * empty so that one call replaces the whole record of an earlier attempt.
 */
export function rotationStartTags(oldKeyId: string, now: Date): UserTag[] {
  return [
    { Key: ROTATION_STARTED_TAG, Value: now.toISOString() },
    { Key: ROTATION_OLD_KEY_TAG, Value: oldKeyId },
    { Key: ROTATION_DEACTIVATED_TAG, Value: '' },
  ];
}

/** Tags written just before the old key is deactivated. */
export function deactivationTags(oldKeyId: string, now: Date): UserTag[] {
  return [
    { Key: ROTATION_OLD_KEY_TAG, Value: oldKeyId },
    { Key: ROTATION_DEACTIVATED_TAG, Value: now.toISOString() },
  ];
}

/** An empty or unparseable time counts as not recorded. */
function parseTime(value: string | undefined): Date | undefined {
  if (!value) {
    return undefined;
  }
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time;
}
