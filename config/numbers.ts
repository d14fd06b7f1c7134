/** Small numeric tests shared by the value rules. */

/** A whole number from `min` to `max`, both included. */
export function isWholeInRange(
  value: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Above zero and finite: NaN and Infinity are typos, not thresholds. */
export function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}
