import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  addWorkingDays,
  ageOn,
  compareIsoDates,
  completedMonths,
  currentAge,
  daysBetween,
  formatDisplayDate,
  isIsoDate,
  isNotFuture,
  isoDateSchema,
  isWorkingDay,
  parseDisplayDate,
  reminderDueDate,
  startOfWeekSunday,
  subtractWorkingDays,
  todayIso,
} from '../../../electron/domain/dates';

// 2026-03-15 is a Sunday; 2026-03-19 a Thursday; 2026-03-20/21 Friday/Saturday.
const SUNDAY = '2026-03-15';

const isoDates = fc
  .date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2080, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('isIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    for (const d of ['2026-01-01', '2024-02-29', '2026-12-31', '1900-01-01']) expect(isIsoDate(d), d).toBe(true);
  });

  it('rejects dates that do not exist', () => {
    for (const d of [
      '2026-02-30',
      '2025-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
    ]) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });

  it('rejects other spellings, times and non-strings', () => {
    for (const d of ['2026-1-5', '26-01-05', '05/01/2026', '2026-01-05T00:00:00Z', ' 2026-01-05', '20260105', '']) {
      expect(isIsoDate(d), d).toBe(false);
    }
    expect(isIsoDate(20260105)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('rejects years outside 1900–2999', () => {
    expect(isIsoDate('0099-01-01')).toBe(false);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('3000-01-01')).toBe(false);
  });
});

describe('isoDateSchema', () => {
  it('passes real dates and reports validation.iso_date otherwise', () => {
    expect(isoDateSchema.safeParse('2026-02-28').success).toBe(true);
    const bad = isoDateSchema.safeParse('2026-02-30');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('validation.iso_date');
  });
});

describe('todayIso', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('gives the local calendar day, not the UTC one', () => {
    process.env.TZ = 'Asia/Jerusalem';
    // 22:30 UTC on 31 Dec is already 1 Jan in Israel.
    expect(todayIso(new Date(Date.UTC(2026, 11, 31, 22, 30)))).toBe('2027-01-01');
  });
});

describe('compareIsoDates and isNotFuture', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(compareIsoDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
  });

  it('throws on a malformed date without echoing it', () => {
    expect(() => compareIsoDates('1970-02-30', '2026-01-01')).toThrow(RangeError);
    expect(() => compareIsoDates('1970-02-30', '2026-01-01')).not.toThrow(/1970/);
  });

  it('treats today and earlier as not in the future', () => {
    expect(isNotFuture('2026-03-15', '2026-03-15')).toBe(true);
    expect(isNotFuture('1960-07-01', '2026-03-15')).toBe(true);
    expect(isNotFuture('2026-03-16', '2026-03-15')).toBe(false);
  });

  it('is false for an invalid date rather than throwing', () => {
    expect(isNotFuture('2026-02-30', '2026-03-15')).toBe(false);
    expect(isNotFuture('2026-03-01', 'today')).toBe(false);
  });
});

