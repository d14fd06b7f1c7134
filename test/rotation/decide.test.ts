/**
 * The pure half of the command: which situation a state is, and which
 * step follows. No emulator; every rule of the rotation is checked here,
 * and an exhaustive walk over small states proves that no planned step
 * can leave three keys, no active key, or a parameter naming a key the
 * app cannot use.
 */
import { Action } from '../../scripts/rotate-key/actions';
import { decide, Decision, DecisionProps } from '../../scripts/rotate-key/decide';
import { RotationRecord } from '../../scripts/rotate-key/record';
import { classify } from '../../scripts/rotate-key/situation';
import { AccessKeyState, KeyStatus, ObservedState } from '../../scripts/rotate-key/state';

const OLD = 'AKIAOLDOLDOLDOLD0001';
const NEW = 'AKIANEWNEWNEWNEWN002';
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const T0 = new Date('2026-03-01T00:00:00Z');

function at(hours: number): Date {
  return new Date(T0.getTime() + hours * HOUR_MS);
}

function key(id: string, status: KeyStatus, createdHour: number, usedHour?: number) {
  return {
    id,
    status,
    createdAt: at(createdHour),
    lastUsedAt: usedHour === undefined ? undefined : at(usedHour),
  };
}

interface StateProps {
  readonly keys: readonly AccessKeyState[];
  /** Key ids of the parameter's versions, oldest first; the last is current. */
  readonly versions?: readonly (string | undefined)[];
  readonly record?: RotationRecord;
  readonly type?: string;
}

/** Version n was written at hour 10 * n. */
function state(props: StateProps): ObservedState {
  const versions = props.versions ?? [];
  const history = versions.map((accessKeyId, index) => ({
    version: index + 1,
    accessKeyId,
    modifiedAt: at(10 * (index + 1)),
  }));
  const current = history[history.length - 1];
  return {
    userName: 'app',
    parameterName: '/app/key',
    user: { name: 'app', arn: 'arn:aws:iam::123456789012:user/app', record: props.record },
    keys: props.keys,
    parameter: current && {
      type: props.type ?? 'SecureString',
      version: current.version,
      accessKeyId: current.accessKeyId,
      modifiedAt: current.modifiedAt,
      history,
    },
  };
}

function props(overrides: Partial<DecisionProps> = {}): DecisionProps {
  return {
    userName: 'app',
    parameterName: '/app/key',
    rollback: false,
    force: false,
    graceDays: 7,
    now: at(100),
    ...overrides,
  };
}

function decideFor(observed: ObservedState, overrides: Partial<DecisionProps> = {}): Decision {
  return decide(classify(observed), props(overrides));
}

/** The state after step 1: old key created at hour 0, new at hour 19, handed over at hour 20. */
const handedOver = (oldUsedHour?: number) => state({
  keys: [key(OLD, 'Active', 0, oldUsedHour), key(NEW, 'Active', 19)],
  versions: [OLD, NEW],
  record: { startedAt: at(19), oldKeyId: OLD },
});

const DEACTIVATED_AT_30: RotationRecord = { oldKeyId: OLD, oldKeyDeactivatedAt: at(30) };

/** The state after step 2. */
const oldInactive = (record: RotationRecord | undefined = DEACTIVATED_AT_30) =>
  state({
    keys: [key(OLD, 'Inactive', 0), key(NEW, 'Active', 19)],
    versions: [OLD, NEW],
    record,
  });

