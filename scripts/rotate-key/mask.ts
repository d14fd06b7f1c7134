/**
 * Access key ids are shown masked: enough to tell two keys apart and to
 * find them in the console, not enough to paste into a credentials file.
 */

/** Shown characters at each end of a masked key id. */
const VISIBLE = 4;

/** Long-term (AKIA) and temporary (ASIA) key ids as IAM issues them. */
const KEY_ID_PATTERN = /\b(?:AKIA|ASIA)[A-Z0-9]{12,124}\b/g;

/** `AKIAIOSFODNN7EXAMPLE` becomes `AKIA****MPLE`. */
export function maskKeyId(keyId: string): string {
  if (keyId.length <= VISIBLE * 2) {
    return '****';
  }
  return `${keyId.slice(0, VISIBLE)}****${keyId.slice(-VISIBLE)}`;
}

/** Masks every key id inside a longer text, such as an AWS error message. */
export function maskKeyIdsIn(text: string): string {
  return text.replace(KEY_ID_PATTERN, (keyId) => maskKeyId(keyId));
}
