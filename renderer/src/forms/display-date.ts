/**
 * Typing a date the Israeli way: digits only ("01112026") gain their slashes as they are
 * typed; anything typed with its own separators ("1.11.2026") is left as written and read by
 * parseDisplayDate.
 */
export function maskDisplayDate(text: string): string {
  const kept = text.replace(/[^\d/.-]/g, '').slice(0, 10);
  if (/^\d+$/.test(kept)) {
    const digits = kept.slice(0, 8);
    if (digits.length <= 2) return digits;
    if (digits.length <= 4) return `${digits.slice(0, 2)}/${digits.slice(2)}`;
    return `${digits.slice(0, 2)}/${digits.slice(2, 4)}/${digits.slice(4)}`;
  }
  // Continuing after an automatic slash: "01/112" becomes "01/11/2".
  const afterDay = /^(\d{2})\/(\d{2})(\d{1,4})$/.exec(kept);
  if (afterDay) return `${afterDay[1]}/${afterDay[2]}/${afterDay[3]}`;
  return kept;
}

export { formatDisplayDate, parseDisplayDate } from '../../../electron/domain/dates';
