/**
 * Rules for the identifiers an environment names outside S3: its AWS
 * account, the prefix of its IAM and monitoring names, the SSM parameter
 * holding the staging app's key, and notification email addresses.
 */
import { ConfigProblem, problem } from './problems';

/** IAM role and user names are at most 64 characters. */
const IAM_NAME_LIMIT = 64;

/**
 * The longest suffix the stacks append to the prefix for an IAM name:
 * principals are named `<prefix>-<role>`, and `key-rotation` is the
 * longest role. A longer role name needs this constant raised with it.
 */
export const LONGEST_IAM_NAME_SUFFIX = '-key-rotation';

/** 51: the prefix plus its longest suffix still fits an IAM name. */
export const NAME_PREFIX_MAX_LENGTH = IAM_NAME_LIMIT - LONGEST_IAM_NAME_SUFFIX.length;

/** SSM Parameter Store allows at most this many levels in a path. */
const PARAMETER_MAX_LEVELS = 15;

const PARAMETER_EXAMPLE = '/deltacrown/staging/certificates/app-access-key';

export function accountIdProblems(accountId: string, path: string): ConfigProblem[] {
  if (/^\d{12}$/.test(accountId)) return [];
  return [
    problem(path, accountId, 'AWS account ids are exactly 12 digits',
      'use the 12-digit id as a string, e.g. "123456789012"'),
  ];
}

/**
 * The prefix becomes IAM, SNS, CloudWatch and Budgets names. Lowercase
 * only, because IAM treats names that differ in case as the same name.
 */
export function namePrefixProblems(prefix: string, path: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];

  if (!/^[a-z]([a-z0-9-]*[a-z0-9])?$/.test(prefix)) {
    const suggestion = prefix.toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^[^a-z]+|-+$/g, '');
    const example = suggestion === '' ? 'deltacrown-certs-staging' : suggestion;
    problems.push(problem(path, prefix,
      'name prefixes use lowercase letters, digits and hyphens, ' +
        'starting with a letter and ending with a letter or digit',
      `use a prefix such as "${example}"`));
  }

  if (prefix.length > NAME_PREFIX_MAX_LENGTH) {
    problems.push(problem(path, prefix,
      `name prefixes are at most ${NAME_PREFIX_MAX_LENGTH} characters, so ` +
        `'<prefix>${LONGEST_IAM_NAME_SUFFIX}' fits IAM's ${IAM_NAME_LIMIT}-character limit`,
      `shorten it by ${counted(prefix.length - NAME_PREFIX_MAX_LENGTH, 'character')}`));
  }

  return problems;
}

/** Parameter Store's naming rules, with a leading "/" required for a hierarchy. */
export function parameterNameProblems(name: string, path: string): ConfigProblem[] {
  const levels = name.split('/').filter((level) => level !== '');
  if (levels.length === 0) {
    return [problem(path, name, "parameter names have at least one level below '/'",
      `use "${PARAMETER_EXAMPLE}"`)];
  }

  // Every format fix names the same corrected name, so applying one fixes all.
  const corrected = `/${levels.join('/').replace(/[^A-Za-z0-9_.\-/]/g, '-')}`;
  const problems: ConfigProblem[] = [];
  const add = (rule: string, fix = `use "${corrected}"`): void => {
    problems.push(problem(path, name, rule, fix));
  };

  if (!name.startsWith('/')) add("parameter names are paths that start with '/'");

  if (/[^A-Za-z0-9_.\-/]/.test(name)) {
    add("parameter names use only letters, digits, '.', '-', '_' and '/'");
  }

  if (name.includes('//') || name.endsWith('/')) {
    add("parameter names have no empty level ('//' or a trailing '/')");
  }

  if (/^(aws|ssm)/i.test(levels[0])) {
    add("parameter names do not start with 'aws' or 'ssm', which AWS reserves",
      `use the project's own path, e.g. "${PARAMETER_EXAMPLE}"`);
  }

  if (levels.length > PARAMETER_MAX_LEVELS) {
    add(`parameter names have at most ${PARAMETER_MAX_LEVELS} levels`,
      `remove ${counted(levels.length - PARAMETER_MAX_LEVELS, 'level')}`);
  }

  return problems;
}

/** A sanity check, not RFC 5322: catches blanks, missing "@" and missing domains. */
export function emailProblems(email: string, path: string): ConfigProblem[] {
  const shaped = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email);
  if (shaped && email.length <= 254) return [];
  return [
    problem(path, email, "email addresses look like 'name@example.com'",
      'use an address such as "platform-alerts@deltacrown.example"'),
  ];
}

/** "1 character", "2 characters". */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
