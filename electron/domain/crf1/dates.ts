/**
 * CRF-1 §5 date arithmetic. The rules themselves live in ../dates (addMonthsClamped,
 * completedMonths, ageOn, shared with follow-ups and eligibility); this file adds what the
 * indicators need on top: code-point string order for the tie-breaks, the period's bounds,
 * and memoised month arithmetic — a centre's 50,000 records repeat a few thousand distinct
 * days, and the dashboard recomputes the tables on every open.
 */
import { addDays, addMonthsClamped, completedMonths as completedMonthsOf, type IsoDate } from '../dates';

export type { IsoDate };

const MONTHS_CACHE_LIMIT = 200_000;
const addMonthsCache = new Map<string, IsoDate>();

/** §5 addMonths: the same day n months later, clamped to the month's end (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const key = `${date}|${n}`;
  let result = addMonthsCache.get(key);
  if (result === undefined) {
    result = addMonthsClamped(date, n);
    if (addMonthsCache.size >= MONTHS_CACHE_LIMIT) addMonthsCache.clear();
    addMonthsCache.set(key, result);
  }
  return result;
}

/** §5 completed months: the largest n ≥ 0 with addMonths(from, n) ≤ to (from ≤ to). */
export function completedMonths(from: IsoDate, to: IsoDate): number {
  return completedMonthsOf(from, to);
}

/** §5 age at E: completed years, so 29 Feb + 1 year is 28 Feb. */
export function ageAt(birthDate: IsoDate, on: IsoDate): number {
  return Math.floor(completedMonthsOf(birthDate, on) / 12);
}

/** The first day of E's month: the period of a bundle or a dashboard runs from it to E (§7). */
export function periodStart(periodEnd: IsoDate): IsoDate {
  return `${periodEnd.slice(0, 8)}01`;
}

/** E − days, the noContact90 threshold's day (§7: flagged when strictly before E − 89). */
export function daysBefore(date: IsoDate, days: number): IsoDate {
  return addDays(date, -days);
}

/**
 * Orders strings by Unicode code point, as §7's tie-breaks require ("10" < "9"). JavaScript's
 * `<` compares UTF-16 units, which differs only for characters beyond the first plane.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const left = Array.from(a);
  const right = Array.from(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i]!.codePointAt(0)!;
    const y = right[i]!.codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return left.length - right.length;
}
