/**
 * Rules across environments, checked on environments that are valid on
 * their own. Bucket names are global, and environments in one account
 * share IAM's namespace and often one state bucket, so a copied value
 * would make two environments fight over the same resource.
 */
import { ConfigProblem, problem } from './problems';
import { EnvironmentConfig } from './types';

export function crossEnvironmentProblems(configs: readonly EnvironmentConfig[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];

  for (const [index, later] of configs.entries()) {
    for (const earlier of configs.slice(0, index)) {
      problems.push(...sharedBucketProblems(earlier, later));
      problems.push(...sharedNameProblems(earlier, later));
    }
  }

  return problems;
}

/** Problems are filed under the later environment; the earlier one keeps its value. */
function sharedBucketProblems(earlier: EnvironmentConfig, later: EnvironmentConfig) {
  const taken = [earlier.certificateBucketName, earlier.logBucketName];
  const buckets = [
    ['certificateBucketName', later.certificateBucketName, 'deltacrown-certificates'],
    ['logBucketName', later.logBucketName, 'deltacrown-certificates-logs'],
  ] as const;

  return buckets
    .filter(([, bucket]) => taken.includes(bucket))
    .map(([key, bucket, stem]) => problem(`${later.name}.${key}`, bucket,
      `each environment has its own buckets; ${earlier.name} already uses this one`,
      `use a name that includes the environment, e.g. "${stem}-${later.name}"`));
}

function sharedNameProblems(earlier: EnvironmentConfig, later: EnvironmentConfig) {
  const problems: ConfigProblem[] = [];
  const sameAccount = earlier.accountId === later.accountId;
  const state = (config: EnvironmentConfig) =>
    `${config.stateBackend.bucket}/${config.stateBackend.key}`;

  if (sameAccount && earlier.namePrefix === later.namePrefix) {
    problems.push(problem(`${later.name}.namePrefix`, later.namePrefix,
      `environments in one account have their own name prefix; ${earlier.name} uses this one`,
      `use a prefix that includes the environment, e.g. "deltacrown-certs-${later.name}"`));
  }

  if (state(earlier) === state(later)) {
    problems.push(problem(`${later.name}.stateBackend.key`, later.stateBackend.key,
      `each environment has its own state file; ${earlier.name} uses this one`,
      `use a key that includes the environment, e.g. "certificates/${later.name}.tfstate"`));
  }

  return problems;
}
