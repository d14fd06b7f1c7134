/**
 * Rules for the key prefixes that scope every grant. A prefix that is
 * empty, wildcarded or overlapping another would widen access silently:
 * `pdf/*` built from an empty prefix is the whole bucket.
 */
import { DEFAULTS } from './defaults';
import { ConfigProblem, problem } from './problems';
import { Settings, stringAt } from './settings';

/**
 * Problems with the `prefixes` group. Only known keys holding strings
 * are checked: a misspelled key or a wrong kind is the shape check's.
 */
export function prefixProblems(prefixes: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const entries = Object.keys(DEFAULTS.prefixes)
    .map((key) => [key, stringAt(prefixes, key)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);

  for (const [key, prefix] of entries) {
    problems.push(...singlePrefixProblems(prefix, `${at}.${key}`));
  }

  for (const [index, [key, prefix]] of entries.entries()) {
    for (const [otherKey, other] of entries.slice(index + 1)) {
      if (prefix !== '' && other !== '' && overlaps(prefix, other)) {
        problems.push(problem(`${at}.${otherKey}`, other,
          'prefixes do not overlap, so a grant on one never reaches the other',
          `use a folder that neither contains nor lies within ${key} "${prefix}"`));
      }
    }
  }

  return problems;
}

function singlePrefixProblems(prefix: string, path: string): ConfigProblem[] {
  if (prefix === '') {
    return [problem(path, prefix, 'a prefix is never empty; an empty prefix is the whole bucket',
      'use a folder such as "pdf/"')];
  }

  // Every fix names the same corrected prefix, so applying one fixes all.
  const corrected = correctedPrefix(prefix);
  const fix = corrected === '/' ? 'use a folder such as "pdf/"' : `use "${corrected}"`;
  const problems: ConfigProblem[] = [];
  const add = (rule: string): void => {
    problems.push(problem(path, prefix, rule, fix));
  };

  if (prefix.startsWith('/')) {
    add("a prefix does not start with '/'; S3 keys have no leading slash");
  }

  // "pdf/*" is one mistake (the wildcard), not two.
  if (!prefix.replace(/[*?]/g, '').endsWith('/')) {
    add("a prefix ends with '/', so 'pdf' cannot also match 'pdf-old/'");
  }

  if (/[*?]/.test(prefix)) {
    add("a prefix has no '*' or '?'; policies add their own wildcard");
  }

  // Other characters need URL encoding in keys and escaping in policy ARNs.
  if (/[^A-Za-z0-9_.\-/*?]/.test(prefix)) {
    add("a prefix uses only letters, digits, '_', '-', '.' and '/'");
  }

  return problems;
}

/** The prefix with every rule above applied. */
function correctedPrefix(prefix: string): string {
  const cleaned = prefix
    .replace(/[*?]/g, '')
    .replace(/[^A-Za-z0-9_.\-/]/g, '-')
    .replace(/^\/+/, '');
  return cleaned.endsWith('/') ? cleaned : `${cleaned}/`;
}

/** True when one prefix lies within the other, or both are the same. */
function overlaps(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
