/**
 * For every AWS call of every step, a run in which that call fails once:
 * either before it reaches AWS, or (for calls that change something)
 * after AWS applied it, as when the response is lost. Running the same
 * command again must reach the step's intended end state, and at no
 * moment may the app user have three keys, no active key, or a parameter
 * naming anything but an active key of the user.
 */
import { AwsCall, CallObserver } from '../../scripts/rotate-key/clients';
import {
  KEY_CHECK_ACTIONS,
  KEY_ROTATION_OPERATOR_ACTIONS,
} from '../../policies/key-rotation-actions';
import {
  AppUser,
  createAppUser,
  FULL_KEY_ID,
  knownSecrets,
  listKeys,
  parameterKey,
  RunResult,
  runCommand,
  snapshot,
  startWorld,
  World,
} from './fixture';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calls every run starts with: reading the state. */
const READ_STATE = (keyCount: 1 | 2): string[] => [
  'iam:GetUser',
  'iam:ListAccessKeys',
  ...Array<string>(keyCount).fill('iam:GetAccessKeyLastUsed'),
  'ssm:GetParameter',
  'ssm:GetParameterHistory',
];

/** The two requests signed by the key under test. */
const KEY_CHECK = ['sts:GetCallerIdentity', 's3:DeleteObject'];

/** Calls after which AWS has changed something, so losing the answer matters. */
const CHANGING = new Set([
  'iam:TagUser',
  'iam:UntagUser',
  'iam:CreateAccessKey',
  'iam:UpdateAccessKey',
  'iam:DeleteAccessKey',
  'ssm:PutParameter',
]);

interface Scenario {
  readonly name: string;
  readonly args: readonly string[];
  /** Runs that bring a fresh app user to where the scenario starts. */
  readonly preparedSteps: number;
  /** Days ahead of the real time the command's clock runs. */
  readonly daysAhead: number;
  /** Every call of one clean run, in order. */
  readonly calls: readonly string[];
  readonly endState: (app: AppUser) => Promise<boolean>;
}

let world: World;

const scenarios: readonly Scenario[] = [
  {
    name: 'step 1 (hand over a new key)',
    args: [],
    preparedSteps: 0,
    daysAhead: 0,
    calls: [
      ...READ_STATE(1),
      'iam:TagUser',
      'iam:ListAccessKeys',
      'iam:CreateAccessKey',
      ...KEY_CHECK,
      'ssm:PutParameter',
    ],
    endState: async (app) => {
      const keys = await listKeys(world, app.userName);
      const inParameter = (await parameterKey(world, app)).accessKeyId;
      return keys.length === 2
        && keys.every((key) => key.status === 'Active')
        && keys.some((key) => key.id === app.firstKey.accessKeyId)
        && inParameter !== app.firstKey.accessKeyId;
    },
  },
  {
    name: 'step 2 (deactivate the old key)',
    args: [],
    preparedSteps: 1,
    daysAhead: 0,
    calls: [
      ...READ_STATE(2),
      'ssm:GetParameter',
      ...KEY_CHECK,
      'iam:TagUser',
      'iam:ListAccessKeys',
      'iam:UpdateAccessKey',
    ],
    endState: async (app) => {
      const keys = await listKeys(world, app.userName);
      const old = keys.find((key) => key.id === app.firstKey.accessKeyId);
      return keys.length === 2 && old?.status === 'Inactive';
    },
  },
  {
    name: 'step 3 (delete the old key)',
    args: [],
    preparedSteps: 2,
    daysAhead: 8,
    calls: [...READ_STATE(2), 'iam:ListAccessKeys', 'iam:DeleteAccessKey', 'iam:UntagUser'],
    endState: async (app) => {
      const end = await snapshot(world, app);
      const inParameter = (await parameterKey(world, app)).accessKeyId;
      return end.keys.length === 1
        && end.keys[0].id === inParameter
        && end.keys[0].status === 'Active'
        && inParameter !== app.firstKey.accessKeyId
        && Object.keys(end.tags).length === 0;
    },
  },
  {
    name: 'rollback from step 2',
    args: ['--rollback'],
    preparedSteps: 1,
    daysAhead: 0,
    calls: [
      ...READ_STATE(2),
      'ssm:GetParameter',
      ...KEY_CHECK,
      'ssm:PutParameter',
      'iam:ListAccessKeys',
      'iam:DeleteAccessKey',
      'iam:UntagUser',
    ],
    endState: (app) => backOnFirstKey(app),
  },
  {
    name: 'rollback from step 3',
    args: ['--rollback'],
    preparedSteps: 2,
    daysAhead: 0,
    calls: [
      ...READ_STATE(2),
      'iam:UpdateAccessKey',
      'ssm:GetParameter',
      ...KEY_CHECK,
      'ssm:PutParameter',
      'iam:ListAccessKeys',
      'iam:DeleteAccessKey',
      'iam:UntagUser',
    ],
    endState: (app) => backOnFirstKey(app),
  },
];

