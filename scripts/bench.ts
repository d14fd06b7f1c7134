/**
 * `npm run bench`: prints speed and memory figures. Targets live here,
 * not in timed tests, because a loaded CI machine would make such tests
 * flaky without telling anything about the code.
 */
import { benchSynth } from './bench/synth';

const log = (line: string) => process.stdout.write(`${line}\n`);

benchSynth(log);
