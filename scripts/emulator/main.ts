/**
 * `npm run emulator [-- --port N]`: starts moto_server in the foreground
 * with the fixes in `moto-fixes/`, for running the emulator tier or the
 * rotation command against an emulator you control:
 *
 *   npm run emulator -- --port 5000
 *   AWS_ENDPOINT_URL=http://127.0.0.1:5000 npm test
 *
 * Plain moto 5.2.1 lacks a few APIs the stacks use (budget subscribers,
 * budget tags, CloudTrail calls by ARN, bucket-logging checks on list
 * resources, bucket metrics configurations); the fixes make it answer as
 * AWS does.
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';

const FIXES = join(__dirname, 'moto-fixes');
const DEFAULT_PORT = 5000;

function portFrom(argv: readonly string[]): number {
  if (argv.length === 0) return DEFAULT_PORT;

  const [flag, value] = argv;
  const port = Number(value);
  const valid = Number.isInteger(port) && port >= 1 && port <= 65535;
  if (flag !== '--port' || argv.length !== 2 || !valid) {
    throw new Error(
      `unexpected arguments "${argv.join(' ')}"; use --port with a number from 1 to 65535`,
    );
  }
  return port;
}

function main(): void {
  const port = portFrom(process.argv.slice(2));
  const pythonPath = [FIXES, process.env.PYTHONPATH].filter(Boolean).join(delimiter);

  const moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, PYTHONPATH: pythonPath },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  moto.on('error', () => {
    process.stderr.write("moto_server is not on PATH; run: pip install 'moto[server]'\n");
    process.exit(1);
  });
  moto.on('exit', (code) => process.exit(code ?? 0));

  process.stdout.write(`AWS_ENDPOINT_URL=http://127.0.0.1:${port}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
