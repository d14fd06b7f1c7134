/**
 * Terraform helpers shared by `npm run validate`, the emulator tier and
 * its benchmark: find the binary, point it at the offline provider mirror,
 * run commands, and keep one provider process up across commands.
 */
import { writeCliConfig } from './cli-config';
import { findTerraform } from './find-terraform';
import { TerraformOptions } from './options';
import { TerraformCli } from './run';

export * from './cli-config';
export * from './executable';
export * from './find-terraform';
export * from './options';
export * from './process-group';
export * from './provider-binary';
export * from './provider-server';
export * from './run';
export * from './stacks';

/**
 * Finds Terraform and writes the CLI config into `configDir`; the result
 * is what every run needs.
 */
export function prepareTerraform(options: TerraformOptions, configDir: string): TerraformCli {
  const binary = findTerraform(options);
  const cliConfigFile = writeCliConfig(configDir, options.pluginMirror);
  return { binary, cliConfigFile, options };
}
