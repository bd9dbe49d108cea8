import { describe, expect, it } from 'vitest';
import {
  bookingFlagged,
  defaultNextMeeting,
  isHeld,
  lastContactAfter,
  offWeekend,
  roundedTime,
  undoneDueTasks,
} from '../../../electron/domain/meetings';

const TODAY = '2026-11-30'; // a Monday

describe('last contact', () => {
  it('moves forward to an attended meeting', () => {
    expect(lastContactAfter('2026-08-01', { date: '2026-11-29', state: 'ATTENDED' })).toBe('2026-11-29');
    expect(lastContactAfter(null, { date: '2026-11-29', state: 'ATTENDED' })).toBe('2026-11-29');
  });

  it('never moves back for an older meeting entered late', () => {
    expect(lastContactAfter('2026-11-20', { date: '2026-10-01', state: 'ATTENDED' })).toBe('2026-11-20');
  });

  it('is not moved by a no-show, a cancellation or a booking', () => {
    for (const state of ['NO_SHOW', 'CANCELLED', 'BOOKED'] as const) {
      expect(lastContactAfter('2026-08-01', { date: '2026-11-29', state })).toBe('2026-08-01');
      expect(lastContactAfter(null, { date: '2026-11-29', state })).toBeNull();
    }
  });

  it('treats only a booking as not held', () => {
    expect(isHeld('BOOKED')).toBe(false);
    expect(['ATTENDED', 'NO_SHOW', 'CANCELLED'].every((s) => isHeld(s as 'ATTENDED'))).toBe(true);
  });
});

describe('the boundary flag', () => {
  const task = (owner: 'participant' | 'coach', dueDate: string | null, doneDate: string | null = null) => ({
    owner,
    dueDate,
    doneDate,
  });

  it('flags a participant task due today or earlier and not done', () => {
    expect(bookingFlagged([task('participant', TODAY)], TODAY)).toBe(true);
    expect(bookingFlagged([task('participant', '2026-11-01')], TODAY)).toBe(true);
  });

  it('does not flag a task due tomorrow, a done task, one without a due date or the coach’s own task', () => {
    expect(
      bookingFlagged(
        [
          task('participant', '2026-12-01'),
          task('participant', '2026-11-01', '2026-11-20'),
          task('participant', null),
          task('coach', '2026-11-01'),
        ],
        TODAY,
      ),
    ).toBe(false);
    expect(bookingFlagged([], TODAY)).toBe(false);
  });

  it('names exactly the overdue tasks', () => {
    const overdue = task('participant', '2026-11-29');
    expect(undoneDueTasks([task('coach', '2026-11-01'), overdue, task('participant', '2026-12-05')], TODAY)).toEqual([
      overdue,
    ]);
  });
});

describe('the next meeting offered', () => {
  it('is the same weekday and time two weeks on', () => {
    expect(defaultNextMeeting('2026-11-30', '10:15')).toEqual({ date: '2026-12-14', time: '10:15' });
    expect(defaultNextMeeting('2026-12-03', null)).toEqual({ date: '2026-12-17', time: null }); // Thursday
  });

  it('moves off Friday and Saturday to the Sunday after', () => {
    expect(defaultNextMeeting('2026-11-27', '09:00')).toEqual({ date: '2026-12-13', time: '09:00' }); // Friday
    expect(defaultNextMeeting('2026-11-28', '09:00')).toEqual({ date: '2026-12-13', time: '09:00' }); // Saturday
    expect(offWeekend('2026-12-06')).toBe('2026-12-06'); // a Sunday stays
  });

  it('crosses month and year ends', () => {
    expect(defaultNextMeeting('2026-12-24', '12:00').date).toBe('2027-01-07');
    expect(defaultNextMeeting('2028-02-20', '12:00').date).toBe('2028-03-05');
  });

  it('refuses a malformed date', () => {
    expect(() => defaultNextMeeting('2026-02-30', null)).toThrow(RangeError);
  });
});

describe('the time a form starts from', () => {
  it('rounds to the nearest quarter hour and never past 23:45', () => {
    expect(roundedTime(9, 7)).toBe('09:00');
    expect(roundedTime(9, 8)).toBe('09:15');
    expect(roundedTime(10, 53)).toBe('11:00');
    expect(roundedTime(23, 58)).toBe('23:45');
    expect(roundedTime(0, 0)).toBe('00:00');
  });
});
