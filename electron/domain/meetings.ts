/**
 * Rules of the 1:1 meeting log (DOMAIN "Coaching tools", "Boundaries and commitment"):
 * which meetings count as contact, when a booking is flagged, and the default next meeting.
 * Pure: the service reads rows, asks these, and writes.
 */
import type { MeetingState, TaskOwner } from './casework';
import { addDays, isIsoDate, type IsoDate } from './dates';

/** 'HH:mm', 00:00–23:59. */
export const MEETING_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** How far ahead the next meeting is offered: the usual fortnightly rhythm. */
export const NEXT_MEETING_DAYS = 14;

/** A meeting that has happened (or was meant to and did not): anything but a booking. */
export function isHeld(state: MeetingState): boolean {
  return state !== 'BOOKED';
}

/**
 * "Last contact" after a meeting: only an attended meeting is contact, and an older meeting
 * entered late never moves the date back. This is what clears the 90-day flag.
 */
export function lastContactAfter(
  existing: IsoDate | null,
  meeting: { date: IsoDate; state: MeetingState },
): IsoDate | null {
  if (meeting.state !== 'ATTENDED') return existing;
  return existing !== null && existing > meeting.date ? existing : meeting.date;
}

export interface TaskDueFacts {
  owner: TaskOwner;
  dueDate: IsoDate | null;
  doneDate: IsoDate | null;
}

/** The participant's agreed tasks that were due by today and are not done. */
export function undoneDueTasks<T extends TaskDueFacts>(tasks: readonly T[], today: IsoDate): T[] {
  return tasks.filter(
    (task) => task.owner === 'participant' && task.doneDate === null && task.dueDate !== null && task.dueDate <= today,
  );
}

/**
 * The seed's boundary rule says a participant who has not done the agreed tasks books no next
 * meeting until done. Kesher flags such a booking instead of refusing it: the coach decides,
 * and the flag stays on the meeting for the coordinator to see.
 */
export function bookingFlagged(tasks: readonly TaskDueFacts[], today: IsoDate): boolean {
  return undoneDueTasks(tasks, today).length > 0;
}

/** Friday and Saturday: the centre is closed (the working week is Sunday–Thursday). */
function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The working day on or after the date: Friday and Saturday move on to Sunday. */
export function offWeekend(date: IsoDate): IsoDate {
  const day = weekday(date);
  if (day === 5) return addDays(date, 2);
  if (day === 6) return addDays(date, 1);
  return date;
}

/**
 * The next meeting a coach is offered after one on `date`: the same weekday and time two weeks
 * on, off the weekend, so accepting the usual rhythm costs no typing.
 */
export function defaultNextMeeting(date: IsoDate, time: string | null): { date: IsoDate; time: string | null } {
  if (!isIsoDate(date)) throw new RangeError('Expected an ISO calendar date (YYYY-MM-DD)');
  return { date: offWeekend(addDays(date, NEXT_MEETING_DAYS)), time };
}

/** A clock time rounded to the nearest quarter hour, as a form's default ("now, rounded"); never past 23:45. */
export function roundedTime(hours: number, minutes: number): string {
  const total = Math.min(23 * 60 + 45, Math.round((hours * 60 + minutes) / 15) * 15);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
