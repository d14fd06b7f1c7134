/**
 * One synthesized stack applied to the emulator: a private copy of the
 * stack with the emulator override, its own local state, and (by default)
 * its own long-running provider process.
 *
 * Work folders are unique per run and stack because test workers share one
 * emulator, which is never reset: each run creates and destroys only what
 * its own state records.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  ProviderServer,
  STACK_FILE_NAME,
  SynthesizedStack,
  TerraformCli,
  TerraformCommandError,
  TerraformResult,
  awsProviderOf,
  expectExitCode,
  findProviderBinary,
  readStackJson,
  runTerraform,
  startProviderServer,
} from '../../scripts/terraform';
import { OVERRIDE_FILE_NAME, emulatorOverride } from './override';

export interface StackDeploymentProps {
  readonly stack: SynthesizedStack;
  readonly cli: TerraformCli;
  readonly endpoint: string;
  /** Parent folder of the work folder. */
  readonly workRoot: string;
  /**
   * Start the provider once and reattach every command to it, instead of
   * letting Terraform start it for each command. Default true.
   */
  readonly reattach?: boolean;
  /** Receives one line per finished command. Default: silent. */
  readonly progress?: (line: string) => void;
}

/** How long one command took, for progress output and the benchmark. */
export interface CommandTiming {
  readonly command: string;
  readonly seconds: number;
}

/** `plan -detailed-exitcode` exits 2 when there are changes. */
const PLAN_HAS_CHANGES = 2;

/** Leftovers of a `terraform init` in the source folder that must not be copied. */
const NOT_COPIED = new Set(['.terraform', '.terraform.lock.hcl', 'terraform.tfstate']);

export class StackDeployment {
  readonly timings: CommandTiming[] = [];
  /** True once apply has run, even a failed one: there may be something to destroy. */
  private applyStarted = false;

  private constructor(
    readonly name: string,
    readonly workDir: string,
    private readonly cli: TerraformCli,
    private readonly provider: ProviderServer | undefined,
    private readonly progress: (line: string) => void,
  ) {}

  /** Copies the stack, writes the override, runs init and starts the provider. */
  static async prepare(props: StackDeploymentProps): Promise<StackDeployment> {
    const { stack, cli } = props;
    const workDir = mkdtempSync(join(props.workRoot, `${stack.name}-`));
    cpSync(stack.dir, workDir, {
      recursive: true,
      filter: (source) => !NOT_COPIED.has(basename(source)),
    });

    const json = readStackJson(join(workDir, STACK_FILE_NAME));
    const override = emulatorOverride(json, props.endpoint);
    writeFileSync(join(workDir, OVERRIDE_FILE_NAME), `${JSON.stringify(override, null, 2)}\n`);

    // The provider starts while init runs; neither needs the other.
    const [init, provider] = await Promise.allSettled([
      runTerraform(cli, ['init', '-input=false', '-no-color'], { cwd: workDir }),
      props.reattach === false ? undefined : startProviderServer({
        binary: findProviderBinary(cli.options.pluginMirror, awsProviderOf(json)),
        baseEnv: cli.options.baseEnv,
        logFile: join(workDir, 'provider.log'),
      }),
    ]);

    const server = provider.status === 'fulfilled' ? provider.value : undefined;
    const progress = props.progress ?? (() => undefined);
    const deployment = new StackDeployment(stack.name, workDir, cli, server, progress);
    if (init.status === 'fulfilled') deployment.record('init', init.value);
    const failure = firstFailure(init, provider);
    if (failure !== undefined) {
      await deployment.dispose({ keepWorkDir: true });
      throw failure;
    }
    return deployment;
  }

  async apply(): Promise<TerraformResult> {
    this.applyStarted = true;
    const result = await this.run(['apply', '-auto-approve', '-input=false', '-no-color']);
    return expectExitCode(result);
  }

  /** Plans against the applied state; throws showing the changes when there are any. */
  async expectNoChanges(): Promise<TerraformResult> {
    const result = await this.run(['plan', '-detailed-exitcode', '-input=false', '-no-color']);
    if (result.exitCode === PLAN_HAS_CHANGES) {
      throw new TerraformCommandError(
        result,
        `The ${this.name} stack drifts right after apply; Terraform plans:\n` +
          plannedChanges(result.stdout),
      );
    }
    return expectExitCode(result);
  }

  /** Destroys whatever an apply created; a no-op when apply never ran. */
  async destroy(): Promise<TerraformResult | undefined> {
    if (!this.applyStarted) return undefined;
    const result = await this.run(['destroy', '-auto-approve', '-input=false', '-no-color']);
    return expectExitCode(result);
  }

  /** Stops the provider; removes the work folder unless asked to keep it for a post-mortem. */
  async dispose(props: { keepWorkDir: boolean }): Promise<void> {
    await this.provider?.stop();
    if (!props.keepWorkDir) rmSync(this.workDir, { recursive: true, force: true });
  }

  private async run(args: readonly string[]): Promise<TerraformResult> {
    const result = await runTerraform(this.cli, args, {
      cwd: this.workDir,
      reattach: this.provider?.reattach,
    });
    this.record(args[0], result);
    return result;
  }

  private record(command: string, result: TerraformResult): void {
    this.timings.push({ command, seconds: result.seconds });
    const outcome = result.exitCode === 0 ? 'done' : `exit ${result.exitCode}`;
    const seconds = result.seconds.toFixed(1);
    this.progress(`${this.name}: terraform ${command} ${outcome} in ${seconds} s`);
  }
}

/** Why preparing failed: init could not run or failed, or the provider did not start. */
function firstFailure(
  init: PromiseSettledResult<TerraformResult>,
  provider: PromiseSettledResult<ProviderServer | undefined>,
): unknown {
  if (init.status === 'rejected') return init.reason;
  if (init.value.exitCode !== 0) return new TerraformCommandError(init.value);
  return provider.status === 'rejected' ? provider.reason : undefined;
}

/** The plan's resource blocks and summary, without the refresh chatter. */
export function plannedChanges(planOutput: string): string {
  return planOutput
    .split('\n')
    .filter((line) => !/: (Refreshing state|Reading)\.\.\./.test(line))
    .join('\n')
    .trim();
}
