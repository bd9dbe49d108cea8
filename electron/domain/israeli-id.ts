/**
 * Israeli national ID (Teudat Zehut): up to nine digits, the last one a check digit.
 * Shorter values are left-padded with zeros before checking (CRF-1 §3), which is how the
 * Population Authority itself treats IDs issued before nine digits were standard.
 */

const SEPARATORS = /[\s\-\u2010-\u2015\u05BE.]/g;

/** Digits weighted 1,2,1,2,… from the left; two-digit products contribute their digit sum. */
function checksumIsValid(nineDigits: string): boolean {
  let total = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(nineDigits[i]) * (i % 2 === 0 ? 1 : 2);
    total += product > 9 ? product - 9 : product;
  }
  return total % 10 === 0;
}

/**
 * The canonical nine-digit form, or null when the input is not a valid ID. Spaces, dashes
 * and dots that people type between digit groups are ignored; anything else is rejected.
 */
export function normaliseIsraeliId(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  const digits = input.replace(SEPARATORS, '');
  if (!/^\d{1,9}$/.test(digits)) return null;
  const padded = digits.padStart(9, '0');
  // 000000000 passes the checksum but is what forms hold when nobody filled the field in.
  if (padded === '000000000') return null;
  return checksumIsValid(padded) ? padded : null;
}

export function isValidIsraeliId(input: string | null | undefined): boolean {
  return normaliseIsraeliId(input) !== null;
}
