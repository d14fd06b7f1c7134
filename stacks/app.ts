/**
 * Synthesizes stacks for validated environments into an output folder.
 * The main job and the test suites share it, so what the tests read is
 * exactly what `npm run synth` writes.
 */
import { App } from 'cdktf';
import { EnvironmentConfig } from '../config/types';
import { CertificateStorageStack } from './certificate-storage-stack';

/** Where each environment's Terraform JSON lands below the output folder. */
export function stackFile(outdir: string, environment: string): string {
  return `${outdir}/stacks/${environment}/cdk.tf.json`;
}

export function synthesize(configs: readonly EnvironmentConfig[], outdir: string): void {
  const app = new App({ outdir, skipValidation: false });

  for (const config of configs) {
    new CertificateStorageStack(app, { config });
  }

  app.synth();
}
