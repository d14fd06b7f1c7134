/**
 * One synthesized stack applied to the emulator: a private copy of the
 * stack with the emulator override, its own local state, and optionally
 * a long-running provider to reattach to (see stack-providers.ts).
 *
 * Work folders are unique per run and stack because test workers share one
 * emulator, which is never reset: each run creates and destroys only what
 * its own state records.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  SynthesizedStack,
  TerraformCli,
  TerraformCommandError,
  TerraformResult,
  expectExitCode,
  readStackJson,
  runTerraform,
} from '../../scripts/terraform';
import { OVERRIDE_FILE_NAME, emulatorOverride, emulatorProviderEnv } from './override';

export interface StackDeploymentProps {
  readonly stack: SynthesizedStack;
  readonly cli: TerraformCli;
  readonly endpoint: string;
  /** Parent folder of the work folder. */
  readonly workRoot: string;
  /**
   * TF_REATTACH_PROVIDERS value of a provider already running for this
   * stack alone. Default: Terraform starts the provider for each command.
   */
  readonly reattach?: string;
  /** Receives one line per finished command. Default: silent. */
  readonly progress?: (line: string) => void;
}

/** How long one command took, for progress output and the benchmark. */
export interface CommandTiming {
  readonly command: string;
  readonly seconds: number;
}

/** What a prepared deployment runs its commands with. */
interface DeploymentTools {
  readonly cli: TerraformCli;
  /** Where the running provider listens; undefined when Terraform starts its own. */
  readonly reattach: string | undefined;
  /** Given to Terraform too, which hands it to any provider it starts itself. */
  readonly providerEnv: Readonly<Record<string, string>>;
  readonly progress: (line: string) => void;
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
    private readonly tools: DeploymentTools,
  ) {}

  /** Copies the stack, writes the override and runs init. */
  static async prepare(props: StackDeploymentProps): Promise<StackDeployment> {
    const { stack, cli } = props;
    const workDir = mkdtempSync(join(props.workRoot, `${stack.name}-`));
    cpSync(stack.dir, workDir, {
      recursive: true,
      filter: (source) => !NOT_COPIED.has(basename(source)),
    });

    const override = emulatorOverride(readStackJson(stack.file), props.endpoint);
    writeFileSync(join(workDir, OVERRIDE_FILE_NAME), `${JSON.stringify(override, null, 2)}\n`);

    const deployment = new StackDeployment(stack.name, workDir, {
      cli,
      reattach: props.reattach,
      providerEnv: emulatorProviderEnv(props.endpoint),
      progress: props.progress ?? (() => undefined),
    });
    const init = await deployment.run(['init', '-input=false', '-no-color']);
    if (init.exitCode !== 0) throw new TerraformCommandError(init);
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

  /**
   * Destroys whatever an apply created; a no-op when apply never ran.
   * The state is trusted as it is: re-reading every resource first would
   * only repeat the provider's fixed waits (5 s on a budget alone).
   */
  async destroy(): Promise<TerraformResult | undefined> {
    if (!this.applyStarted) return undefined;
    const result = await this.run([
      'destroy', '-auto-approve', '-refresh=false', '-input=false', '-no-color',
    ]);
    return expectExitCode(result);
  }

  /** Removes the work folder (state included): only once nothing is left to destroy. */
  removeWorkDir(): void {
    rmSync(this.workDir, { recursive: true, force: true });
  }

  private async run(args: readonly string[]): Promise<TerraformResult> {
    const result = await runTerraform(this.tools.cli, args, {
      cwd: this.workDir,
      reattach: this.tools.reattach,
      env: this.tools.providerEnv,
    });
    this.record(args[0], result);
    return result;
  }

  private record(command: string, result: TerraformResult): void {
    this.timings.push({ command, seconds: result.seconds });
    const outcome = result.exitCode === 0 ? 'done' : `exit ${result.exitCode}`;
    const seconds = result.seconds.toFixed(1);
    this.tools.progress(`${this.name}: terraform ${command} ${outcome} in ${seconds} s`);
  }
}

/** The plan's resource blocks and summary, without the refresh chatter. */
export function plannedChanges(planOutput: string): string {
  return planOutput
    .split('\n')
    .filter((line) => !/: (Refreshing state|Reading)\.\.\./.test(line))
    .join('\n')
    .trim();
}
