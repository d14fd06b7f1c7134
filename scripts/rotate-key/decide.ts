/**
 * From the situation found to the next safe step, or a refusal. Pure: no
 * AWS call, no clock read (the time comes in as `now`), so that every rule
 * of the rotation is tested without an emulator.
 */
import { Action } from './actions';
import { maskKeyId } from './mask';
import { Situation } from './situation';
import { AccessKeyState } from './state';

export interface DecisionProps {
  readonly userName: string;
  readonly parameterName: string;
  /** Undo the rotation instead of advancing it. Default off. */
  readonly rollback: boolean;
  /** Deactivate the old key even if it was used after the hand-over. Default off. */
  readonly force: boolean;
  /** Days an inactive old key is kept before it is deleted. */
  readonly graceDays: number;
  readonly now: Date;
}

/** Which step a run takes; shown to the operator and in the JSON result. */
export type StepName =
  | 'start-rotation'
  | 'deactivate-old-key'
  | 'record-deactivation'
  | 'delete-old-key'
  | 'delete-orphan-key'
  | 'clear-rotation-record'
  | 'roll-back'
  | 'finish-rollback';

export type Decision =
  | {
      readonly kind: 'act';
      readonly step: StepName;
      readonly title: string;
      readonly actions: readonly Action[];
      readonly notes: readonly string[];
    }
  /** Nothing to do yet (exit 0). */
  | { readonly kind: 'wait'; readonly title: string; readonly notes: readonly string[] }
  /** A state the command will not act on (exit 2, nothing changed). */
  | { readonly kind: 'refuse'; readonly found: string; readonly advice: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * IAM can take up to this long to report that a key was used, so a quiet
 * old key shortly after the hand-over proves less than it seems.
 */
const LAST_USED_LAG_MS = 4 * 60 * 60 * 1000;

export function decide(situation: Situation, props: DecisionProps): Decision {
  const decision = decideStep(situation, props);
  if (props.force && !(decision.kind === 'act' && decision.step === 'deactivate-old-key')) {
    return withNote(decision, '--force only matters when the old key is deactivated; ignored.');
  }
  return decision;
}

function decideStep(situation: Situation, props: DecisionProps): Decision {
  const { userName: user, parameterName: parameter } = props;
  switch (situation.kind) {
    case 'user-missing':
      return refuse(
        `IAM user ${user} was not found.`,
        'Check --user (its default comes from the environment configuration) and that '
          + 'the stack creating the user is deployed.',
      );
    case 'parameter-missing':
      return refuse(
        `Parameter ${parameter} does not exist.`,
        'Check --parameter, or create it as a SecureString holding '
          + '{"accessKeyId": ..., "secretAccessKey": ...} of the key the app uses '
          + '(runbooks/access-key-rotation.md, "First use").',
      );
    case 'parameter-not-secure':
      return refuse(
        `Parameter ${parameter} is a ${situation.type}, not a SecureString.`,
        'Re-create it as a SecureString: the command writes secrets only into an '
          + 'encrypted parameter.',
      );
    case 'parameter-unreadable':
      return refuse(
        `Version ${situation.version} of ${parameter} is not JSON with the string fields `
          + 'accessKeyId and secretAccessKey.',
        `Put a valid value back (an earlier version is listed by aws ssm `
          + `get-parameter-history --name ${parameter}), then run again.`,
      );
    case 'too-many-keys':
      return refuse(
        `User ${user} has ${situation.keys.length} access keys: ${listKeys(situation.keys)}.`,
        'Delete by hand the keys the app does not use, keeping the one in the parameter.',
      );
    case 'no-active-key':
      return refuse(
        `User ${user} has no active access key (${listKeys(situation.keys)}): `
          + 'the app cannot authenticate.',
        'Reactivate the key named in the parameter with aws iam update-access-key '
          + `--user-name ${user} --access-key-id <id> --status Active, then run again.`,
      );
    case 'parameter-names-other-key':
      return refuse(
        `Parameter ${parameter} names key ${maskKeyId(situation.parameterKeyId)}, which is not `
          + `one of ${user}'s keys (${listKeys(situation.keys)}).`,
        'Find out which key the app really uses and put that key into the parameter, '
          + 'or check --user and --parameter; then run again.',
      );
    case 'parameter-key-inactive':
      return refuse(
        `Parameter ${parameter} names key ${maskKeyId(situation.key.id)}, which is `
          + `${situation.key.status}: the app cannot authenticate.`,
        'Reactivate it with aws iam update-access-key --user-name '
          + `${user} --access-key-id <id> --status Active, then run again.`,
      );
    case 'unknown-second-key':
      return refuse(
        `User ${user} has a second key ${describeKey(situation.other)} that the parameter `
          + `never held and this command did not create; the parameter holds `
          + `${maskKeyId(situation.key.id)}.`,
        'Check who uses it (aws iam get-access-key-last-used --access-key-id <id>); '
          + 'delete it if nothing does (aws iam delete-access-key), then run again.',
      );
    case 'one-key':
      return decideOneKey(situation, props);
    case 'new-key-handed-over':
      return props.rollback ? rollBack(situation, props) : deactivateOldKey(situation, props);
    case 'old-key-inactive':
      return props.rollback ? rollBack(situation, props) : deleteOldKey(situation, props);
    case 'orphan-new-key':
      return act(
        'delete-orphan-key',
        `Delete key ${maskKeyId(situation.orphan.id)}, left by an interrupted step 1: it never `
          + 'reached the parameter and its secret is lost.',
        [{ type: 'delete-key', keyId: situation.orphan.id }, { type: 'clear-rotation-record' }],
      );
    case 'rollback-interrupted':
      if (!props.rollback) {
        return refuse(
          `Parameter ${parameter} holds the older key ${maskKeyId(situation.key.id)} again `
            + `while the newer key ${maskKeyId(situation.newKey.id)}, handed to the app `
            + 'before, is still active: a rollback was interrupted.',
          'Run again with --rollback to finish it (the newer key is deleted).',
        );
      }
      return act(
        'finish-rollback',
        `Finish the rollback: prove key ${maskKeyId(situation.key.id)} works, then delete `
          + `key ${maskKeyId(situation.newKey.id)}.`,
        [
          { type: 'verify-parameter-key', keyId: situation.key.id },
          { type: 'delete-key', keyId: situation.newKey.id },
          { type: 'clear-rotation-record' },
        ],
      );
  }
}

function decideOneKey(
  situation: Extract<Situation, { kind: 'one-key' }>,
  props: DecisionProps,
): Decision {
  const key = maskKeyId(situation.key.id);
  if (props.rollback && situation.record === 'none') {
    return wait(`Nothing to roll back: ${key} is the only key and no rotation is under way.`);
  }
  if (props.rollback || situation.record === 'left-over') {
    return act(
      'clear-rotation-record',
      `Clear the rotation record left on ${props.userName}; ${key} is the only key.`,
      [{ type: 'clear-rotation-record' }],
    );
  }
  const notes = situation.record === 'start-interrupted'
    ? ['An earlier start of this rotation stopped before a new key existed; starting again.']
    : [];
  return act(
    'start-rotation',
    `Step 1 of 3: create a second key, prove it works and hand it to the app; `
      + `${key} stays active.`,
    [
      { type: 'record-rotation-start', oldKeyId: situation.key.id },
      { type: 'create-key' },
      { type: 'verify-created-key' },
      { type: 'hand-over-created-key' },
    ],
    notes,
  );
}

function deactivateOldKey(
  situation: Extract<Situation, { kind: 'new-key-handed-over' }>,
  props: DecisionProps,
): Decision {
  const { oldKey, newKey, handedOverAt } = situation;
  const usedSince = oldKey.lastUsedAt !== undefined
    && oldKey.lastUsedAt.getTime() > handedOverAt.getTime();
  const uses = `Old key ${maskKeyId(oldKey.id)} was last used at `
    + `${oldKey.lastUsedAt?.toISOString()}, after the new key ${maskKeyId(newKey.id)} was `
    + `handed to the app at ${handedOverAt.toISOString()} (new key last used: `
    + `${newKey.lastUsedAt?.toISOString() ?? 'never'}).`;
  if (usedSince && !props.force) {
    return refuse(
      uses,
      'Something still uses the old key: make the app re-read the parameter (restart it) '
        + 'and run again later. Once the old key\'s last use stops moving, run again with '
        + '--force; to undo the rotation, run with --rollback.',
    );
  }

  const notes: string[] = [];
  if (usedSince) {
    notes.push(`--force: deactivating anyway. ${uses}`);
  }
  if (props.now.getTime() - handedOverAt.getTime() < LAST_USED_LAG_MS) {
    notes.push('The new key was handed over less than 4 hours ago; IAM can take that long '
      + 'to report a key\'s use, so a recent use of the old key may not show yet.');
  }
  return act(
    'deactivate-old-key',
    `Step 2 of 3: prove the new key ${maskKeyId(newKey.id)} works, then deactivate the old `
      + `key ${maskKeyId(oldKey.id)} (deleted ${props.graceDays} days later).`,
    [
      { type: 'verify-parameter-key', keyId: newKey.id },
      { type: 'record-deactivation', oldKeyId: oldKey.id },
      { type: 'set-key-status', keyId: oldKey.id, status: 'Inactive' },
    ],
    notes,
  );
}

function deleteOldKey(
  situation: Extract<Situation, { kind: 'old-key-inactive' }>,
  props: DecisionProps,
): Decision {
  const { oldKey, deactivatedAt } = situation;
  const key = maskKeyId(oldKey.id);
  if (!deactivatedAt) {
    return act(
      'record-deactivation',
      `Record when ${key} was deactivated (no record was found): the ${props.graceDays}-day `
        + 'grace period starts now.',
      [{ type: 'record-deactivation', oldKeyId: oldKey.id }],
    );
  }
  const deleteAfter = new Date(deactivatedAt.getTime() + props.graceDays * DAY_MS);
  if (props.now.getTime() < deleteAfter.getTime()) {
    return wait(
      `Old key ${key} is inactive since ${deactivatedAt.toISOString()}; it can be deleted `
        + `from ${deleteAfter.toISOString()} (grace period ${props.graceDays} days). `
        + 'Run again then.',
    );
  }
  return act(
    'delete-old-key',
    `Step 3 of 3: delete the old key ${key}, inactive since ${deactivatedAt.toISOString()} `
      + `(${props.graceDays} days or more).`,
    [{ type: 'delete-key', keyId: oldKey.id }, { type: 'clear-rotation-record' }],
  );
}

/**
 * Back to the old key: it becomes active again, its secret comes back
 * from the parameter version that last held it, and only then is the new
 * key deleted, so the app always has a working key in the parameter.
 */
function rollBack(
  situation: Extract<Situation, { kind: 'new-key-handed-over' | 'old-key-inactive' }>,
  props: DecisionProps,
): Decision {
  const { oldKey, newKey, oldKeyVersion } = situation;
  if (oldKeyVersion === undefined) {
    return refuse(
      `The secret of the old key ${maskKeyId(oldKey.id)} is no longer in the history of `
        + `${props.parameterName} (SSM keeps the last 100 versions; a re-created parameter `
        + 'keeps none), so the old key cannot be handed back.',
      'Keep the new key: run again without --rollback to continue the rotation.',
    );
  }
  const reactivate: Action[] = oldKey.status === 'Active'
    ? []
    : [{ type: 'set-key-status', keyId: oldKey.id, status: 'Active' }];
  return act(
    'roll-back',
    `Roll back: hand the old key ${maskKeyId(oldKey.id)} back to the app, then delete the `
      + `new key ${maskKeyId(newKey.id)}.`,
    [
      ...reactivate,
      { type: 'restore-parameter-version', keyId: oldKey.id, version: oldKeyVersion },
      { type: 'delete-key', keyId: newKey.id },
      { type: 'clear-rotation-record' },
    ],
  );
}

/** What the operator does after a step, printed when it is done. */
export function followUp(step: StepName, props: Pick<DecisionProps, 'graceDays'>): string {
  switch (step) {
    case 'start-rotation':
      return 'Once the app has read the new key from the parameter, run again to deactivate '
        + 'the old key.';
    case 'deactivate-old-key':
    case 'record-deactivation':
      return `Run again after ${props.graceDays} days to delete the old key; `
        + '--rollback undoes the rotation until then.';
    case 'delete-old-key':
      return 'The rotation is complete.';
    case 'delete-orphan-key':
      return 'Run again to start the rotation afresh.';
    case 'clear-rotation-record':
      return 'No rotation is under way; the next run starts one.';
    case 'roll-back':
    case 'finish-rollback':
      return 'The app is back on the old key; the rotation is undone.';
  }
}

function act(
  step: StepName,
  title: string,
  actions: readonly Action[],
  notes: readonly string[] = [],
): Decision {
  return { kind: 'act', step, title, actions, notes };
}

function wait(title: string): Decision {
  return { kind: 'wait', title, notes: [] };
}

function refuse(found: string, advice: string): Decision {
  return { kind: 'refuse', found, advice };
}

function withNote(decision: Decision, note: string): Decision {
  return decision.kind === 'refuse' ? decision : { ...decision, notes: [...decision.notes, note] };
}

function describeKey(key: AccessKeyState): string {
  return `${maskKeyId(key.id)} (${key.status}, created ${key.createdAt.toISOString()})`;
}

function listKeys(keys: readonly AccessKeyState[]): string {
  return keys.length === 0 ? 'none' : keys.map(describeKey).join(', ');
}
