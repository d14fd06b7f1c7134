/**
 * Synthesizes the stacks the evaluation reads, with the same code as
 * `npm run synth`. Each encryption mode is synthesized on its own because
 * the stack files are named after the environment only.
 */
import { EnvironmentConfig } from '../../config/types';
import { synthesizeToText } from '../../stacks/app';
import { StackDocument, stackDocuments } from './stack-documents';
import { ENCRYPTION_MODES, Variant, variant } from './variants';

/** The policies of one variant's synthesized stack, as text. */
export interface SynthesizedVariant {
  readonly variant: Variant;
  readonly documents: readonly StackDocument[];
}

function synthesizeMode(variants: readonly Variant[]): SynthesizedVariant[] {
  const texts = synthesizeToText(variants.map(({ config }) => config));

  return variants.map((one) => {
    const stack: unknown = JSON.parse(texts[one.config.name]);
    return { variant: one, documents: stackDocuments(stack, `${one.label} stack`) };
  });
}

/** Every environment in both encryption modes, environments first. */
export function synthesizeVariants(configs: readonly EnvironmentConfig[]): SynthesizedVariant[] {
  const byMode = ENCRYPTION_MODES.map((mode) =>
    synthesizeMode(configs.map((config) => variant(config, mode))),
  );
  return configs.flatMap((_, index) => byMode.map((mode) => mode[index]));
}
