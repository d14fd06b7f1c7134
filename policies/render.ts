/**
 * Renders a policy document the same way every time, so that the
 * synthesized stacks and the reviewer snapshots are byte-identical.
 */
import { PolicyDocument } from './types';

/** Statement keys in the order AWS documentation and reviewers read them. */
const KEY_ORDER = [
  'Version',
  'Statement',
  'Sid',
  'Effect',
  'Principal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(ordered);
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }

  const rank = (key: string) => {
    const index = KEY_ORDER.indexOf(key);
    return index === -1 ? KEY_ORDER.length : index;
  };
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const record = value as Record<string, unknown>;

  return Object.fromEntries(keys.map((key) => [key, ordered(record[key])]));
}

/** Compact JSON, as Terraform sends it to AWS. */
export function renderPolicy(document: PolicyDocument): string {
  return JSON.stringify(ordered(document));
}

/** Indented JSON with a final newline, for files reviewers diff. */
export function renderPolicyPretty(document: PolicyDocument): string {
  return `${JSON.stringify(ordered(document), null, 2)}\n`;
}
