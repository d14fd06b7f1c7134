/**
 * Starts moto's standalone server on a free local port, with the fixes in
 * `scripts/emulator/moto-fixes/` loaded into it, and stops it again.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findExecutable, killGroupOnExit, stopProcessGroup } from '../../scripts/terraform';
import { freePort } from './free-port';
import { waitForEndpoint } from './wait-for-endpoint';

export const MOTO_INSTALL_HINT =
  "Install moto's server with `pip install 'moto[server]'` (it provides moto_server), " +
  'or start LocalStack (`localstack start`) and set AWS_ENDPOINT_URL=http://127.0.0.1:4566.';

/** Bound to the loopback address only: the emulator accepts any credentials. */
const HOST = '127.0.0.1';

/** Folder whose sitecustomize.py patches moto's gaps at interpreter start. */
const MOTO_FIXES_DIR = join(__dirname, '../../scripts/emulator/moto-fixes');

export interface MotoServerProps {
  readonly searchPath: string;
  readonly baseEnv: Readonly<Record<string, string>>;
  /** Where moto's request log goes. */
  readonly logFile: string;
}

export interface RunningEmulator {
  readonly endpoint: string;
  /** Settles once the emulator answers; the address is known before that. */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

/** Starts moto; await `ready` before sending it requests. */
export async function startMotoServer(props: MotoServerProps): Promise<RunningEmulator> {
  const binary = findExecutable('moto_server', props.searchPath);
  if (binary === undefined) {
    throw new Error(`moto_server was not found on PATH and AWS_ENDPOINT_URL is not set. ` +
      MOTO_INSTALL_HINT);
  }

  const port = await freePort(HOST);
  const pythonPath = [MOTO_FIXES_DIR, props.baseEnv.PYTHONPATH]
    .filter((part) => part !== undefined && part !== '')
    .join(delimiter);
  const child = spawn(binary, ['-H', HOST, '-p', String(port)], {
    env: { ...props.baseEnv, PYTHONPATH: pythonPath },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) killGroupOnExit(child.pid);
  const log = createWriteStream(props.logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);

  const endpoint = `http://${HOST}:${port}`;
  const stop = () => stopProcessGroup(child);
  let exit: string | undefined;
  child.once('exit', (code, signal) => {
    exit = `moto_server exited with ${code ?? signal}; see ${props.logFile}`;
  });

  const ready = waitForEndpoint(`${endpoint}/moto-api/`, { abandon: () => exit });
  return { endpoint, ready, stop };
}
