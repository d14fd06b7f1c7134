/**
 * Writes the reviewer snapshots: every policy document of every
 * environment in both encryption modes, and each one's access matrix,
 * under `policy-snapshots/`. Files the code no longer produces are
 * removed, so the folder always equals the code's output.
 *
 * Usage: `npm run policies`
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ENVIRONMENT_NAMES } from '../config/types';
import { loadEnvironments } from '../config/load';
import { synthesizeVariants } from '../analysis/evaluation/synthesized-stacks';
import { SNAPSHOT_FOLDER, snapshotFiles } from '../analysis/snapshots/snapshot-files';

function filesBelow(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

async function main(): Promise<void> {
  const variants = synthesizeVariants(loadEnvironments(ENVIRONMENT_NAMES));
  const files = await snapshotFiles(variants);

  mkdirSync(SNAPSHOT_FOLDER, { recursive: true });
  for (const stale of filesBelow(SNAPSHOT_FOLDER).filter((path) => !files.has(path))) {
    rmSync(join(SNAPSHOT_FOLDER, stale));
    process.stderr.write(`removed ${join(SNAPSHOT_FOLDER, stale)}\n`);
  }
  for (const [path, content] of files) {
    const target = join(SNAPSHOT_FOLDER, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }

  process.stderr.write(`wrote ${files.size} files under ${SNAPSHOT_FOLDER}/\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
