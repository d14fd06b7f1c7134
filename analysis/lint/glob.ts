/**
 * IAM's wildcards: `*` for any run of characters, `?` for one.
 */

function escaped(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** A whole-string test; actions compare ignoring case, as IAM does. */
export function globPattern(glob: string, ignoreCase: boolean): RegExp {
  const source = escaped(glob).replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '');
}

export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
