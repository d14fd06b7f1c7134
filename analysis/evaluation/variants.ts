/**
 * What the evaluation runs against: every environment in both encryption
 * modes. The shipped environments use SSE-S3, but SSE-KMS is one switch
 * away, so its policies are proven before anyone flips it.
 */
import { EncryptionMode, EnvironmentConfig } from '../../config/types';

export const ENCRYPTION_MODES: readonly EncryptionMode[] = ['SSE-S3', 'SSE-KMS'];

/** One environment in one encryption mode. */
export interface Variant {
  readonly config: EnvironmentConfig;
  /** For titles and messages, e.g. `staging/SSE-KMS`. */
  readonly label: string;
  /** For folder names, e.g. `staging/sse-kms`. */
  readonly folder: string;
}

export function variant(config: EnvironmentConfig, encryption: EncryptionMode): Variant {
  return {
    config: { ...config, encryption },
    label: `${config.name}/${encryption}`,
    folder: `${config.name}/${encryption.toLowerCase()}`,
  };
}

/** Each environment in each mode, environments first, in the order given. */
export function variantsOf(configs: readonly EnvironmentConfig[]): Variant[] {
  return configs.flatMap((config) => ENCRYPTION_MODES.map((mode) => variant(config, mode)));
}
