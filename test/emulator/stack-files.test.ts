/**
 * A stack that `npm run synth` has not written is a failure that says
 * how to produce it, never a skipped test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listSynthesizedStacks, synthesizedStack } from '../../scripts/terraform';

describe('finding synthesized stacks', () => {
  let outdir: string;

  beforeEach(() => {
    outdir = mkdtempSync(join(tmpdir(), 'synth-out-'));
  });

  afterEach(() => {
    rmSync(outdir, { recursive: true, force: true });
  });

  it('names npm run synth when the output folder is empty', () => {
    expect(() => listSynthesizedStacks(outdir)).toThrow(/run `npm run synth` first/);
  });

  it('names npm run synth and the missing file when one stack is missing', () => {
    const missing = join(outdir, 'stacks', 'staging', 'cdk.tf.json');

    expect(() => synthesizedStack(outdir, 'staging')).toThrow(
      `The synthesized staging stack ${missing} is missing: run \`npm run synth\` first.`,
    );
  });

  it('lists every stack folder holding a cdk.tf.json, by name', () => {
    for (const name of ['staging', 'production']) {
      mkdirSync(join(outdir, 'stacks', name), { recursive: true });
      writeFileSync(join(outdir, 'stacks', name, 'cdk.tf.json'), '{}');
    }
    mkdirSync(join(outdir, 'stacks', 'empty'));

    const names = listSynthesizedStacks(outdir).map((stack) => stack.name);

    expect(names).toEqual(['production', 'staging']);
  });
});
