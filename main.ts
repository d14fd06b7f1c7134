/**
 * The main job: validate every environment's configuration, then write
 * `cdktf.out/stacks/<env>/cdk.tf.json` for each. Invalid configuration
 * stops the run before anything is written.
 *
 * Usage: `npm run synth [-- staging|production ...]` (default: all).
 */
import { ENVIRONMENT_NAMES } from './config/types';
import { loadEnvironments } from './config/load';
import { stackFile, synthesize } from './stacks/app';

/** `cdktf synth` passes its output folder here; `npm run synth` uses the default. */
const outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';

function main(argv: readonly string[]): void {
  const names = argv.length > 0 ? argv : ENVIRONMENT_NAMES;
  const configs = loadEnvironments(names);

  synthesize(configs, outdir);

  for (const config of configs) {
    process.stderr.write(`synthesized ${stackFile(outdir, config.name)}\n`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
