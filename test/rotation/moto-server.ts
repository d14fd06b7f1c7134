/**
 * One moto server per test file, on a free local port, with IAM
 * enforcement: after the first `unauthenticatedRequests` requests (the
 * bootstrap of an admin user), every request must be signed by a known
 * key and allowed by that key's user's policies.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Socket } from 'node:net';

export interface MotoServer {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  stop(): Promise<void>;
}

const INSTALL_HINT = "moto_server is not on PATH: install it with pip install 'moto[server]'";

/** How long moto may take to listen; it imports every service at start. */
const START_TIMEOUT_MS = 30_000;

export async function startMotoServer(unauthenticatedRequests: number): Promise<MotoServer> {
  const port = await freePort();
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, INITIAL_NO_AUTH_ACTION_COUNT: String(unauthenticatedRequests) },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so that stopping it also ends the shim's children.
    detached: true,
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  const stopOnExit = () => kill(child);
  process.once('exit', stopOnExit);

  try {
    await waitUntilListening(child, port, () => output);
  } catch (error) {
    kill(child);
    throw error;
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      await stop(child);
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilListening(
  child: ChildProcess,
  port: number,
  output: () => string,
): Promise<void> {
  let spawnError: Error | undefined;
  let exited = false;
  child.once('error', (error) => {
    spawnError = error;
  });
  child.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (spawnError) {
      const missing = (spawnError as NodeJS.ErrnoException).code === 'ENOENT';
      throw new Error(missing ? INSTALL_HINT : `moto_server failed to start: ${spawnError}`);
    }
    if (exited) {
      throw new Error(`moto_server exited at start (${INSTALL_HINT} if it is missing):\n`
        + output());
    }
    if (await accepts(port)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`moto_server did not listen on port ${port} within ${START_TIMEOUT_MS} ms`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

function kill(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    kill(child);
  });
}
