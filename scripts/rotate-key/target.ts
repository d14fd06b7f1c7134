/**
 * What one run works on: the environment's user, parameter, grace period
 * and certificate bucket, with the flags' overrides applied.
 */
import { EnvironmentConfig, EnvironmentName } from '../../config/types';
import { RefusalError } from './errors';
import { RotateKeyFlags } from './flags';

export interface RotationTarget {
  readonly environment: EnvironmentName;
  readonly region: string;
  readonly userName: string;
  readonly parameterName: string;
  /** Days an inactive old key is kept before deletion. */
  readonly graceDays: number;
  readonly bucket: string;
  /** The object the key check deletes; under the app's certificate prefix. */
  readonly probeKey: string;
}

/** Name of the probe object, after the certificate prefix. */
const PROBE_NAME = '.key-rotation-probe';

export function resolveTarget(flags: RotateKeyFlags, config: EnvironmentConfig): RotationTarget {
  const rotation = config.keyRotation;
  if (!rotation) {
    throw new RefusalError(
      `Environment ${config.name} has no key rotation: its app authenticates as `
        + `${config.appPrincipal}, without access keys.`,
      'Rotate the staging app user\'s key with --env staging.',
    );
  }
  return {
    environment: config.name,
    region: config.region,
    userName: flags.user ?? `${config.namePrefix}-app`,
    parameterName: flags.parameter ?? rotation.parameterName,
    graceDays: flags.graceDays ?? rotation.graceDays,
    bucket: config.certificateBucketName,
    probeKey: `${config.prefixes.certificates}${PROBE_NAME}`,
  };
}
