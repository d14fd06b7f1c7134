/**
 * Benchmark of the emulator tier: how long `jest --selectProjects
 * emulator` takes as a whole, against Terraform alone doing the same
 * work (init, apply, plan, destroy of every synthesized stack, side by
 * side) on one emulator, once with the provider restarted by every
 * command and once with one reattached provider per stack.
 *
 * Part of `npm run bench`; needs `npm run synth` first.
 * Figures go to stdout, progress to stderr.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  ProviderServer,
  TerraformCli,
  listSynthesizedStacks,
  prepareTerraform,
} from '../terraform';
import { startEmulator } from '../../test/emulator/emulator';
import {
  PROJECT_ROOT,
  SYNTH_OUTDIR,
  WORK_ROOT,
  emulatorSetupFromEnvironment,
} from '../../test/emulator/settings';
import { CommandTiming, StackDeployment } from '../../test/emulator/stack-deployment';
import { startStackProviders, stopStackProviders } from '../../test/emulator/stack-providers';

/** The tier, both environments, must finish within this many seconds. */
const TIER_TARGET_SECONDS = 120;

/** Tier time over bare Terraform time must not exceed this. */
const RATIO_TARGET = 1.0;

const progress = (line: string) => process.stderr.write(`${line}\n`);

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

/** Runs the emulator tier the way CI does, with its own emulator. */
async function timeTier(env: Readonly<Record<string, string>>): Promise<number> {
  const started = process.hrtime.bigint();
  const jest = join(PROJECT_ROOT, 'node_modules', '.bin', 'jest');
  const child = spawn(jest, ['--selectProjects', 'emulator'], {
    cwd: PROJECT_ROOT,
    env,
    // Jest's report is progress here; stdout carries only the figures.
    stdio: ['ignore', process.stderr, process.stderr],
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exit) => resolve(exit ?? 1));
  });
  if (code !== 0) throw new Error(`the emulator tier failed (exit ${code}); see above`);
  return seconds(started);
}

interface DirectRun {
  readonly seconds: number;
  readonly timings: Record<string, readonly CommandTiming[]>;
}

/**
 * Init, apply, plan and destroy of every stack, side by side, with
 * Terraform alone; with `reattach`, each stack's provider is started once
 * first (and that start is timed too).
 */
async function timeDirect(
  cli: TerraformCli,
  endpoint: string,
  workRoot: string,
  reattach: boolean,
): Promise<DirectRun> {
  const started = process.hrtime.bigint();
  const stacks = listSynthesizedStacks(SYNTH_OUTDIR);
  const providers = reattach
    ? await startStackProviders({ stacks, options: cli.options, endpoint, logDir: workRoot })
    : new Map<string, ProviderServer>();

  try {
    const deployments = await Promise.all(stacks.map(async (stack) => {
      const deployment = await StackDeployment.prepare({
        stack, cli, endpoint, workRoot, reattach: providers.get(stack.name)?.reattach, progress,
      });
      try {
        await deployment.apply();
        await deployment.expectNoChanges();
      } finally {
        await deployment.destroy();
      }
      deployment.removeWorkDir();
      return deployment;
    }));

    const timings = Object.fromEntries(deployments.map((d) => [d.name, d.timings]));
    return { seconds: seconds(started), timings };
  } finally {
    await stopStackProviders(providers);
  }
}

function commandLine(run: DirectRun): string {
  return Object.entries(run.timings)
    .map(([name, timings]) => {
      const parts = timings.map((t) => `${t.command} ${t.seconds.toFixed(1)}`);
      return `    ${name}: ${parts.join(', ')} s`;
    })
    .join('\n');
}

export async function benchEmulator(log: (line: string) => void): Promise<void> {
  const settings = emulatorSetupFromEnvironment();
  mkdirSync(WORK_ROOT, { recursive: true });
  const runDir = mkdtempSync(join(WORK_ROOT, 'bench-'));
  const cli = prepareTerraform(settings.terraform, runDir);

  progress('bench: emulator tier (jest, with its own emulator)');
  const tier = await timeTier(settings.terraform.baseEnv);

  const emulator = await startEmulator(settings, runDir);
  try {
    await emulator.ready;
    progress(`bench: Terraform alone, provider started per command, at ${emulator.endpoint}`);
    const bare = await timeDirect(cli, emulator.endpoint, runDir, false);
    progress('bench: Terraform alone, one reattached provider per stack');
    const reattached = await timeDirect(cli, emulator.endpoint, runDir, true);

    const ratio = tier / bare.seconds;
    const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
    log('emulator tier (apply, plan, destroy of every stack)');
    log(`  jest emulator tier, whole:          ${tier.toFixed(1)} s ` +
      `(target < ${TIER_TARGET_SECONDS} s: ${verdict(tier < TIER_TARGET_SECONDS)})`);
    log(`  terraform alone, no reattach:       ${bare.seconds.toFixed(1)} s`);
    log(commandLine(bare));
    log(`  terraform alone, reattached:        ${reattached.seconds.toFixed(1)} s`);
    log(commandLine(reattached));
    log(`  tier / terraform alone:             ${ratio.toFixed(2)} ` +
      `(target <= ${RATIO_TARGET.toFixed(1)}: ${verdict(ratio <= RATIO_TARGET)})`);
  } finally {
    await emulator.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
}
