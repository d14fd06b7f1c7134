/**
 * The override file that points a synthesized stack at the emulator, in
 * the way LocalStack's tflocal does, without touching the stack's JSON.
 *
 * Terraform merges `*_override.tf.json` files over the configuration:
 * the backend is replaced (local state in the work folder instead of the
 * shared S3 state), and the aws provider keeps its region, allowed account
 * and default tags but gains the emulator's credentials and settings.
 *
 * The emulator's address itself reaches the provider as AWS_ENDPOINT_URL
 * (see `emulatorProviderEnv`), which sends every service there. An
 * `endpoints` block would do the same, but the provider validates that
 * block of several hundred attributes on every command, which costs about
 * 5 s per command (measured with provider 5.100.0).
 */
import { StackJson } from '../../scripts/terraform';
import { EMULATOR_CREDENTIALS } from './settings';

/** Sorts after cdk.tf.json and ends in `_override.tf.json`, as Terraform requires. */
export const OVERRIDE_FILE_NAME = 'zz_emulator_override.tf.json';

export function emulatorOverride(stack: StackJson, endpoint: string): Record<string, unknown> {
  // Each provider configuration (an alias is its own) needs its own override.
  const configured = stack.provider?.aws ?? [{}];
  const providers = configured.map((config) => ({
    ...(typeof config.alias === 'string' ? { alias: config.alias } : {}),
    access_key: EMULATOR_CREDENTIALS.accessKeyId,
    secret_key: EMULATOR_CREDENTIALS.secretAccessKey,
    // Bucket names as paths: no wildcard DNS for <bucket>.127.0.0.1 exists.
    s3_use_path_style: true,
    skip_credentials_validation: true,
    skip_metadata_api_check: true,
    // The account is still asked for: allowed_account_ids is checked against it.
    skip_requesting_account_id: false,
    // A local emulator has no transient faults; an unsupported call should
    // fail at once instead of retrying with back-off for minutes.
    max_retries: 2,
  }));

  return {
    '//': `Points this stack at the AWS emulator at ${endpoint}; written per test run.`,
    terraform: { backend: { local: { path: 'terraform.tfstate' } } },
    provider: { aws: providers },
    ...bucketsEmptiedOnDestroy(stack),
  };
}

/**
 * The provider's environment: every AWS service at the emulator. Set on
 * the provider process, or on Terraform, which passes it to the provider.
 */
export function emulatorProviderEnv(endpoint: string): Record<string, string> {
  return { AWS_ENDPOINT_URL: endpoint };
}

/**
 * Lets destroy remove buckets that hold objects: moto delivers the access
 * logs into the log bucket, and read-back tests upload certificates. The
 * real stacks keep force_destroy off.
 */
function bucketsEmptiedOnDestroy(stack: StackJson): Record<string, unknown> {
  const buckets = Object.keys(stack.resource?.aws_s3_bucket ?? {});
  if (buckets.length === 0) return {};
  const settings = Object.fromEntries(buckets.map((name) => [name, { force_destroy: true }]));
  return { resource: { aws_s3_bucket: settings } };
}
