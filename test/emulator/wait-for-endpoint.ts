/**
 * Waits until an HTTP server answers. Any HTTP status counts: moto and
 * LocalStack both answer unknown paths, and only a refused or hanging
 * connection means the emulator is not up yet.
 */
import { request } from 'node:http';

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'GET', timeout: 1000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(false));
    req.end();
  });
}

export interface WaitProps {
  /** Give up after this many milliseconds. Default 30,000. */
  readonly timeoutMs?: number;
  /** Stop early when this returns a reason, e.g. the server process exited. */
  readonly abandon?: () => string | undefined;
}

export async function waitForEndpoint(url: string, props: WaitProps = {}): Promise<void> {
  const deadline = Date.now() + (props.timeoutMs ?? 30_000);

  while (!(await answers(url))) {
    const reason = props.abandon?.();
    if (reason !== undefined) throw new Error(`${url} will not answer: ${reason}`);
    if (Date.now() > deadline) throw new Error(`Nothing answered at ${url} in time.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