async function backOnFirstKey(app: AppUser): Promise<boolean> {
  const end = await snapshot(world, app);
  const inParameter = await parameterKey(world, app);
  return end.keys.length === 1
    && end.keys[0].id === app.firstKey.accessKeyId
    && end.keys[0].status === 'Active'
    && inParameter.secretAccessKey === app.firstKey.secretAccessKey
    && Object.keys(end.tags).length === 0;
}

beforeAll(async () => {
  world = await startWorld();
}, 60_000);

afterAll(async () => {
  await world?.moto.stop();
});

/** Records every call the command makes, as `service:Operation`. */
function recorder(calls: string[]): CallObserver {
  return { before: (call) => void calls.push(name(call)) };
}

/**
 * After each call that changes keys or the parameter (and after each
 * failed call), lists the keys through the admin and records any broken
 * rule; recording rather than throwing keeps the observer from failing
 * calls itself.
 */
function invariants(app: AppUser, violations: string[]): CallObserver {
  return {
    after: async (call, failure) => {
      if (!CHANGING.has(name(call)) && failure === undefined) {
        return;
      }
      const keys = await listKeys(world, app.userName);
      const active = keys.filter((key) => key.status === 'Active');
      const inParameter = (await parameterKey(world, app)).accessKeyId;
      if (keys.length > 2) {
        violations.push(`${keys.length} keys after ${name(call)}`);
      }
      if (active.length === 0) {
        violations.push(`no active key after ${name(call)}`);
      }
      if (!active.some((key) => key.id === inParameter)) {
        violations.push(`the parameter names no active key after ${name(call)}`);
      }
    },
  };
}

type FaultMode = 'before' | 'after';

/** Fails the call at `index` once: unsent, or applied with its answer lost. */
function injectFault(index: number, mode: FaultMode): CallObserver {
  let seen = -1;
  return {
    before: (call) => {
      seen += 1;
      if (seen === index && mode === 'before') {
        throw new Error(`injected failure before ${name(call)}`);
      }
    },
    after: (call) => {
      if (seen === index && mode === 'after') {
        throw new Error(`injected failure after ${name(call)}`);
      }
    },
  };
}

function name(call: AwsCall): string {
  return `${call.service}:${call.operation}`;
}

async function prepare(scenario: Scenario): Promise<AppUser> {
  const app = await createAppUser(world);
  for (let step = 0; step < scenario.preparedSteps; step += 1) {
    expect((await runCommand(world, app, [])).code).toBe(0);
  }
  return app;
}

function clockOf(scenario: Scenario): () => Date {
  return () => new Date(Date.now() + scenario.daysAhead * DAY_MS);
}

async function expectNothingSecretIn(app: AppUser, outputs: readonly RunResult[]) {
  const secrets = await knownSecrets(world, app);
  for (const output of outputs) {
    for (const secret of secrets) {
      expect(output.stdout + output.stderr).not.toContain(secret);
    }
    expect(output.stdout + output.stderr).not.toMatch(FULL_KEY_ID);
  }
}

test('the published action lists are exactly the calls the steps make', () => {
  const calls = new Set(scenarios.flatMap((scenario) => scenario.calls));
  const byKey = new Set(KEY_CHECK);

  expect([...calls].filter((call) => !byKey.has(call)).sort())
    .toEqual([...KEY_ROTATION_OPERATOR_ACTIONS].sort());
  expect([...calls].filter((call) => byKey.has(call)).sort())
    .toEqual([...KEY_CHECK_ACTIONS].sort());
});

describe.each(scenarios)('$name', (scenario) => {
  it('makes exactly the listed calls and reaches its end state in one clean run', async () => {
    const app = await prepare(scenario);
    const calls: string[] = [];

    const clean = await runCommand(world, app, scenario.args, {
      clock: clockOf(scenario),
      observers: [recorder(calls)],
    });

    expect(clean.code).toBe(0);
    expect(calls).toEqual(scenario.calls);
    expect(await scenario.endState(app)).toBe(true);
  });

  const faults = scenario.calls.flatMap((call, index) => {
    const modes: FaultMode[] = CHANGING.has(call) ? ['before', 'after'] : ['before'];
    return modes.map((mode) => ({ call, index, mode }));
  });

  const title = 'call $index, $call, failing $mode AWS acts, is recovered by running again';
  it.each(faults)(title, async ({ index, mode }) => {
    const app = await prepare(scenario);
    const violations: string[] = [];
    const outputs: RunResult[] = [];
    const options = { clock: clockOf(scenario) };

    const faulted = await runCommand(world, app, scenario.args, {
      ...options,
      observers: [invariants(app, violations), injectFault(index, mode)],
    });
    outputs.push(faulted);
    expect(faulted.code).toBe(1);
    expect(faulted.stderr).toContain('injected failure');

    const rerunCodes: number[] = [];
    for (let rerun = 0; rerun < 3 && !(await scenario.endState(app)); rerun += 1) {
      const next = await runCommand(world, app, scenario.args, {
        ...options,
        observers: [invariants(app, violations)],
      });
      outputs.push(next);
      rerunCodes.push(next.code);
    }

    expect(violations).toEqual([]);
    expect(rerunCodes.every((code) => code === 0)).toBe(true);
    expect(await scenario.endState(app)).toBe(true);
    await expectNothingSecretIn(app, outputs);
  });
});
