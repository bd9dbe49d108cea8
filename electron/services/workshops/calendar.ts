import { addDays, startOfWeekSunday } from '../../domain/dates';
import { holidaysBetween } from '../../domain/schedule';
import { conferencesBetween, meetingsOfStaffBetween } from '../../../db/repositories/calendar';
import { sessionsBetween } from '../../../db/repositories/workshops';
import type { StoreRuntime } from '../store/runtime';

/**
 * The centre's week from Sunday: workshop sessions, exposure conferences, the signed-in
 * person's own meetings (nobody else's: the calendar is not a way into another caseload),
 * and the holidays of each day.
 */
export function calendarWeek(runtime: StoreRuntime, date: string) {
  const me = runtime.requireSession();
  const from = startOfWeekSunday(date);
  const to = addDays(from, 6);
  const db = runtime.db();
  const holidays = holidaysBetween(from, to);
  return {
    weekStart: from,
    days: Array.from({ length: 7 }, (_, i) => {
      const day = addDays(from, i);
      return { date: day, holidays: holidays.filter((h) => h.date === day) };
    }),
    sessions: sessionsBetween(db, from, to).map((s) => ({
      id: s.id,
      instanceId: s.instanceId,
      title: s.title,
      type: s.type,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      place: s.place ?? s.instancePlace,
    })),
    conferences: conferencesBetween(db, from, to),
    meetings: meetingsOfStaffBetween(db, me.userId, from, to),
  };
}