describe('addDays and daysBetween', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts whole days, signed', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('is not moved by a daylight-saving change on the machine', () => {
    const originalTz = process.env.TZ;
    process.env.TZ = 'Asia/Jerusalem';
    try {
      // Israel moved clocks forward on 27 March 2026.
      expect(daysBetween('2026-03-26', '2026-03-28')).toBe(2);
      expect(addDays('2026-03-26', 2)).toBe('2026-03-28');
    } finally {
      process.env.TZ = originalTz;
    }
  });

  it('round-trips: adding the day count between two dates lands on the second', () => {
    fc.assert(
      fc.property(isoDates, isoDates, (a, b) => {
        expect(addDays(a, daysBetween(a, b))).toBe(b);
      }),
    );
  });

  it('refuses fractional day counts', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('addMonthsClamped', () => {
  it('keeps the day of the month when it exists', () => {
    expect(addMonthsClamped('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonthsClamped('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('clamps to the last day of a shorter month (31 Jan + 1 = 28/29 Feb)', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('moves 29 February by a year to 28 February', () => {
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('goes backwards for negative n', () => {
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsClamped('2026-01-10', -13)).toBe('2024-12-10');
  });

  it('refuses fractional month counts', () => {
    expect(() => addMonthsClamped('2026-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('completedMonths', () => {
  it('counts a month as complete on the same day of the next month', () => {
    expect(completedMonths('2026-01-15', '2026-02-14')).toBe(0);
    expect(completedMonths('2026-01-15', '2026-02-15')).toBe(1);
    expect(completedMonths('2026-01-15', '2027-01-15')).toBe(12);
  });

  it('completes a month from the 31st on the last day of a shorter month', () => {
    expect(completedMonths('2026-01-31', '2026-02-28')).toBe(1);
    expect(completedMonths('2026-01-31', '2026-02-27')).toBe(0);
    expect(completedMonths('2026-01-31', '2026-03-30')).toBe(1);
    expect(completedMonths('2026-01-31', '2026-03-31')).toBe(2);
  });

  it('is zero for the same day and throws when the end is earlier', () => {
    expect(completedMonths('2026-05-05', '2026-05-05')).toBe(0);
    expect(() => completedMonths('2026-05-05', '2026-05-04')).toThrow(RangeError);
  });

  it('matches the CRF-1 definition: the largest n with addMonths(d1, n) ≤ d2', () => {
    fc.assert(
      fc.property(isoDates, isoDates, (x, y) => {
        const [d1, d2] = x <= y ? [x, y] : [y, x];
        const n = completedMonths(d1, d2);
        expect(addMonthsClamped(d1, n) <= d2).toBe(true);
        expect(addMonthsClamped(d1, n + 1) > d2).toBe(true);
      }),
    );
  });
});

describe('ageOn', () => {
  it('counts completed years: the birthday itself completes the year', () => {
    expect(ageOn('1970-06-15', '2026-06-14')).toBe(55);
    expect(ageOn('1970-06-15', '2026-06-15')).toBe(56);
  });

  it('treats 28 February as the birthday of someone born on 29 February in a common year', () => {
    expect(ageOn('1964-02-29', '2025-02-27')).toBe(60);
    expect(ageOn('1964-02-29', '2025-02-28')).toBe(61);
    expect(ageOn('1964-02-29', '2024-02-28')).toBe(59);
    expect(ageOn('1964-02-29', '2024-02-29')).toBe(60);
  });

  it('is zero on the birth date and throws for a date before it', () => {
    expect(ageOn('1970-06-15', '1970-06-15')).toBe(0);
    expect(() => ageOn('1970-06-15', '1970-06-14')).toThrow(RangeError);
  });
});

describe('currentAge', () => {
  const today = '2026-05-10';

  it('uses the birth date when it is known', () => {
    expect(currentAge({ birthDate: '1961-05-10', ageAtInquiry: 50, inquiredOn: '2026-01-01' }, today)).toBe(65);
  });

  it('adds the completed years since the inquiry to the age told then', () => {
    expect(currentAge({ birthDate: null, ageAtInquiry: 57, inquiredOn: '2024-05-11' }, today)).toBe(58);
    expect(currentAge({ birthDate: null, ageAtInquiry: 57, inquiredOn: '2024-05-10' }, today)).toBe(59);
    expect(currentAge({ birthDate: null, ageAtInquiry: 57, inquiredOn: today }, today)).toBe(57);
  });

  it('ignores a birth date in the future and an inquiry dated after today', () => {
    expect(currentAge({ birthDate: '2027-01-01', ageAtInquiry: 60, inquiredOn: '2026-01-01' }, today)).toBe(60);
    expect(currentAge({ birthDate: null, ageAtInquiry: 60, inquiredOn: '2026-06-01' }, today)).toBe(60);
  });

  it('is null when neither a birth date nor an age is known', () => {
    expect(currentAge({ birthDate: null, ageAtInquiry: null, inquiredOn: '2026-01-01' }, today)).toBeNull();
  });
});

describe('formatDisplayDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatDisplayDate('2026-03-05')).toBe('05/03/2026');
  });

  it('shows nothing for a missing date and an unparseable value as it is', () => {
    expect(formatDisplayDate(null)).toBe('');
    expect(formatDisplayDate(undefined)).toBe('');
    expect(formatDisplayDate('March 2026')).toBe('March 2026');
  });
});

describe('parseDisplayDate', () => {
  it('reads day first', () => {
    expect(parseDisplayDate('05/03/2026')).toBe('2026-03-05');
    expect(parseDisplayDate('31/12/1960')).toBe('1960-12-31');
  });

  it('accepts one-digit parts, dots or dashes, and surrounding blanks or direction marks', () => {
    expect(parseDisplayDate('5/3/2026')).toBe('2026-03-05');
    expect(parseDisplayDate('05.03.2026')).toBe('2026-03-05');
    expect(parseDisplayDate('\u200F 5-3-2026 ')).toBe('2026-03-05');
  });

  it('rejects dates that do not exist and month-first readings of them', () => {
    expect(parseDisplayDate('30/02/2026')).toBeNull();
    expect(parseDisplayDate('12/31/2026')).toBeNull();
  });

  it('rejects two-digit years, ISO input and junk', () => {
    for (const text of ['05/03/26', '2026-03-05', '', 'tomorrow', '05/03/2026 10:00']) {
      expect(parseDisplayDate(text), text).toBeNull();
    }
  });

  it('round-trips with formatDisplayDate', () => {
    fc.assert(
      fc.property(isoDates, (d) => {
        expect(parseDisplayDate(formatDisplayDate(d))).toBe(d);
      }),
    );
  });
});

describe('startOfWeekSunday', () => {
  it('returns the Sunday on or before the date', () => {
    expect(startOfWeekSunday(SUNDAY)).toBe(SUNDAY);
    expect(startOfWeekSunday('2026-03-19')).toBe(SUNDAY);
    expect(startOfWeekSunday('2026-03-21')).toBe(SUNDAY);
    expect(startOfWeekSunday('2026-01-01')).toBe('2025-12-28');
  });
});

describe('isWorkingDay', () => {
  it('is true Sunday to Thursday and false on Friday and Saturday', () => {
    const week = ['2026-03-15', '2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21'];
    expect(week.map((d) => isWorkingDay(d))).toEqual([true, true, true, true, true, false, false]);
  });

  it('is false on a holiday the centre listed', () => {
    expect(isWorkingDay('2026-03-17', new Set(['2026-03-17']))).toBe(false);
  });
});

describe('addWorkingDays and subtractWorkingDays', () => {
  it('skips Friday and Saturday', () => {
    expect(addWorkingDays('2026-03-19', 1)).toBe('2026-03-22');
    expect(subtractWorkingDays('2026-03-22', 1)).toBe('2026-03-19');
    expect(addWorkingDays(SUNDAY, 5)).toBe('2026-03-22');
  });

  it('starts counting from the next day when the start is a weekend', () => {
    expect(addWorkingDays('2026-03-20', 1)).toBe('2026-03-22');
    expect(subtractWorkingDays('2026-03-21', 1)).toBe('2026-03-19');
  });

  it('returns the date itself for zero and reverses direction for negative counts', () => {
    expect(addWorkingDays('2026-03-21', 0)).toBe('2026-03-21');
    expect(addWorkingDays('2026-03-22', -1)).toBe('2026-03-19');
    expect(subtractWorkingDays('2026-03-19', -1)).toBe('2026-03-22');
  });

  it('skips listed holidays', () => {
    expect(addWorkingDays('2026-03-16', 1, new Set(['2026-03-17']))).toBe('2026-03-18');
  });
});

describe('reminderDueDate', () => {
  it('is three working days before the conference', () => {
    expect(reminderDueDate('2026-03-19')).toBe('2026-03-16'); // Thursday → Monday
    expect(reminderDueDate('2026-03-22')).toBe('2026-03-17'); // Sunday → previous Tuesday
    expect(reminderDueDate('2026-03-24')).toBe('2026-03-19'); // Tuesday → previous Thursday
  });

  it('moves earlier when a holiday falls in between', () => {
    expect(reminderDueDate('2026-03-19', new Set(['2026-03-17']))).toBe('2026-03-15');
  });
});
