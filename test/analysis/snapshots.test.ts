/**
 * The committed policy snapshots are what the code produces, and they
 * are the policies the synthesized stacks deploy.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadEnvironments } from '../../config/load';
import { ENVIRONMENT_NAMES } from '../../config/types';
import { synthesizeVariants } from '../../analysis/evaluation/synthesized-stacks';
import { SNAPSHOT_FOLDER, snapshotFiles } from '../../analysis/snapshots/snapshot-files';
import { policyDocuments } from '../../policies/documents';
import { renderPolicy } from '../../policies/render';

const ROOT = join(__dirname, '..', '..');
const FOLDER = join(ROOT, SNAPSHOT_FOLDER);
const REVIEW = 'run `npm run policies` and review the diff';

function committedFiles(): string[] {
  if (!existsSync(FOLDER)) return [];
  return readdirSync(FOLDER, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(FOLDER, join(entry.parentPath, entry.name)))
    .sort();
}

const variants = synthesizeVariants(loadEnvironments(ENVIRONMENT_NAMES));

describe('the policy snapshots', () => {
  let produced: Map<string, string>;

  beforeAll(async () => {
    produced = await snapshotFiles(variants);
  });

  it('given the code, then the committed folder holds exactly the files it produces', () => {
    const missing = [...produced.keys()].filter((path) => !committedFiles().includes(path));
    const extra = committedFiles().filter((path) => !produced.has(path));

    const problem = (kind: string, paths: string[]) =>
      paths.length === 0 ? [] : [`${kind} in ${SNAPSHOT_FOLDER}/: ${paths.join(', ')}; ${REVIEW}`];
    expect([...problem('missing', missing), ...problem('not produced', extra)]).toEqual([]);
  });

  it('given the code, then every committed file equals what it produces', () => {
    const differing = [...produced]
      .filter(([path]) => existsSync(join(FOLDER, path)))
      .filter(([path, content]) => readFileSync(join(FOLDER, path), 'utf8') !== content)
      .map(([path]) => `${SNAPSHOT_FOLDER}/${path} differs from the code's output; ${REVIEW}`);

    expect(differing).toEqual([]);
  });
});

describe('the synthesized policies', () => {
  it.each(variants.map((variant) => [variant.variant.label, variant] as const))(
    'given %s, then they are exactly the documents the generators return',
    (_label, { variant, documents }) => {
      // The stack holds the key's ARN as a Terraform reference until apply.
      const kmsKeyArn = '${aws_kms_key.certificate_key.arn}';
      const generated = policyDocuments({ config: variant.config, kmsKeyArn })
        .map((policy) => renderPolicy(policy.document))
        .sort();
      const synthesized = documents.map(({ document }) => JSON.stringify(document)).sort();

      expect(synthesized).toEqual(generated);
    },
  );
});
