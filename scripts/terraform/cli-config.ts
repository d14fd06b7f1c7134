/**
 * Terraform's CLI configuration for this project: providers come only from
 * the offline mirror, never from the registry, so `init` works without
 * internet and always installs the pinned build.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file name the config is written under, inside the given folder. */
export const CLI_CONFIG_FILE_NAME = 'terraform.tfrc';

/** Writes the CLI config into `dir` and returns its path. */
export function writeCliConfig(dir: string, pluginMirror: string): string {
  if (!existsSync(join(pluginMirror, 'registry.terraform.io'))) {
    throw new Error(
      `The Terraform provider mirror ${pluginMirror} has no registry.terraform.io folder. ` +
        'Set TF_PLUGIN_MIRROR to a folder in unpacked mirror layout, e.g. fill one with ' +
        '`terraform providers mirror <dir>` on a machine with internet access.',
    );
  }

  mkdirSync(dir, { recursive: true });
  const path = join(dir, CLI_CONFIG_FILE_NAME);
  writeFileSync(path, cliConfigText(pluginMirror));
  return path;
}

/** The HCL text; the mirror path is JSON-quoted, which HCL reads as a string. */
export function cliConfigText(pluginMirror: string): string {
  return [
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(pluginMirror)}`,
    '    include = ["*/*/*"]',
    '  }',
    '  direct {',
    '    exclude = ["*/*/*"]',
    '  }',
    '}',
    '',
  ].join('\n');
}
