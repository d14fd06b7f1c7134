/**
 * The runbooks are executable: every `npm run NAME` (and `npm test`) they
 * tell an operator to type must be a script of package.json, or the
 * operator is stranded in the middle of an incident.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const RUNBOOKS = join(ROOT, 'runbooks');

/** `npm run NAME`, with npm's own flags (`-s`) allowed before the name. */
const NPM_RUN = /\bnpm\s+run(?:-script)?\s+(?:-{1,2}[\w-]+\s+)*([\w:.-]+)/g;

/** The lifecycle scripts npm runs without `run`. */
const NPM_SHORTHAND = /\bnpm\s+(test|start|stop|restart)\b/g;

/** `npm run synth`, `npm run -s rotate-key -- --dry-run`, `npm test`: the script names. */
function npmScriptsNamed(markdown: string): string[] {
  return [...markdown.matchAll(NPM_RUN), ...markdown.matchAll(NPM_SHORTHAND)]
    .map((match) => match[1]);
}

/** The script names a text uses that package.json does not define. */
function unknownScripts(markdown: string, scripts: Readonly<Record<string, string>>): string[] {
  return [...new Set(npmScriptsNamed(markdown))].filter((name) => !Object.hasOwn(scripts, name));
}

interface PackageJson {
  readonly scripts: Record<string, string>;
}

const packageScripts = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson
).scripts;

const runbooks = readdirSync(RUNBOOKS).filter((file) => file.endsWith('.md')).sort();

describe('npm scripts named in the runbooks', () => {
  it('finds the three runbooks', () => {
    expect(runbooks).toEqual([
      'access-key-rotation.md',
      'emergency-rollback.md',
      'operations-checklist.md',
    ]);
  });

  it.each(runbooks)('%s names only scripts that package.json defines', (file) => {
    const markdown = readFileSync(join(RUNBOOKS, file), 'utf8');

    expect(unknownScripts(markdown, packageScripts)).toEqual([]);
  });

  it('rejects a made-up script name', () => {
    const markdown = 'Run `npm run rotate-key -- --dry-run`, then `npm run restore-everything`.';

    expect(unknownScripts(markdown, { 'rotate-key': 'tsx scripts/rotate-key/main.ts' }))
      .toEqual(['restore-everything']);
  });

  it('reads flags between run and the name, and npm test', () => {
    expect(npmScriptsNamed('npm run -s synth; npm run-script plan -- staging; npm test'))
      .toEqual(['synth', 'plan', 'test']);
  });
});