describe('classify', () => {
  const oneActive = [key(OLD, 'Active', 0)];
  const bothActive = [key(OLD, 'Active', 0), key(NEW, 'Active', 19)];
  const third = key('AKIATHIRD00000000003', 'Active', 20);
  it.each([
    ['user-missing', { ...state({ keys: [], versions: [OLD] }), user: undefined }],
    ['parameter-missing', state({ keys: oneActive })],
    ['parameter-not-secure', state({ keys: oneActive, versions: [OLD], type: 'String' })],
    ['parameter-unreadable', state({ keys: oneActive, versions: [undefined] })],
    ['no-active-key', state({ keys: [key(OLD, 'Inactive', 0)], versions: [OLD] })],
    ['parameter-names-other-key', state({ keys: bothActive, versions: ['AKIAOTHER00000000000'] })],
    ['parameter-key-inactive', state({
      keys: [key(OLD, 'Inactive', 0), key(NEW, 'Active', 1)],
      versions: [OLD],
    })],
    ['one-key', state({ keys: oneActive, versions: [OLD] })],
    ['new-key-handed-over', handedOver()],
    ['old-key-inactive', oldInactive()],
    ['orphan-new-key', state({ keys: bothActive, versions: [OLD], record: { oldKeyId: OLD } })],
    ['rollback-interrupted', state({ keys: bothActive, versions: [OLD, NEW, OLD] })],
    ['unknown-second-key', state({ keys: bothActive, versions: [OLD] })],
    ['too-many-keys', state({ keys: [...bothActive, third], versions: [OLD] })],
  ])('names the state %s', (kind, observed) => {
    expect(classify(observed).kind).toBe(kind);
  });

  it('takes the hand-over time from the first version that names the new key', () => {
    const observed = state({
      keys: [key(OLD, 'Active', 0), key(NEW, 'Active', 19)],
      versions: [OLD, NEW, NEW],
    });

    expect(classify(observed))
      .toMatchObject({ kind: 'new-key-handed-over', handedOverAt: at(20) });
  });

  it('ignores a deactivation record that names another key', () => {
    const previous = { oldKeyId: 'AKIAPREVIOUS00000000', oldKeyDeactivatedAt: at(30) };

    const situation = classify(oldInactive(previous));

    expect(situation).toMatchObject({ kind: 'old-key-inactive', deactivatedAt: undefined });
  });
});

describe('decide: step 1', () => {
  it('records the start, creates a key, proves it, and only then hands it over', () => {
    const decision = decideFor(state({ keys: [key(OLD, 'Active', 0)], versions: [OLD] }));

    expect(decision).toMatchObject({ kind: 'act', step: 'start-rotation' });
    expect(types(decision)).toEqual([
      'record-rotation-start',
      'create-key',
      'verify-created-key',
      'hand-over-created-key',
    ]);
  });

  it('starts again after a start that stopped before a new key existed', () => {
    const observed = state({
      keys: [key(OLD, 'Active', 0)],
      versions: [OLD],
      record: { oldKeyId: OLD },
    });

    const decision = decideFor(observed);

    expect(decision).toMatchObject({ step: 'start-rotation' });
    expect(notes(decision)).toContain(
      'An earlier start of this rotation stopped before a new key existed; starting again.',
    );
  });

  it('clears the record a finished rotation left behind instead of starting another', () => {
    const observed = state({
      keys: [key(NEW, 'Active', 19)],
      versions: [OLD, NEW],
      record: { oldKeyId: OLD },
    });

    const decision = decideFor(observed);

    expect(decision).toMatchObject({ step: 'clear-rotation-record' });
    expect(types(decision)).toEqual(['clear-rotation-record']);
  });
});

describe('decide: step 2', () => {
  it('proves the new key, records the time, then deactivates the old key', () => {
    const decision = decideFor(handedOver(15));

    expect(decision).toMatchObject({ kind: 'act', step: 'deactivate-old-key' });
    expect(decision.kind === 'act' && decision.actions).toEqual([
      { type: 'verify-parameter-key', keyId: NEW },
      { type: 'record-deactivation', oldKeyId: OLD },
      { type: 'set-key-status', keyId: OLD, status: 'Inactive' },
    ]);
  });

  it('refuses while the old key was used after the hand-over, saying when', () => {
    const decision = decideFor(handedOver(21));

    expect(decision).toMatchObject({ kind: 'refuse' });
    expect(decision.kind === 'refuse' && decision.found).toBe(
      'Old key AKIA****0001 was last used at 2026-03-01T21:00:00.000Z, after the new key '
        + 'AKIA****N002 was handed to the app at 2026-03-01T20:00:00.000Z '
        + '(new key last used: never).',
    );
  });

  it('deactivates anyway with --force and keeps the reason in a note', () => {
    const decision = decideFor(handedOver(21), { force: true });

    expect(decision).toMatchObject({ step: 'deactivate-old-key' });
    expect(notes(decision).join(' ')).toContain('--force: deactivating anyway.');
  });

  it('warns that IAM reports use late when the hand-over is under 4 hours old', () => {
    expect(notes(decideFor(handedOver(), { now: at(23) })).join(' '))
      .toContain('less than 4 hours');
    expect(notes(decideFor(handedOver(), { now: at(24) }))).toEqual([]);
  });
});

