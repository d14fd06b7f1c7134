/**
 * Turns the JSON pointers a validator reports (`/Statement/0/Action/1`)
 * into the paths people write (`Statement[0].Action[1]`).
 */

/** The path of the document itself. */
export const DOCUMENT_PATH = '(document)';

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);
}

export function readablePath(segments: readonly string[]): string {
  if (segments.length === 0) return DOCUMENT_PATH;

  return segments
    .map((segment, index) => {
      if (/^\d+$/.test(segment)) return `[${segment}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join('');
}
