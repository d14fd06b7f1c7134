/**
 * Synthesizes stacks for validated environments into an output folder.
 * The main job and the test suites share it, so what the tests read is
 * exactly what `npm run synth` writes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * Synthesizes into a temporary folder and returns each environment's
 * Terraform JSON as text; the folder is gone when this returns.
 */
export function synthesizeToText(configs: readonly EnvironmentConfig[]): Record<string, string> {
  const outdir = mkdtempSync(join(tmpdir(), 'certs-synth-'));

  try {
    synthesize(configs, outdir);
    return Object.fromEntries(
      configs.map(({ name }) => [name, readFileSync(stackFile(outdir, name), 'utf8')]),
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
