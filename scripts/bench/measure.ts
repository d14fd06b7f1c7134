/**
 * Runs a command several times and reports the median wall time and the
 * largest peak memory the command reported about itself.
 */
import { spawnSync } from 'node:child_process';

export interface Measurement {
  /** Median wall time in milliseconds. */
  readonly wallMs: number;
  /** Largest peak resident memory over the runs, in MiB. */
  readonly peakMiB: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The command must print `{"maxRssKb": n}` on stdout. */
export function measure(command: string, args: readonly string[], runs: number): Measurement {
  const walls: number[] = [];
  let peakKb = 0;

  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { encoding: 'utf8' });
    walls.push(Number(process.hrtime.bigint() - started) / 1e6);

    if (result.status !== 0) {
      throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
    }
    peakKb = Math.max(peakKb, (JSON.parse(result.stdout) as { maxRssKb: number }).maxRssKb);
  }

  return { wallMs: median(walls), peakMiB: peakKb / 1024 };
}