describe('decide: step 3', () => {
  it('waits until the grace period is over, naming the date', () => {
    const justBefore = new Date(at(30).getTime() + 7 * DAY_MS - 1);

    const decision = decideFor(oldInactive(), { now: justBefore });

    expect(decision).toMatchObject({ kind: 'wait' });
    expect(decision.kind === 'wait' && decision.title)
      .toContain('it can be deleted from 2026-03-09T06:00:00.000Z');
  });

  it('deletes the old key once the grace period is over, then clears the record', () => {
    const decision = decideFor(oldInactive(), { now: new Date(at(30).getTime() + 7 * DAY_MS) });

    expect(decision).toMatchObject({ step: 'delete-old-key' });
    expect(decision.kind === 'act' && decision.actions).toEqual([
      { type: 'delete-key', keyId: OLD },
      { type: 'clear-rotation-record' },
    ]);
  });

  it('counts the grace period in the days it is given', () => {
    expect(decideFor(oldInactive(), { graceDays: 0, now: at(30) }))
      .toMatchObject({ step: 'delete-old-key' });
    expect(decideFor(oldInactive(), { graceDays: 30, now: at(30 + 29 * 24) }))
      .toMatchObject({ kind: 'wait' });
  });

  it('records the deactivation time now when it was not recorded', () => {
    const decision = decideFor(oldInactive({ startedAt: at(19) }));

    expect(decision).toMatchObject({ step: 'record-deactivation' });
    expect(types(decision)).toEqual(['record-deactivation']);
  });
});

describe('decide: rollback', () => {
  it('from step 2 restores the version that last held the old key, then deletes the new', () => {
    const observed = state({
      keys: [key(OLD, 'Active', 0), key(NEW, 'Active', 19)],
      versions: [OLD, OLD, NEW],
    });

    const decision = decideFor(observed, { rollback: true });

    expect(decision.kind === 'act' && decision.actions).toEqual([
      { type: 'restore-parameter-version', keyId: OLD, version: 2 },
      { type: 'delete-key', keyId: NEW },
      { type: 'clear-rotation-record' },
    ]);
  });

  it('from step 3 reactivates the old key first', () => {
    expect(types(decideFor(oldInactive(), { rollback: true }))).toEqual([
      'set-key-status',
      'restore-parameter-version',
      'delete-key',
      'clear-rotation-record',
    ]);
  });

  it('refuses when the old key is no longer in the parameter history', () => {
    const observed = state({
      keys: [key(OLD, 'Active', 0), key(NEW, 'Active', 19)],
      versions: [NEW],
    });

    expect(decideFor(observed, { rollback: true })).toMatchObject({ kind: 'refuse' });
  });

  it('finishes an interrupted rollback only when asked to, proving the old key first', () => {
    const observed = state({
      keys: [key(OLD, 'Active', 0), key(NEW, 'Active', 19)],
      versions: [OLD, NEW, OLD],
    });

    expect(decideFor(observed)).toMatchObject({ kind: 'refuse' });
    expect(types(decideFor(observed, { rollback: true }))).toEqual([
      'verify-parameter-key',
      'delete-key',
      'clear-rotation-record',
    ]);
  });

  it('has nothing to roll back with one key and no record', () => {
    const observed = state({ keys: [key(OLD, 'Active', 0)], versions: [OLD] });

    expect(decideFor(observed, { rollback: true })).toMatchObject({ kind: 'wait' });
  });
});

