/**
 * Entry point of `npm run rotate-key`. The only place that reads the
 * process environment: the emulator endpoint (AWS_ENDPOINT_URL) is read
 * once here and handed down; credentials come from the SDK's default chain.
 */
import { loadEnvironments } from '../../config/load';
import { runRotateKey } from './command';

const endpoint = process.env.AWS_ENDPOINT_URL || undefined;

void runRotateKey(process.argv.slice(2), {
  loadEnvironment: (name) => loadEnvironments([name])[0],
  endpoint,
  clock: () => new Date(),
  stdout: process.stdout,
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code;
});
