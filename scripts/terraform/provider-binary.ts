/**
 * Finds a provider's executable inside the offline mirror, for starting
 * it once as a shared server instead of once per Terraform command.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A provider as Terraform names it: `hashicorp/aws` at `5.100.0`. */
export interface ProviderAddress {
  /** `namespace/type` on registry.terraform.io. */
  readonly source: string;
  /** Exact version; ranges are not resolved here. */
  readonly version: string;
}

/** Terraform's platform name for this machine, such as `linux_amd64`. */
export function terraformPlatform(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string {
  const archNames: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386' };
  return `${platform === 'win32' ? 'windows' : platform}_${archNames[arch] ?? arch}`;
}

export function findProviderBinary(pluginMirror: string, provider: ProviderAddress): string {
  const [namespace, type] = provider.source.split('/');
  const dir = join(
    pluginMirror,
    'registry.terraform.io',
    namespace,
    type,
    provider.version,
    terraformPlatform(),
  );

  const binary = listDir(dir).find((name) => name.startsWith(`terraform-provider-${type}`));
  if (binary === undefined) {
    throw new Error(
      `No terraform-provider-${type} ${provider.version} binary in ${dir}. ` +
        'Point TF_PLUGIN_MIRROR at a mirror holding that version ' +
        `(\`terraform providers mirror\` fills one).`,
    );
  }
  return join(dir, binary);
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
