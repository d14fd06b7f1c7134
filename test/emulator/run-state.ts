/**
 * What the global setup started, kept for the global teardown. Jest loads
 * the two as separate modules in the same process, so the state lives on
 * `globalThis`. (When the teardown never runs, as in an interrupted run,
 * the process-group registry still stops every process on exit.)
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ProviderServer } from '../../scripts/terraform';
import { RunningEmulator } from './moto-server';
import { stopStackProviders } from './stack-providers';

export interface RunState {
  readonly emulator: RunningEmulator;
  readonly runDir: string;
  providers: Map<string, ProviderServer>;
}

const KEY = Symbol.for('deltacrown.emulator.run');
type Holder = { [KEY]?: RunState };

/** Keeps the state for the teardown; returns it for the setup to fill in. */
export function rememberRun(state: RunState): RunState {
  (globalThis as Holder)[KEY] = state;
  return state;
}

/** Stops what the run started; removes the run folder when nothing failed. */
export async function releaseRun(): Promise<void> {
  const state = (globalThis as Holder)[KEY];
  if (state === undefined) return;
  delete (globalThis as Holder)[KEY];

  await Promise.all([stopStackProviders(state.providers), state.emulator.stop()]);

  // A stack's work folder is left behind only when its run failed.
  const leftovers = readdirSync(state.runDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory());
  if (leftovers.length === 0) {
    rmSync(state.runDir, { recursive: true, force: true });
  } else {
    const paths = leftovers.map((entry) => join(state.runDir, entry.name)).join(', ');
    process.stderr.write(`emulator tier: kept for inspection: ${paths}\n`);
  }
}
