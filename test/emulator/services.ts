/**
 * Which provider endpoint each resource and data source type talks to.
 * The emulator override sets an endpoint for exactly these services; a
 * type missing here fails the run instead of quietly calling real AWS.
 */
import { StackJson } from '../../scripts/terraform';

/** Endpoint keys of the aws provider's `endpoints` block. */
export type AwsService =
  | 'budgets'
  | 'cloudtrail'
  | 'cloudwatch'
  | 'events'
  | 'iam'
  | 'kms'
  | 'logs'
  | 'sns'
  | 's3'
  | 's3control'
  | 'ssm'
  | 'sts';

/** Type-name prefixes, longest match wins; `null` marks types that call no service. */
const SERVICE_BY_PREFIX: ReadonlyArray<readonly [string, AwsService | null]> = [
  ['aws_budgets_', 'budgets'],
  ['aws_caller_identity', 'sts'],
  ['aws_cloudtrail', 'cloudtrail'],
  ['aws_cloudwatch_event_', 'events'],
  ['aws_cloudwatch_log_', 'logs'],
  ['aws_cloudwatch_metric_alarm', 'cloudwatch'],
  ['aws_cloudwatch_composite_alarm', 'cloudwatch'],
  ['aws_cloudwatch_dashboard', 'cloudwatch'],
  ['aws_iam_policy_document', null],
  ['aws_iam_', 'iam'],
  ['aws_kms_', 'kms'],
  ['aws_partition', null],
  ['aws_region', null],
  ['aws_s3control_', 's3control'],
  ['aws_s3_', 's3'],
  ['aws_sns_', 'sns'],
  ['aws_ssm_', 'ssm'],
];

/** The provider always asks STS (and IAM as a fallback) which account it is in. */
const ALWAYS: readonly AwsService[] = ['iam', 'sts'];

export function serviceOfType(type: string): AwsService | null | undefined {
  const matches = SERVICE_BY_PREFIX.filter(([prefix]) => type.startsWith(prefix));
  matches.sort((a, b) => b[0].length - a[0].length);
  return matches.length === 0 ? undefined : matches[0][1];
}

/** Every service the stack's resources and data sources use, sorted. */
export function servicesUsedBy(stack: StackJson): AwsService[] {
  const types = [...Object.keys(stack.resource ?? {}), ...Object.keys(stack.data ?? {})];
  const unknown = types.filter((type) => serviceOfType(type) === undefined);
  if (unknown.length > 0) {
    throw new Error(
      `No emulator endpoint is known for ${unknown.join(', ')}. ` +
        'Add the type prefix and its provider endpoint key to test/emulator/services.ts.',
    );
  }

  const used = new Set<AwsService>(ALWAYS);
  for (const type of types) {
    const service = serviceOfType(type);
    if (service) used.add(service);
  }
  return [...used].sort();
}
