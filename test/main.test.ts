import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

function runSynth(args: readonly string[], outdir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CDKTF_OUTDIR: outdir },
  });
}

describe('npm run synth', () => {
  let scratch: string;

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'certs-main-'));
  });

  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('writes one Terraform JSON file per environment', () => {
    const outdir = join(scratch, 'out');

    const run = runSynth([], outdir);

    expect(run.status).toBe(0);
    expect(existsSync(join(outdir, 'stacks/staging/cdk.tf.json'))).toBe(true);
    expect(existsSync(join(outdir, 'stacks/production/cdk.tf.json'))).toBe(true);
  });

  it('refuses an unknown environment, names the fix and writes nothing', () => {
    const outdir = join(scratch, 'out');

    const run = runSynth(['prod'], outdir);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'prod: the environment "prod" breaks the rule "an environment is one of those in ' +
        'config/environments.ts"; fix: use one of staging, production',
    );
    expect(existsSync(outdir)).toBe(false);
  });
});
