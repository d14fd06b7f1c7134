/**
 * Where `npm run synth` leaves the Terraform JSON of each environment, and
 * the clear failure when it has not run yet.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProviderAddress } from './provider-binary';

/** The file cdktf writes for each stack. */
export const STACK_FILE_NAME = 'cdk.tf.json';

export const SYNTH_HINT = 'run `npm run synth` first';

export interface SynthesizedStack {
  /** The stack's name, which is its environment's name. */
  readonly name: string;
  /** Folder holding `cdk.tf.json`. */
  readonly dir: string;
  readonly file: string;
}

/** The folder of one stack below the synth output folder. */
export function stackDir(outdir: string, name: string): string {
  return join(outdir, 'stacks', name);
}

/** One environment's stack, failing with how to produce it when it is missing. */
export function synthesizedStack(outdir: string, name: string): SynthesizedStack {
  const dir = stackDir(outdir, name);
  const file = join(dir, STACK_FILE_NAME);
  if (!existsSync(file)) {
    throw new Error(`The synthesized ${name} stack ${file} is missing: ${SYNTH_HINT}.`);
  }
  return { name, dir, file };
}

/** Every stack in the synth output folder, sorted by name. */
export function listSynthesizedStacks(outdir: string): SynthesizedStack[] {
  const stacksDir = join(outdir, 'stacks');
  if (!existsSync(stacksDir)) {
    throw new Error(`${stacksDir} does not exist: ${SYNTH_HINT}.`);
  }

  const names = readdirSync(stacksDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(stacksDir, name, STACK_FILE_NAME)))
    .sort();
  if (names.length === 0) {
    throw new Error(`${stacksDir} holds no ${STACK_FILE_NAME}: ${SYNTH_HINT}.`);
  }
  return names.map((name) => synthesizedStack(outdir, name));
}

/** The parts of a stack's JSON that the Terraform helpers read. */
export interface StackJson {
  readonly terraform?: {
    readonly required_providers?: Record<string, { source?: string; version?: string }>;
  };
  readonly provider?: Record<string, ReadonlyArray<Record<string, unknown>>>;
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
}

export function readStackJson(file: string): StackJson {
  return JSON.parse(readFileSync(file, 'utf8')) as StackJson;
}

/** The AWS provider the stack pins, as the mirror stores it. */
export function awsProviderOf(stack: StackJson): ProviderAddress {
  const pinned = stack.terraform?.required_providers?.aws;
  const version = pinned?.version ?? '';
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(
      `The stack pins the aws provider as "${version}"; an exact version such as 5.100.0 ` +
        'is needed to find its binary in the mirror.',
    );
  }
  const source = (pinned?.source ?? 'hashicorp/aws').replace(/^registry\.terraform\.io\//, '');
  return { source: source.includes('/') ? source : `hashicorp/${source}`, version };
}
