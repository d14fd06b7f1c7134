/**
 * Finds the known word a misspelling most likely meant, so a typo such as
 * `glacierDay` is answered with "rename it to glacierDays" rather than a
 * bare "unknown key".
 */

/**
 * The candidate closest to `word`, or undefined when none is close enough
 * to be a plausible typo. Case is ignored, and swapping two neighbouring
 * letters counts as one edit, as typing slips usually do.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;

  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }

  // Beyond about a third of the word, a "suggestion" is a guess that misleads.
  const tolerance = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

/**
 * Edits (insert, delete, replace, swap neighbours) that turn `a` into `b`:
 * the optimal string alignment distance.
 */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (let i = 0; i < rows; i += 1) table[i][0] = i;
  for (let j = 0; j < columns; j += 1) table[0][j] = j;

  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < columns; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(
        table[i - 1][j] + 1,
        table[i][j - 1] + 1,
        table[i - 1][j - 1] + cost,
      );
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) distance = Math.min(distance, table[i - 2][j - 2] + 1);
      table[i][j] = distance;
    }
  }

  return table[a.length][b.length];
}
