/**
 * Jest global setup of the emulator tier: one emulator for the whole run
 * (moto on a free port unless AWS_ENDPOINT_URL names one), one provider
 * per synthesized stack, a run folder and the Terraform CLI config.
 * Workers learn all of it through `handOver`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  SynthesizedStack,
  findTerraform,
  listSynthesizedStacks,
  writeCliConfig,
} from '../../scripts/terraform';
import { startEmulator } from './emulator';
import { releaseRun, rememberRun } from './run-state';
import {
  SYNTH_OUTDIR,
  WORK_ROOT,
  emulatorSetupFromEnvironment,
  handOver,
} from './settings';
import { reattachValues, startStackProviders } from './stack-providers';

/** Stacks present now; a missing one fails its own tests with how to synthesize it. */
function presentStacks(): SynthesizedStack[] {
  return existsSync(join(SYNTH_OUTDIR, 'stacks')) ? listSynthesizedStacks(SYNTH_OUTDIR) : [];
}

export default async function globalSetup(): Promise<void> {
  const settings = emulatorSetupFromEnvironment();

  // Fail on a missing terraform or a broken synth output before starting anything.
  findTerraform(settings.terraform);
  const stacks = presentStacks();
  mkdirSync(WORK_ROOT, { recursive: true });
  const runDir = mkdtempSync(join(WORK_ROOT, 'run-'));
  writeCliConfig(runDir, settings.terraform.pluginMirror);

  const emulator = await startEmulator(settings, runDir).catch((error: unknown) => {
    rmSync(runDir, { recursive: true, force: true });
    throw error;
  });
  const run = rememberRun({ emulator, runDir, providers: new Map() });

  // Providers need only the emulator's address, so they start while it boots.
  const providers = startStackProviders({
    stacks,
    options: settings.terraform,
    endpoint: emulator.endpoint,
    logDir: runDir,
  }).then((started) => {
    run.providers = started;
  });
  const started = await Promise.allSettled([emulator.ready, providers]);

  // Jest skips the teardown when the setup fails, so clean up here.
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed !== undefined) {
    await releaseRun();
    throw failed.reason;
  }

  handOver({ endpoint: emulator.endpoint, runDir, reattach: reattachValues(run.providers) });
  process.stderr.write(`\nemulator tier: AWS emulator at ${emulator.endpoint}\n`);
}
