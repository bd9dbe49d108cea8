import { describe, expect, it } from 'vitest';
import {
  closedReason,
  generateSchedule,
  holidaysBetween,
  isWeekend,
  weekdayOf,
} from '../../../electron/domain/schedule';

const names = (from: string, to: string) => holidaysBetween(from, to).map((m) => [m.date, m.nameEn, m.closed]);

describe('which days the calendar closes', () => {
  it("closes Tisha B'Av but not its eve: the fast starts at sunset, after the meeting", () => {
    expect(closedReason('2026-07-23')?.nameEn).toBe('Tish’a B’Av');
    expect(closedReason('2026-07-22')).toBeNull();
    // Not shown at all: an ordinary working day.
    expect(holidaysBetween('2026-07-22', '2026-07-22')).toEqual([]);
    // A Wednesday group meets on the eve (22/07/2026) and a Thursday group skips the fast day.
    const slot = { startTime: '09:00', endTime: '13:00', count: 1 };
    expect(generateSchedule({ ...slot, weekday: 3, fromDate: '2026-07-22' }).dates).toEqual(['2026-07-22']);
    expect(generateSchedule({ ...slot, weekday: 4, fromDate: '2026-07-23' })).toMatchObject({
      dates: ['2026-07-30'],
      skipped: [{ date: '2026-07-23', closed: true }],
    });
  });

  it('closes Yom Kippur, Rosh Hashana, Shavuot and the eves with candle lighting', () => {
    for (const date of ['2026-09-21', '2026-09-12', '2026-09-13', '2026-05-22', '2026-05-21', '2026-09-11'])
      expect(closedReason(date)?.closed).toBe(true);
  });

  it('keeps Erev Purim, Shushan Purim, Chanukah (its first candle is an eve too), minor fasts and Lag BaOmer open', () => {
    for (const date of ['2026-03-02', '2026-03-04', '2026-12-04', '2026-12-08', '2026-09-14', '2026-05-05'])
      expect(closedReason(date)).toBeNull();
    expect(names('2026-03-02', '2026-03-04')).toEqual([
      ['2026-03-02', 'Ta’anit Esther', false],
      ['2026-03-02', 'Erev Purim', false],
      ['2026-03-03', 'Purim', true],
      ['2026-03-04', 'Shushan Purim', false],
    ]);
  });
});

describe('the holidays shown on the calendar', () => {
  it('puts the closed day first on a shared date: Erev Pesach before the fast of the firstborn', () => {
    expect(names('2026-04-01', '2026-04-01')).toEqual([
      ['2026-04-01', 'Erev Pesach', true],
      ['2026-04-01', 'Ta’anit Bechorot', false],
    ]);
    expect(closedReason('2026-04-01')?.nameEn).toBe('Erev Pesach');
  });

  // The holidays of a year are computed once per process, so each rule below is read from a
  // year no other test touches: under mutation testing (perTest coverage) only the test that
  // first computes a year is run against the rules that built it.
  it('leaves out Rosh Chodesh, special Shabbatot and the Israeli commemoration days', () => {
    // 25/04/2029 Herzl Day, 13/11/2029 Ben-Gurion Day, 15/02/2029 Family Day.
    expect(holidaysBetween('2029-04-25', '2029-04-25')).toEqual([]);
    expect(holidaysBetween('2029-11-13', '2029-11-13')).toEqual([]);
    expect(holidaysBetween('2029-02-15', '2029-02-15')).toEqual([]);
    // Sigd and Yom Yerushalayim are modern holidays for everyone: shown, not closed.
    expect(names('2029-11-07', '2029-11-07')).toEqual([['2029-11-07', 'Sigd', false]]);
    expect(names('2029-05-13', '2029-05-13')).toEqual([['2029-05-13', 'Yom Yerushalayim', false]]);
    // 17/02/2026 holds Family Day and Rosh Chodesh Adar; 14/02 Shabbat Shekalim.
    expect(holidaysBetween('2026-02-14', '2026-02-18')).toEqual([]);
  });

  it('spans a new year: the end of Chanukah 2027 and Tu BiShvat 2028, inclusive at both ends, in date order', () => {
    const marks = holidaysBetween('2027-12-30', '2028-02-12');
    expect(marks[0]).toMatchObject({ date: '2027-12-30' });
    expect(marks.map((m) => m.date)).toEqual([...marks.map((m) => m.date)].sort());
    expect(marks.some((m) => m.date.startsWith('2028-01'))).toBe(true);
    expect(marks.at(-1)).toMatchObject({ date: '2028-02-12', nameEn: 'Tu BiShvat' });
    expect(holidaysBetween('2027-12-31', '2027-12-31').map((m) => m.nameEn)).toEqual(['Chanukah: 8 Candles']);
  });

  it('writes dates with two-digit months and days, in Hebrew and English', () => {
    expect(holidaysBetween('2030-01-19', '2030-01-19')).toEqual([
      { date: '2030-01-19', nameHe: 'ט״ו בשבט', nameEn: 'Tu BiShvat', closed: false },
    ]);
  });

  it('refuses dates that are not ISO, naming no value', () => {
    expect(() => holidaysBetween('2026-2-2', '2026-02-03')).toThrow(/ISO/);
    expect(() => holidaysBetween('2026-02-02', '03/02/2026')).toThrow(/ISO/);
    expect(() => closedReason('2026-02-30')).toThrow(RangeError);
    expect(() => weekdayOf('2026-13-01')).toThrow(/ISO/);
  });
});

describe('the working week', () => {
  it('runs Sunday to Thursday: Friday and Saturday are the weekend', () => {
    // 01/03/2026 was a Sunday.
    const week = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'];
    expect(week.map(weekdayOf)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(week.map(isWeekend)).toEqual([false, false, false, false, false, true, true]);
  });

  it('starts on the first asked weekday on or after the start date', () => {
    const slot = { startTime: '09:00', endTime: '13:00', count: 2 };
    // From a Thursday, a Sunday group starts three days later; from a Sunday, the same day.
    expect(generateSchedule({ ...slot, weekday: 0, fromDate: '2026-01-08' }).dates).toEqual([
      '2026-01-11',
      '2026-01-18',
    ]);
    expect(generateSchedule({ ...slot, weekday: 0, fromDate: '2026-01-11' }).dates).toEqual([
      '2026-01-11',
      '2026-01-18',
    ]);
    expect(generateSchedule({ ...slot, weekday: 4, fromDate: '2026-01-04' }).dates).toEqual([
      '2026-01-08',
      '2026-01-15',
    ]);
  });
});
