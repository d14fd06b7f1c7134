/**
 * What the global setup started, kept for the global teardown. Jest loads
 * the two as separate modules in the same process, so the handle lives on
 * `globalThis`; an exit hook stops the emulator even when the teardown
 * never runs (an interrupted run).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { signalProcessGroup } from '../../scripts/terraform';
import { RunningEmulator } from './moto-server';

interface RunState {
  readonly emulator: RunningEmulator;
  readonly runDir: string;
}

const KEY = Symbol.for('deltacrown.emulator.run');
type Holder = { [KEY]?: RunState };

export function rememberEmulator(emulator: RunningEmulator, runDir: string): void {
  (globalThis as Holder)[KEY] = { emulator, runDir };

  const pid = emulator.pid;
  if (pid !== undefined) process.once('exit', () => signalProcessGroup(pid, 'SIGKILL'));
}

/** Stops the emulator this run started and removes the run folder when nothing failed. */
export async function releaseEmulator(): Promise<void> {
  const state = (globalThis as Holder)[KEY];
  if (state === undefined) return;
  delete (globalThis as Holder)[KEY];

  await state.emulator.stop();

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
