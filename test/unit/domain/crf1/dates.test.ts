import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ageAt,
  compareCodePoints,
  completedMonths,
  daysBefore,
  periodStart,
} from '../../../../electron/domain/crf1/dates';

describe('CRF-1 §5 date arithmetic', () => {
  it('clamps addMonths to the month end: 31 Jan + 1 month is 28 Feb, or 29 in a leap year', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    // The clamp does not carry: 31 Jan + 2 months is 31 March, not 28 March.
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
  });

  it('takes 29 February to 28 February in a common year', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('counts completed months as the largest n with addMonths(d1, n) ≤ d2', () => {
    // addMonths(31 Jan, 1) = 28 Feb ≤ 28 Feb: one month is complete on 28 Feb, none on 27 Feb.
    expect(completedMonths('2026-01-31', '2026-02-28')).toBe(1);
    expect(completedMonths('2026-01-31', '2026-02-27')).toBe(0);
    // addMonths(31 Jan, 2) = 31 Mar > 30 Mar, so still 1.
    expect(completedMonths('2026-01-31', '2026-03-30')).toBe(1);
    expect(completedMonths('2026-03-10', '2026-03-10')).toBe(0);
    expect(completedMonths('2025-03-10', '2026-03-09')).toBe(11);
    expect(completedMonths('2025-03-10', '2026-03-10')).toBe(12);
  });

  it('ages someone born on 29 February on 28 February of a common year', () => {
    // 29 Feb 2000 + 26 years = 28 Feb 2026 (clamped) ≤ 28 Feb: 26 on the 28th, still 25 on the 27th.
    expect(ageAt('2000-02-29', '2026-02-28')).toBe(26);
    expect(ageAt('2000-02-29', '2026-02-27')).toBe(25);
    // In a leap year the birthday is the 29th itself.
    expect(ageAt('2000-02-29', '2028-02-28')).toBe(27);
    expect(ageAt('2000-02-29', '2028-02-29')).toBe(28);
  });

  it('gives the period start and E − 89 days', () => {
    expect(periodStart('2026-10-31')).toBe('2026-10-01');
    expect(periodStart('2026-10-17')).toBe('2026-10-01');
    // 31 Oct − 30 = 1 Oct; − 30 more = 1 Sep; − 29 more = 3 Aug.
    expect(daysBefore('2026-10-31', 89)).toBe('2026-08-03');
  });

  it('orders placement ids by code point: "10" before "9"', () => {
    expect(compareCodePoints('10', '9')).toBeLessThan(0);
    expect(compareCodePoints('9', '10')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'a')).toBe(0);
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    // U+FF61 is one UTF-16 unit above the surrogates; U+1F600 is a pair starting 0xD83D. By code
    // point U+FF61 comes first; JavaScript's `<` on UTF-16 units would say the opposite.
    expect(compareCodePoints('\uFF61', '\u{1F600}')).toBeLessThan(0);
    expect('\uFF61' < '\u{1F600}').toBe(false);
  });
});

describe('CRF-1 §5 date arithmetic at the calendar’s edges', () => {
  it('knows the century leap rule: 1900 and 2100 have no 29 February, 2000 has', () => {
    expect(addMonths('1900-01-31', 1)).toBe('1900-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(completedMonths('2100-01-31', '2100-02-28')).toBe(1);
    expect(completedMonths('2000-01-31', '2000-02-28')).toBe(0);
  });

  it('writes two-digit months and days, October to December included', () => {
    expect(addMonths('2026-01-05', 9)).toBe('2026-10-05');
    expect(addMonths('2026-09-30', 3)).toBe('2026-12-30');
    expect(addMonths('2026-11-10', 2)).toBe('2027-01-10');
  });

  it('refuses an end before the start without naming either date', () => {
    expect(() => completedMonths('2026-02-01', '2026-01-31')).toThrow(/end date is before the start date$/);
    expect(() => ageAt('2026-02-01', '2026-01-31')).toThrow(RangeError);
  });

  it('puts characters beyond the first plane after every other one, and the private-use units before them', () => {
    // U+E000 is the first unit after the surrogates: it sorts before U+10000 (a pair from 0xD800)
    // and U+1F600 (from 0xD83D), and after U+D7FF, the last unit before them.
    expect(compareCodePoints('\uE000', '\u{10000}')).toBeLessThan(0);
    expect(compareCodePoints('\u{10000}', '\uE000')).toBeGreaterThan(0);
    expect(compareCodePoints('\uE000', '\u{1F600}')).toBeLessThan(0);
    expect(compareCodePoints('\uD7FF', '\uE000')).toBeLessThan(0);
    expect(compareCodePoints('\uFFFF', '\u{10000}')).toBeLessThan(0);
    expect(compareCodePoints('\u{10000}', '\u{1F600}')).toBeLessThan(0);
  });
});
