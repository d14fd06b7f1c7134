/**
 * The naming rules AWS enforces for general purpose S3 buckets, checked
 * before synthesis so a bad name fails in review rather than halfway
 * through an apply. One project rule is added: no dots (see below).
 */
import { ConfigProblem, problem } from './problems';

/** Prefixes AWS keeps for its own naming schemes. */
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'] as const;

/** Suffixes AWS keeps for access point aliases and other bucket types. */
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'] as const;

const IP_ADDRESS_SHAPE = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Every naming rule `name` breaks; `example` is a good name for this setting. */
export function bucketNameProblems(name: string, path: string, example: string): ConfigProblem[] {
  // Every fix names the same corrected name, so applying one fixes all.
  const fix = `use a name such as "${correctedName(name, example)}"`;
  const problems: ConfigProblem[] = [];
  const add = (rule: string): void => {
    problems.push(problem(path, name, rule, fix));
  };

  if (name.length < 3 || name.length > 63) add('bucket names are 3 to 63 characters long');

  if (!/^[a-z0-9.-]*$/.test(name)) {
    add('bucket names use only lowercase letters, digits, dots and hyphens');
  }

  // Case is the character rule's concern; this one is about punctuation at the ends.
  if (name.length > 0 && !/^[A-Za-z0-9](.*[A-Za-z0-9])?$/s.test(name)) {
    add('bucket names start and end with a letter or digit');
  }

  const hasDoubleDot = name.includes('..');
  if (hasDoubleDot) add('bucket names have no two dots in a row');

  const isIpShaped = IP_ADDRESS_SHAPE.test(name);
  if (isIpShaped) add('bucket names are not shaped like an IP address');

  for (const reserved of RESERVED_PREFIXES.filter((p) => name.startsWith(p))) {
    add(`bucket names do not start with '${reserved}', which AWS reserves`);
  }

  for (const reserved of RESERVED_SUFFIXES.filter((s) => name.endsWith(s))) {
    add(`bucket names do not end with '${reserved}', which AWS reserves`);
  }

  // AWS allows dots, but the S3 wildcard TLS certificate does not cover a
  // dotted name in virtual-hosted HTTPS URLs, which the presigned links
  // use. Names that already break a dot rule above are not told twice.
  if (name.includes('.') && !hasDoubleDot && !isIpShaped) {
    add('bucket names have no dots, so HTTPS links match the S3 certificate');
  }

  return problems;
}

/** `name` with every rule above applied, or `example` when little of it is left. */
function correctedName(name: string, example: string): string {
  let corrected = name.toLowerCase();
  for (const reserved of RESERVED_PREFIXES) {
    if (corrected.startsWith(reserved)) corrected = corrected.slice(reserved.length);
  }
  for (const reserved of RESERVED_SUFFIXES) {
    if (corrected.endsWith(reserved)) corrected = corrected.slice(0, -reserved.length);
  }

  corrected = corrected
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 63)
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');

  const meaningful = corrected.length >= 3 && !IP_ADDRESS_SHAPE.test(name);
  return meaningful ? corrected : example;
}
