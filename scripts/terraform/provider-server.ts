/**
 * Runs a provider once, in its debug mode, for many Terraform commands.
 *
 * The AWS provider binary is about 700 MB and takes seconds to start;
 * Terraform starts it again for each phase of each command. Started with
 * `-debug`, the provider stays up and prints a TF_REATTACH_PROVIDERS value
 * that Terraform then uses instead of starting its own.
 *
 * One server serves one root module at a time: every Terraform run
 * configures the provider it talks to, so two stacks applied concurrently
 * through one server would overwrite each other's settings (their default
 * tags differ).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { killGroupOnExit, stopProcessGroup } from './process-group';

export interface ProviderServerProps {
  /** The provider executable. */
  readonly binary: string;
  /** Environment the provider runs with. */
  readonly env: Readonly<Record<string, string>>;
  /** File the provider's own log goes to; it logs every request. */
  readonly logFile: string;
  /** How long to wait for the reattach line, in milliseconds. Default 60,000. */
  readonly startTimeoutMs?: number;
}

export interface ProviderServer {
  /** The value for TF_REATTACH_PROVIDERS. */
  readonly reattach: string;
  readonly pid: number;
  /** Stops the provider and anything it started. */
  stop(): Promise<void>;
}

const REATTACH_LINE = /TF_REATTACH_PROVIDERS='(\{.*\})'/;

export function startProviderServer(props: ProviderServerProps): Promise<ProviderServer> {
  const env = { ...props.env };
  // With a CA bundle set, the provider fails its second configure ("unable
  // to add custom RootCAs HTTPClient"), and a reattached provider is
  // configured once per Terraform run. The emulator is plain HTTP anyway.
  delete env.AWS_CA_BUNDLE;

  const child = spawn(props.binary, ['-debug'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) killGroupOnExit(child.pid);
  const log = createWriteStream(props.logFile);
  child.stderr.pipe(log);

  return new Promise((resolve, reject) => {
    let stdout = '';
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stopProcessGroup(child).finally(() =>
        reject(new Error(`${props.binary} -debug ${reason}; see ${props.logFile}`)),
      );
    };
    const timer = setTimeout(
      () => fail('printed no TF_REATTACH_PROVIDERS line in time'),
      props.startTimeoutMs ?? 60_000,
    );

    child.once('error', (error) => fail(`could not start: ${error.message}`));
    child.once('exit', (code) => fail(`exited early with ${code}`));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = REATTACH_LINE.exec(stdout);
      if (match === null || settled) return;

      settled = true;
      clearTimeout(timer);
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        reattach: match[1],
        pid: child.pid ?? -1,
        stop: () => stopProcessGroup(child),
      });
    });
  });
}
