/**
 * Synthesizes the stacks the evaluation reads, with the same code as
 * `npm run synth`, into a temporary folder that is removed afterwards.
 * Each encryption mode gets its own folder because the stack files are
 * named after the environment only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentConfig } from '../../config/types';
import { stackFile, synthesize } from '../../stacks/app';
import { StackDocument, stackDocuments } from './stack-documents';
import { ENCRYPTION_MODES, Variant, variant } from './variants';

/** The policies of one variant's synthesized stack, as text. */
export interface SynthesizedVariant {
  readonly variant: Variant;
  readonly documents: readonly StackDocument[];
}

function synthesizeMode(variants: readonly Variant[]): SynthesizedVariant[] {
  const outdir = mkdtempSync(join(tmpdir(), 'certificate-policies-'));
  try {
    synthesize(
      variants.map(({ config }) => config),
      outdir,
    );
    return variants.map((one) => {
      const file = stackFile(outdir, one.config.name);
      const stack: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return { variant: one, documents: stackDocuments(stack, `${one.label} stack`) };
    });
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Every environment in both encryption modes, environments first. */
export function synthesizeVariants(configs: readonly EnvironmentConfig[]): SynthesizedVariant[] {
  const byMode = ENCRYPTION_MODES.map((mode) =>
    synthesizeMode(configs.map((config) => variant(config, mode))),
  );
  return configs.flatMap((_, index) => byMode.map((mode) => mode[index]));
}
