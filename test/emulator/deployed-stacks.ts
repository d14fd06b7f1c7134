/**
 * Applies stacks to the emulator around a test file: apply, then the drift
 * check, in beforeAll; destroy in afterAll, always, even after a failure.
 *
 * Tests that read resources back through the AWS SDK belong in the file
 * that calls `deployStacks`, between these two hooks: they await
 * `applied(name)` and then use `emulatorClients()`. One file deploys each
 * stack; a second file deploying the same stack at the same time would
 * collide on bucket names in the shared emulator.
 */
import { join } from 'node:path';
import {
  CLI_CONFIG_FILE_NAME,
  TerraformCli,
  TerraformResult,
  findTerraform,
  synthesizedStack,
} from '../../scripts/terraform';
import { EmulatorSettings, SYNTH_OUTDIR, emulatorSettings } from './settings';
import { StackDeployment } from './stack-deployment';

/** Applying both stacks takes about a minute; the provider waits on S3 lifecycle rules. */
const APPLY_TIMEOUT_MS = 10 * 60_000;
const DESTROY_TIMEOUT_MS = 5 * 60_000;

export interface DeployedStacks {
  /** The applied stack, or the error that kept it from being applied. */
  applied(name: string): Promise<StackDeployment>;
  /** The plan run right after apply, or the error showing the planned changes. */
  replanned(name: string): Promise<TerraformResult>;
}

interface Outcome {
  readonly applied: Promise<StackDeployment>;
  readonly replanned: Promise<TerraformResult>;
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

export function deployStacks(names: readonly string[]): DeployedStacks {
  const outcomes = new Map<string, Outcome>();
  const deployments: StackDeployment[] = [];

  beforeAll(async () => {
    const settings = emulatorSettings();
    const cli = terraformCli(settings);

    // Stacks apply side by side, so the provider's fixed waits overlap.
    for (const name of names) {
      const applied = deploy(cli, settings, name, deployments);
      const replanned = applied.then((deployment) => deployment.expectNoChanges());
      // Each stack's tests report its own failure; none is unhandled meanwhile.
      replanned.catch(() => undefined);
      outcomes.set(name, { applied, replanned });
    }
    await Promise.allSettled([...outcomes.values()].map((outcome) => outcome.replanned));
  }, APPLY_TIMEOUT_MS);

  afterAll(async () => {
    const failures = await destroyAll(deployments);
    if (failures.length > 0) throw new Error(failures.join('\n\n'));
  }, DESTROY_TIMEOUT_MS);

  const outcomeOf = (name: string): Outcome => {
    const outcome = outcomes.get(name);
    if (outcome === undefined) throw new Error(`${name} is not among the deployed stacks`);
    return outcome;
  };
  return {
    applied: (name) => outcomeOf(name).applied,
    replanned: (name) => outcomeOf(name).replanned,
  };
}

/** The CLI config was written by the global setup into the run folder. */
function terraformCli(settings: EmulatorSettings): TerraformCli {
  return {
    binary: findTerraform(settings.terraform),
    cliConfigFile: join(settings.runDir, CLI_CONFIG_FILE_NAME),
    options: settings.terraform,
  };
}

async function deploy(
  cli: TerraformCli,
  settings: EmulatorSettings,
  name: string,
  deployments: StackDeployment[],
): Promise<StackDeployment> {
  // A missing stack is an error for this stack's tests, never a skip.
  const stack = synthesizedStack(SYNTH_OUTDIR, name);
  const reattach = settings.reattach[name];
  if (reattach === undefined) {
    throw new Error(`No provider was started for the ${name} stack: it was synthesized ` +
      'after the run began. Run the tier again.');
  }
  const deployment = await StackDeployment.prepare({
    stack,
    cli,
    endpoint: settings.endpoint,
    workRoot: settings.runDir,
    reattach,
    progress,
  });
  deployments.push(deployment);

  await deployment.apply();
  return deployment;
}

/** Destroys every stack, even when one fails; returns what went wrong. */
async function destroyAll(deployments: readonly StackDeployment[]): Promise<string[]> {
  const results = await Promise.allSettled(
    deployments.map(async (deployment) => {
      // On failure the work folder stays, with the state needed to clean up by hand.
      await deployment.destroy();
      deployment.removeWorkDir();
    }),
  );

  return results.flatMap((result, index) => {
    if (result.status === 'fulfilled') return [];
    const { name, workDir } = deployments[index];
    return [`destroying ${name} failed (work folder ${workDir} kept): ${String(result.reason)}`];
  });
}
