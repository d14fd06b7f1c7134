/**
 * `npm run bench`: prints speed and memory figures next to their targets.
 * Targets live here, not in timed tests, because a loaded CI machine
 * would make such tests flaky without telling anything about the code.
 *
 * `npm run bench -- synth` runs only the synthesis figures (seconds);
 * the emulator figures take a few minutes and need `npm run synth` first.
 */
import { benchEmulator } from './bench/emulator';
import { benchSynth } from './bench/synth';

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: readonly string[]): Promise<void> {
  const only = argv[0];
  if (argv.length > 1 || (only !== undefined && only !== 'synth' && only !== 'emulator')) {
    throw new Error(`unexpected arguments "${argv.join(' ')}"; use synth, emulator or nothing`);
  }

  if (only !== 'emulator') benchSynth(log);
  if (only !== 'synth') await benchEmulator(log);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
