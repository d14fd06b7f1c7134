/**
 * Rules that relate one setting to another: buckets that must differ,
 * and the settings an app principal kind brings with it.
 */
import { APP_PRINCIPALS, isChoice } from './choices';
import { ConfigProblem, problem } from './problems';
import { groupAt, Settings, stringAt } from './settings';

/**
 * `settings` are merged with defaults; `input` is what the environment
 * wrote itself, shown when a whole group is out of place.
 */
export function combinationProblems(
  settings: Settings,
  input: Settings,
  at: string,
): ConfigProblem[] {
  return [...bucketOverlapProblems(settings, at), ...principalProblems(settings, input, at)];
}

function bucketOverlapProblems(settings: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const certificates = stringAt(settings, 'certificateBucketName');
  const logs = stringAt(settings, 'logBucketName');
  const state = stringAt(groupAt(settings, 'stateBackend'), 'bucket');

  // Access logs written into the bucket they describe would log their own delivery.
  if (logs !== undefined && logs === certificates) {
    problems.push(problem(`${at}.logBucketName`, logs,
      'the log bucket is separate from the certificate bucket',
      `use a bucket of its own, such as "${logs}-logs"`));
  }

  // State inside a managed bucket could be destroyed by the plan it records.
  if (state !== undefined && (state === certificates || state === logs)) {
    problems.push(problem(`${at}.stateBackend.bucket`, state,
      'Terraform state lives outside the buckets it manages',
      'use a bucket of its own, such as "deltacrown-terraform-state"'));
  }

  return problems;
}

function principalProblems(settings: Settings, input: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const principal = stringAt(settings, 'appPrincipal');
  const encryption = stringAt(settings, 'encryption');
  const hasRotation = input.keyRotation !== undefined;

  // The KMS key policy grants the app principal; without one, the key has no writer.
  if (encryption === 'SSE-KMS' && !isChoice(APP_PRINCIPALS, principal)) {
    problems.push(problem(`${at}.encryption`, encryption,
      'SSE-KMS needs an app principal to grant the key to',
      'set appPrincipal to "iam-user" or "ec2-role", or use "SSE-S3"'));
  }

  if (principal === 'ec2-role' && hasRotation) {
    problems.push(problem(`${at}.keyRotation`, input.keyRotation,
      "keyRotation belongs to an 'iam-user' app principal; an EC2 role has no access keys",
      'remove keyRotation, or set appPrincipal to "iam-user"'));
  }

  if (principal === 'iam-user' && !hasRotation) {
    problems.push(problem(`${at}.keyRotation`, undefined,
      "an 'iam-user' app principal has keyRotation, so its access keys get rotated",
      'add keyRotation with a parameterName, ' +
        'e.g. {"parameterName":"/deltacrown/staging/certificates/app-access-key"}'));
  }

  return problems;
}
