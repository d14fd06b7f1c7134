/**
 * Runs one Terraform command in a folder and captures its output. Every
 * run gets the project's CLI config (providers from the offline mirror)
 * and Terraform's non-interactive settings.
 */
import { spawn } from 'node:child_process';
import { TerraformOptions } from './options';

/** A Terraform binary together with the settings every run needs. */
export interface TerraformCli {
  readonly binary: string;
  readonly cliConfigFile: string;
  readonly options: TerraformOptions;
}

export interface RunProps {
  /** Folder the command runs in (the root module). */
  readonly cwd: string;
  /**
   * TF_REATTACH_PROVIDERS value: Terraform talks to an already running
   * provider instead of starting its own. Default: none.
   */
  readonly reattach?: string;
  /** Variables added to the environment, e.g. for the provider. Default: none. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface TerraformResult {
  readonly args: readonly string[];
  readonly cwd: string;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time of the command, in seconds. */
  readonly seconds: number;
}

/** The environment of a Terraform child process. */
export function terraformEnv(
  cli: TerraformCli,
  props: Omit<RunProps, 'cwd'> = {},
): Record<string, string> {
  const env: Record<string, string> = {
    ...cli.options.baseEnv,
    ...props.env,
    TF_CLI_CONFIG_FILE: cli.cliConfigFile,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
  };
  // An inherited value would silently point Terraform at someone else's provider.
  delete env.TF_REATTACH_PROVIDERS;
  if (props.reattach !== undefined) env.TF_REATTACH_PROVIDERS = props.reattach;
  return env;
}

export function runTerraform(
  cli: TerraformCli,
  args: readonly string[],
  props: RunProps,
): Promise<TerraformResult> {
  const started = process.hrtime.bigint();
  const child = spawn(cli.binary, args, {
    cwd: props.cwd,
    env: terraformEnv(cli, props),
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      resolve({
        args,
        cwd: props.cwd,
        exitCode: code ?? (signal === null ? 1 : 128),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      });
    });
  });
}

/** Thrown when a Terraform command ends with an exit code the caller did not expect. */
export class TerraformCommandError extends Error {
  constructor(
    readonly result: TerraformResult,
    detail?: string,
  ) {
    super(
      `terraform ${result.args.join(' ')} exited with ${result.exitCode} in ${result.cwd}\n` +
        (detail ?? outputTail(result)),
    );
    this.name = 'TerraformCommandError';
  }
}

/** Returns the result when its exit code is one of `accepted`, else throws. */
export function expectExitCode(
  result: TerraformResult,
  accepted: readonly number[] = [0],
): TerraformResult {
  if (!accepted.includes(result.exitCode)) throw new TerraformCommandError(result);
  return result;
}

/**
 * The end of the output that explains a failure: Terraform writes its
 * errors to stderr, so that alone when there is any, else stdout's tail.
 */
export function outputTail(result: TerraformResult, lines = 60): string {
  const tail = (text: string) => text.trimEnd().split('\n').slice(-lines).join('\n');
  return result.stderr.trim() !== '' ? tail(result.stderr) : tail(result.stdout);
}
