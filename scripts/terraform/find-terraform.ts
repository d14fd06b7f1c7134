/**
 * Locates the `terraform` binary, failing with how to install it: the
 * validation and emulator tiers cannot run without it, and a test that
 * quietly skips would prove nothing.
 */
import { findExecutable } from './executable';
import { TerraformOptions } from './options';

export const TERRAFORM_INSTALL_HINT =
  'Install Terraform 1.11 or newer and put it on PATH: download it from ' +
  'https://developer.hashicorp.com/terraform/install, or on Debian/Ubuntu ' +
  '`apt-get install terraform` from the HashiCorp apt repository.';

export function findTerraform(options: TerraformOptions): string {
  const binary = findExecutable('terraform', options.searchPath);
  if (binary === undefined) {
    throw new Error(`terraform was not found on PATH. ${TERRAFORM_INSTALL_HINT}`);
  }
  return binary;
}