describe('decide: a key left by an interrupted step 1', () => {
  it('is deleted, forward or backward, since it never reached the app', () => {
    const observed = state({
      keys: [key(OLD, 'Active', 0), key(NEW, 'Active', 19)],
      versions: [OLD],
      record: { oldKeyId: OLD },
    });

    for (const rollback of [false, true]) {
      expect(decideFor(observed, { rollback })).toMatchObject({ step: 'delete-orphan-key' });
    }
  });
});

describe('--force outside step 2', () => {
  it('is ignored with a note', () => {
    const observed = state({ keys: [key(OLD, 'Active', 0)], versions: [OLD] });

    const decision = decideFor(observed, { force: true });

    expect(notes(decision))
      .toContain('--force only matters when the old key is deactivated; ignored.');
  });
});

/**
 * Every state of up to two keys (each active or inactive, either created
 * first), a parameter naming one of them or neither, any history and any
 * record, under every flag: the planned actions, applied to a model of
 * the keys, never break a rule at any moment.
 */
describe('every planned step, on every small state', () => {
  const statuses: KeyStatus[] = ['Active', 'Inactive'];
  const keySets: AccessKeyState[][] = [[]];
  for (const first of statuses) {
    keySets.push([key(OLD, first, 0)]);
    for (const second of statuses) {
      keySets.push([key(OLD, first, 0), key(NEW, second, 19)]);
    }
  }
  const histories: (string | undefined)[][] = [
    [OLD], [NEW], [OLD, NEW], [NEW, OLD], [OLD, NEW, OLD], ['AKIAOTHER00000000000'], [undefined],
  ];
  const records: (RotationRecord | undefined)[] = [
    undefined,
    { oldKeyId: OLD },
    { oldKeyId: NEW },
    { oldKeyId: OLD, oldKeyDeactivatedAt: at(30) },
  ];
  const flagSets: Partial<DecisionProps>[] = [
    {}, { rollback: true }, { force: true }, { now: at(30 + 8 * 24) },
  ];
  const cases = keySets.flatMap((keys) => histories.flatMap((versions) =>
    records.flatMap((record) => flagSets.map((flags) => ({ keys, versions, record, flags })))));

  it(`holds for all ${cases.length} combinations`, () => {
    for (const { keys, versions, record, flags } of cases) {
      const observed = state({ keys, versions, record });
      const decision = decideFor(observed, flags);
      if (decision.kind === 'act') {
        expect(applyToModel(observed, decision.actions)).toEqual([]);
      }
    }
  });
});

/** Applies actions to a model of keys and parameter; returns every broken rule. */
function applyToModel(observed: ObservedState, actions: readonly Action[]): string[] {
  const keys = new Map(observed.keys.map((entry) => [entry.id, entry.status as string]));
  let inParameter = observed.parameter?.accessKeyId;
  const broken: string[] = [];
  for (const action of actions) {
    switch (action.type) {
      case 'create-key':
        keys.set('AKIACREATED000000003', 'Active');
        break;
      case 'hand-over-created-key':
        inParameter = 'AKIACREATED000000003';
        break;
      case 'set-key-status':
        keys.set(action.keyId, action.status);
        break;
      case 'restore-parameter-version':
        inParameter = action.keyId;
        break;
      case 'delete-key':
        keys.delete(action.keyId);
        break;
      default:
        break;
    }
    const active = [...keys].filter(([, status]) => status === 'Active').map(([id]) => id);
    if (keys.size > 2) broken.push(`three keys after ${action.type}`);
    if (active.length === 0) broken.push(`no active key after ${action.type}`);
    if (!active.includes(inParameter ?? '')) {
      broken.push(`parameter key not active after ${action.type}`);
    }
  }
  return broken;
}

function types(decision: Decision): string[] {
  return decision.kind === 'act' ? decision.actions.map((action) => action.type) : [];
}

function notes(decision: Decision): readonly string[] {
  return decision.kind === 'refuse' ? [] : decision.notes;
}
