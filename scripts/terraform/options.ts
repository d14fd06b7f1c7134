/**
 * Everything the Terraform helpers take from the environment, read in one
 * place. Commands call `terraformOptionsFromEnvironment()` once and pass
 * the typed result down; nothing below reads `process.env`.
 */

/** Where the offline provider mirror lives unless TF_PLUGIN_MIRROR says otherwise. */
export const DEFAULT_PLUGIN_MIRROR = '/opt/tf-plugins';

export interface TerraformOptions {
  /**
   * Folder holding providers in Terraform's unpacked mirror layout
   * (`registry.terraform.io/hashicorp/aws/<version>/<os>_<arch>/`).
   * Default `/opt/tf-plugins`, or TF_PLUGIN_MIRROR.
   */
  readonly pluginMirror: string;
  /** The PATH searched for the `terraform` binary. */
  readonly searchPath: string;
  /**
   * Environment every Terraform process and provider starts from; the
   * helpers add Terraform's own settings on top.
   */
  readonly baseEnv: Readonly<Record<string, string>>;
}

export function terraformOptionsFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): TerraformOptions {
  const baseEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined) baseEnv[name] = value;
  }

  return {
    pluginMirror: nonEmpty(env.TF_PLUGIN_MIRROR) ?? DEFAULT_PLUGIN_MIRROR,
    searchPath: env.PATH ?? '',
    baseEnv,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
