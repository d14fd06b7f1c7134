/**
 * The emulator tier's settings, read from the environment here and
 * nowhere else.
 *
 * The global setup reads what the user gave (AWS_ENDPOINT_URL, PATH,
 * TF_PLUGIN_MIRROR), starts what is missing and hands the result to the
 * test workers through the EMULATOR_* variables below.
 */
import { join, resolve } from 'node:path';
import {
  TerraformOptions,
  terraformOptionsFromEnvironment,
} from '../../scripts/terraform';

/** The repository root, where `cdktf.out/` and `.tmp/` live. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');

/** Where `npm run synth` writes the stacks. */
export const SYNTH_OUTDIR = join(PROJECT_ROOT, 'cdktf.out');

/** Parent of every run folder (gitignored). */
export const WORK_ROOT = join(PROJECT_ROOT, '.tmp', 'emulator');

/** Region of both environments and of every emulator client. */
export const EMULATOR_REGION = 'us-east-1';

/**
 * Credentials for the emulator. The access key id is the account the
 * stacks allow (their provider sets allowed_account_ids): LocalStack
 * takes a 12-digit access key id as the account to act in, and moto's
 * default account is the same number, so ARNs in the stacks' policies
 * match what either emulator returns.
 */
export const EMULATOR_CREDENTIALS = {
  accessKeyId: '123456789012',
  secretAccessKey: 'test',
} as const;

/** Variables the global setup sets for the test workers. */
const HANDOVER = {
  endpoint: 'EMULATOR_ENDPOINT_URL',
  runDir: 'EMULATOR_RUN_DIR',
  reattach: 'EMULATOR_TF_REATTACH_BY_STACK',
} as const;

/** What the global setup starts from. */
export interface EmulatorSetupSettings {
  /** An emulator the user already runs (AWS_ENDPOINT_URL); none means start moto. */
  readonly givenEndpoint?: string;
  readonly terraform: TerraformOptions;
}

export function emulatorSetupFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): EmulatorSetupSettings {
  const given = env.AWS_ENDPOINT_URL?.trim();
  return {
    givenEndpoint: given === undefined || given === '' ? undefined : given.replace(/\/+$/, ''),
    terraform: terraformOptionsFromEnvironment(env),
  };
}

/** What every test worker needs. */
export interface EmulatorSettings {
  /** Base URL of the running emulator, e.g. http://127.0.0.1:45123. */
  readonly endpoint: string;
  /** This run's folder: the Terraform CLI config and one work folder per stack. */
  readonly runDir: string;
  /** TF_REATTACH_PROVIDERS value of each stack's running provider, by stack name. */
  readonly reattach: Readonly<Record<string, string>>;
  readonly terraform: TerraformOptions;
}

/** Called by the global setup, so that workers started after it inherit the values. */
export function handOver(settings: Omit<EmulatorSettings, 'terraform'>): void {
  process.env[HANDOVER.endpoint] = settings.endpoint;
  process.env[HANDOVER.runDir] = settings.runDir;
  process.env[HANDOVER.reattach] = JSON.stringify(settings.reattach);
}

export function emulatorSettings(env: NodeJS.ProcessEnv = process.env): EmulatorSettings {
  const endpoint = env[HANDOVER.endpoint];
  const runDir = env[HANDOVER.runDir];
  const reattach = env[HANDOVER.reattach];
  if (endpoint === undefined || runDir === undefined || reattach === undefined) {
    throw new Error(
      'The emulator global setup has not run; start this tier with ' +
        '`npx jest --selectProjects emulator`.',
    );
  }
  return {
    endpoint,
    runDir,
    reattach: JSON.parse(reattach) as Record<string, string>,
    terraform: terraformOptionsFromEnvironment(env),
  };
}
