/**
 * One measured run for the benchmark. `load` only imports what synth
 * needs (the floor); `synth` also validates and synthesizes both
 * environments. Prints the peak resident memory as JSON on stdout.
 */
import { loadEnvironments } from '../../config/load';
import { ENVIRONMENT_NAMES } from '../../config/types';
import { synthesize } from '../../stacks/app';

const [mode, outdir] = process.argv.slice(2);

if (mode === 'synth') {
  synthesize(loadEnvironments(ENVIRONMENT_NAMES), outdir);
} else if (mode !== 'load') {
  throw new Error(`mode "${mode}" is unknown; use load or synth`);
}

process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
