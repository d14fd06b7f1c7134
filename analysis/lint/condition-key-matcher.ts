/**
 * Condition keys in the catalog may be templates: `aws:ResourceTag/${TagKey}`,
 * `s3:ExistingObjectTag/<key>`, or, among the global keys,
 * `aws:PrincipalTag/tag-key`. A policy names a concrete key such as
 * `aws:ResourceTag/team`. Keys are compared ignoring case, as IAM does.
 */

const PLACEHOLDER = /\$\{[^}]+\}|<[^>]+>/;

/** The global keys spell their placeholder as a plain `tag-key`. */
const GLOBAL_TAG_PLACEHOLDER = /\/tag-key$/;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A test for the keys a catalog key, template or not, stands for. */
export function conditionKeyMatcher(template: string): (key: string) => boolean {
  const normalized = template.replace(GLOBAL_TAG_PLACEHOLDER, '/${TagKey}');
  const source = normalized.split(PLACEHOLDER).map(escaped).join('.+');
  const pattern = new RegExp(`^${source}$`, 'i');
  return (key) => pattern.test(key);
}
