import { describe, expect, it } from 'vitest';
import { workshopTypes } from '../../../electron/domain/codes';
import {
  closedReason,
  generateSchedule,
  holidaysBetween,
  numberSessions,
  overlaps,
  weekdayOf,
} from '../../../electron/domain/schedule';
import { arrangeRoster, nextWaitPosition, type Place } from '../../../electron/domain/wait-list';
import { catalogueEntry, workshopCatalogue } from '../../../electron/domain/workshop-catalogue';
import { AppError } from '../../../electron/domain/app-error';

const TUESDAY = 2;
const tuesdays = (count: number, fromDate: string) =>
  generateSchedule({ weekday: TUESDAY, startTime: '09:00', endTime: '13:00', count, fromDate });

describe('schedule generation on the Israeli calendar', () => {
  it('lays the issue example: every Tuesday 09:00–13:00, 6 sessions from 03/03/2026, past Purim, Pesach and Yom HaZikaron', () => {
    const { dates, skipped } = tuesdays(6, '2026-03-03');
    expect(dates).toEqual(['2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31', '2026-04-14', '2026-04-28']);
    expect(skipped.map((s) => [s.date, s.nameHe])).toEqual([
      ['2026-03-03', 'פורים'],
      ['2026-04-07', 'פסח ו׳ (חוה״מ)'],
      ['2026-04-21', 'יום הזכרון'],
    ]);
    expect(dates.every((d) => weekdayOf(d) === TUESDAY)).toBe(true);
  });

  it('skips Erev Pesach and Pesach VII, and keeps Yom HaShoah, a working day', () => {
    const wednesdays = generateSchedule({
      weekday: 3,
      startTime: '10:00',
      endTime: '12:00',
      count: 2,
      fromDate: '2026-03-25',
    });
    expect(wednesdays.skipped.map((s) => [s.date, s.nameHe])).toEqual([
      ['2026-04-01', 'ערב פסח'],
      ['2026-04-08', 'פסח ז׳'],
    ]);
    expect(wednesdays.dates).toEqual(['2026-03-25', '2026-04-15']);
    expect(closedReason('2026-04-14')).toBeNull();
    expect(holidaysBetween('2026-04-14', '2026-04-14')[0]).toMatchObject({ nameHe: 'יום השואה', closed: false });
  });

  it('skips Sukkot: its eve, the first day, chol hamoed, Hoshana Raba and Shmini Atzeret', () => {
    const sundays = generateSchedule({
      weekday: 0,
      startTime: '09:00',
      endTime: '13:00',
      count: 2,
      fromDate: '2026-09-20',
    });
    // 20/09/2026 Erev Yom Kippur, 27/09 Sukkot II (chol hamoed).
    expect(sundays.skipped.map((s) => s.date)).toEqual(['2026-09-20', '2026-09-27']);
    expect(sundays.dates).toEqual(['2026-10-04', '2026-10-11']);
    const thursdays = generateSchedule({
      weekday: 4,
      startTime: '09:00',
      endTime: '13:00',
      count: 1,
      fromDate: '2026-09-25',
    });
    expect(thursdays.skipped.map((s) => s.nameHe)).toEqual(['סוכות ו׳ (חוה״מ)']);
    expect(thursdays.dates).toEqual(['2026-10-08']);
    const wednesdays2024 = generateSchedule({
      weekday: 3,
      startTime: '09:00',
      endTime: '13:00',
      count: 1,
      fromDate: '2024-10-16',
    });
    expect(wednesdays2024.skipped.map((s) => s.nameHe)).toEqual(['ערב סוכות', 'סוכות ז׳ (הושענא רבה)']);
    const thursdays2024 = generateSchedule({
      weekday: 4,
      startTime: '09:00',
      endTime: '13:00',
      count: 1,
      fromDate: '2024-10-17',
    });
    expect(thursdays2024.skipped.map((s) => s.nameHe)).toEqual(['סוכות א׳', 'שמיני עצרת']);
    expect(thursdays2024.dates).toEqual(['2024-10-31']);
  });

  it('follows Yom HaAtzmaut where the calendar moves it: Tuesday in 2024, Wednesday in 2026 and 2027', () => {
    // 5 Iyar 5784 fell on a Monday; the holiday was postponed to Tuesday 14/05/2024.
    expect(closedReason('2024-05-14')?.nameEn).toMatch(/Atzma/);
    expect(closedReason('2024-05-13')?.nameEn).toMatch(/Zikaron/);
    expect(tuesdays(1, '2024-05-14').dates).toEqual(['2024-05-21']);
    expect(closedReason('2026-04-22')?.nameHe).toBe('יום העצמאות');
    expect(closedReason('2027-05-12')?.nameHe).toBe('יום העצמאות');
    // The same Tuesday in 2027 is an ordinary day.
    expect(closedReason('2027-05-11')?.nameHe).toBe('יום הזכרון');
    expect(closedReason('2027-05-18')).toBeNull();
  });

  it('refuses a Friday or Saturday schedule instead of moving it', () => {
    for (const weekday of [5, 6]) {
      try {
        generateSchedule({ weekday, startTime: '09:00', endTime: '13:00', count: 3, fromDate: '2026-01-01' });
        expect.fail('a weekend schedule was accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).messageKey).toBe('errors.workshops.weekend_day');
      }
    }
  });

  it('refuses an end time before the start time and a count of zero', () => {
    expect(() =>
      generateSchedule({ weekday: 1, startTime: '13:00', endTime: '09:00', count: 2, fromDate: '2026-01-04' }),
    ).toThrow(AppError);
    expect(() =>
      generateSchedule({ weekday: 1, startTime: '09:00', endTime: '13:00', count: 0, fromDate: '2026-01-04' }),
    ).toThrow(AppError);
  });

  it('numbers sessions by date and leaves a cancelled one out of the numbering', () => {
    const numbered = numberSessions([
      { id: 3, date: '2026-03-24', startTime: '09:00', endTime: '13:00', status: 'scheduled' as const },
      { id: 1, date: '2026-03-10', startTime: '09:00', endTime: '13:00', status: 'scheduled' as const },
      { id: 2, date: '2026-03-17', startTime: '09:00', endTime: '13:00', status: 'cancelled' as const },
    ]);
    expect(numbered.map((s) => [s.id, s.number])).toEqual([
      [1, 1],
      [2, null],
      [3, 2],
    ]);
  });

  it('sees overlapping times on one day, and a session without times as the whole day', () => {
    const at = (startTime: string | null, endTime: string | null) => ({ date: '2026-03-10', startTime, endTime });
    expect(overlaps(at('09:00', '13:00'), at('12:00', '14:00'))).toBe(true);
    expect(overlaps(at('09:00', '13:00'), at('13:00', '15:00'))).toBe(false);
    expect(overlaps(at(null, null), at('13:00', '15:00'))).toBe(true);
    expect(overlaps(at('09:00', '13:00'), { ...at('09:00', '13:00'), date: '2026-03-11' })).toBe(false);
  });
});

describe('the catalogue', () => {
  it('has the 27 CRF-1 types, each once, with drop-ins marked', () => {
    expect(workshopCatalogue).toHaveLength(27);
    expect(new Set(workshopCatalogue.map((e) => e.type))).toEqual(new Set(workshopTypes));
    expect(workshopCatalogue.filter((e) => e.dropIn).map((e) => e.type)).toEqual([
      'JOB_CLUB',
      'BUSINESS_SPACE',
      'EVENT',
    ]);
  });

  it('carries DOMAIN defaults: business initiation 14 × 4 h = 56 h, back to work 6 × 4 h for the salaried', () => {
    const business = catalogueEntry('BUSINESS_STANDARD');
    expect((business.defaultMeetings ?? 0) * (business.hoursPerMeeting ?? 0)).toBe(56);
    expect(business.audience).toBe('self_employed');
    expect(catalogueEntry('BACK_TO_WORK')).toMatchObject({
      audience: 'salaried',
      defaultMeetings: 6,
      hoursPerMeeting: 4,
    });
    expect(catalogueEntry('MOTIVATION')).toMatchObject({ audience: 'both', defaultMeetings: 3 });
  });
});

describe('wait-list promotion', () => {
  const place = (id: number, status: Place['status'], waitPosition: number | null = null): Place => ({
    id,
    status,
    waitPosition,
  });

  it('promotes the first on the wait list when a place frees, and renumbers the rest', () => {
    const roster = [
      place(1, 'enrolled'),
      place(2, 'withdrawn'),
      place(3, 'waitlisted', 2),
      place(4, 'waitlisted', 1),
      place(5, 'waitlisted', 3),
    ];
    expect(arrangeRoster(roster, 2)).toEqual([
      { id: 4, status: 'enrolled', waitPosition: null },
      { id: 3, status: 'waitlisted', waitPosition: 1 },
      { id: 5, status: 'waitlisted', waitPosition: 2 },
    ]);
  });

  it('changes nothing on a full course, and takes everyone when there is no capacity', () => {
    const roster = [place(1, 'enrolled'), place(2, 'waitlisted', 1)];
    expect(arrangeRoster(roster, 1)).toEqual([]);
    expect(arrangeRoster(roster, null)).toEqual([{ id: 2, status: 'enrolled', waitPosition: null }]);
  });

  it('never moves an enrolled person back when the capacity drops', () => {
    expect(arrangeRoster([place(1, 'enrolled'), place(2, 'enrolled')], 1)).toEqual([]);
  });

  it('puts a newcomer after everyone waiting', () => {
    expect(nextWaitPosition([place(1, 'enrolled'), place(2, 'waitlisted', 4), place(3, 'withdrawn')])).toBe(5);
    expect(nextWaitPosition([])).toBe(1);
  });
});
