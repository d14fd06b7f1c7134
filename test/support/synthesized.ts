/**
 * Synthesizes stacks and reads the Terraform JSON back, the same files
 * `npm run synth` writes.
 */
import { loadEnvironments } from '../../config/load';
import { EnvironmentConfig } from '../../config/types';
import { synthesizeToText } from '../../stacks/app';

/** The parts of cdk.tf.json the tests read. */
export interface TerraformJson {
  readonly terraform: Record<string, unknown>;
  readonly provider: Record<string, unknown[]>;
  readonly resource: Record<string, Record<string, Record<string, unknown>>>;
}

export interface SynthesizedStacks {
  readonly stacks: Record<string, TerraformJson>;
  readonly raw: Record<string, string>;
}

export function shippedConfig(name: string): EnvironmentConfig {
  return loadEnvironments([name])[0];
}

export function synthesizeStacks(configs: readonly EnvironmentConfig[]): SynthesizedStacks {
  const raw = synthesizeToText(configs);
  const stacks = Object.fromEntries(
    Object.entries(raw).map(([name, text]) => [name, JSON.parse(text) as TerraformJson]),
  );

  return { stacks, raw };
}

/** One resource's arguments, failing with the address when it is missing. */
export function resourceOf(
  stack: TerraformJson,
  type: string,
  name: string,
): Record<string, unknown> {
  const found = stack.resource[type]?.[name];
  if (found === undefined) {
    throw new Error(`the stack has no ${type}.${name}`);
  }
  return found;
}

/** Every resource of one type, by Terraform name. */
export function resourcesOf(
  stack: TerraformJson,
  type: string,
): Record<string, Record<string, unknown>> {
  return stack.resource[type] ?? {};
}
