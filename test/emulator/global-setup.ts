/**
 * Jest global setup of the emulator tier: one emulator for the whole run
 * (moto on a free port unless AWS_ENDPOINT_URL names one), a run folder,
 * and the Terraform CLI config. Workers learn both through `handOver`.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { findTerraform, writeCliConfig } from '../../scripts/terraform';
import { startEmulator } from './emulator';
import { RunningEmulator } from './moto-server';
import { WORK_ROOT, emulatorSetupFromEnvironment, handOver } from './settings';
import { rememberEmulator } from './run-state';

export default async function globalSetup(): Promise<void> {
  const settings = emulatorSetupFromEnvironment();

  // Fail on a missing terraform before spending seconds on the emulator.
  findTerraform(settings.terraform);
  mkdirSync(WORK_ROOT, { recursive: true });
  const runDir = mkdtempSync(join(WORK_ROOT, 'run-'));
  writeCliConfig(runDir, settings.terraform.pluginMirror);

  const emulator: RunningEmulator = await startEmulator(settings, runDir);
  rememberEmulator(emulator, runDir);

  handOver({ endpoint: emulator.endpoint, runDir });
  process.stderr.write(`\nemulator tier: AWS emulator at ${emulator.endpoint}\n`);
}
