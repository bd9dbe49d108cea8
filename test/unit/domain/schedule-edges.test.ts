import { describe, expect, it } from 'vitest';
import { generateSchedule, numberSessions, overlaps, timesProblem } from '../../../electron/domain/schedule';

const request = { weekday: 2, startTime: '09:00', endTime: '13:00', count: 6, fromDate: '2027-03-09' };

/** The field and reason a refused schedule names, as the form shows them. */
function refusal(changes: Partial<typeof request>) {
  try {
    generateSchedule({ ...request, ...changes });
  } catch (error) {
    const { code, fields } = error as { code: string; fields: unknown };
    return { code, fields };
  }
  throw new Error('the schedule was accepted');
}

describe('a schedule refused names its field', () => {
  it.each<[Partial<typeof request>, string, string]>([
    [{ weekday: 7 }, 'weekday', 'validation.invalid_value'],
    [{ weekday: 1.5 }, 'weekday', 'validation.invalid_value'],
    [{ weekday: -1 }, 'weekday', 'validation.invalid_value'],
    [{ weekday: 5 }, 'weekday', 'errors.workshops.weekend_day'],
    [{ weekday: 6 }, 'weekday', 'errors.workshops.weekend_day'],
    [{ fromDate: '2027-02-30' }, 'fromDate', 'validation.iso_date'],
    [{ count: 0 }, 'count', 'validation.invalid_value'],
    [{ count: 61 }, 'count', 'validation.invalid_value'],
    [{ count: 2.5 }, 'count', 'validation.invalid_value'],
    [{ startTime: '9:00' }, 'startTime', 'validation.time_of_day'],
    [{ endTime: '24:00' }, 'endTime', 'validation.time_of_day'],
    [{ endTime: '09:00' }, 'endTime', 'errors.workshops.end_before_start'],
  ])('%o → %s: %s', (changes, path, message) => {
    expect(refusal(changes)).toEqual({ code: 'invalid_input', fields: [{ path, message }] });
  });

  it('lays 60 sessions, the most a schedule may have', () => {
    expect(generateSchedule({ ...request, count: 60 }).dates).toHaveLength(60);
  });
});

describe('session times', () => {
  it('accepts an end after the start and names what is wrong otherwise', () => {
    expect(timesProblem('09:00', '09:01')).toBeNull();
    expect(timesProblem('09:00', '09:00')).toEqual({ path: 'endTime', message: 'errors.workshops.end_before_start' });
    expect(timesProblem('9', '10:00')).toEqual({ path: 'startTime', message: 'validation.time_of_day' });
  });

  it('overlap when the times cross on the same day, not when one ends as the other starts', () => {
    const at = (date: string, startTime: string | null, endTime: string | null) => ({ date, startTime, endTime });
    expect(overlaps(at('2027-03-09', '09:00', '13:00'), at('2027-03-09', '12:00', '14:00'))).toBe(true);
    expect(overlaps(at('2027-03-09', '09:00', '13:00'), at('2027-03-09', '13:00', '14:00'))).toBe(false);
    expect(overlaps(at('2027-03-09', '13:00', '14:00'), at('2027-03-09', '09:00', '13:00'))).toBe(false);
    expect(overlaps(at('2027-03-09', '09:00', '13:00'), at('2027-03-10', '09:00', '13:00'))).toBe(false);
    expect(overlaps(at('2027-03-09', null, null), at('2027-03-09', '20:00', '21:00'))).toBe(true);
    // Any one time missing, on either side, takes the whole day.
    expect(overlaps(at('2027-03-09', '20:00', '21:00'), at('2027-03-09', null, null))).toBe(true);
    expect(overlaps(at('2027-03-09', '09:00', null), at('2027-03-09', '20:00', '21:00'))).toBe(true);
    expect(overlaps(at('2027-03-09', null, '10:00'), at('2027-03-09', '20:00', '21:00'))).toBe(true);
    expect(overlaps(at('2027-03-09', '20:00', '21:00'), at('2027-03-09', '09:00', null))).toBe(true);
    expect(overlaps(at('2027-03-09', '20:00', '21:00'), at('2027-03-09', null, '10:00'))).toBe(true);
  });

  it('puts a session without a time first on its day, whichever is listed first', () => {
    const s = (id: number, startTime: string | null) => ({
      id,
      date: '2027-03-09',
      startTime,
      endTime: null,
      status: 'scheduled' as const,
    });
    expect(numberSessions([s(1, null), s(2, '09:00')]).map((x) => [x.id, x.number])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(numberSessions([s(2, '09:00'), s(1, null)]).map((x) => [x.id, x.number])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('numbers sessions by date, then time, then id, skipping cancelled ones', () => {
    const s = (
      id: number,
      date: string,
      startTime: string | null,
      status: 'scheduled' | 'cancelled' = 'scheduled',
    ) => ({
      id,
      date,
      startTime,
      endTime: null,
      status,
    });
    const numbered = numberSessions([
      s(5, '2027-03-16', '09:00'),
      s(4, '2027-03-09', '14:00'),
      s(3, '2027-03-09', '09:00', 'cancelled'),
      s(2, '2027-03-16', '09:00'),
      s(1, '2027-03-09', null),
    ]);
    expect(numbered.map((x) => [x.id, x.number])).toEqual([
      [1, 1],
      [3, null],
      [4, 2],
      [2, 3],
      [5, 4],
    ]);
  });
});
