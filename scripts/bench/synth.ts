/**
 * Synthesis benchmark: both stacks against the floor of merely loading
 * the modules synthesis needs. Target: synthesis costs at most twice the
 * floor, in wall time and in peak memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure';

const PROBE = join(__dirname, 'synth-probe.ts');
const RUNS = 5;

export function benchSynth(log: (line: string) => void): void {
  const outdir = mkdtempSync(join(tmpdir(), 'certs-bench-'));
  const node = process.execPath;

  try {
    log(`synth: ${RUNS} runs each of loading only and of synthesizing both stacks`);
    const floor = measure(node, ['--import', 'tsx', PROBE, 'load', outdir], RUNS);
    const synth = measure(node, ['--import', 'tsx', PROBE, 'synth', outdir], RUNS);

    log(`  load modules only: ${floor.wallMs.toFixed(0)} ms, ${floor.peakMiB.toFixed(0)} MiB`);
    log(`  synth both stacks: ${synth.wallMs.toFixed(0)} ms, ${synth.peakMiB.toFixed(0)} MiB`);
    log(
      `  ratio synth/floor: time ${(synth.wallMs / floor.wallMs).toFixed(2)}, ` +
        `memory ${(synth.peakMiB / floor.peakMiB).toFixed(2)} (target <= 2)`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
