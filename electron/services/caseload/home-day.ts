import { addDays, todayIso } from '../../domain/dates';
import { NO_CONTACT_DAYS } from '../../../db/repositories/caseload';
import {
  countByStatus,
  dayFollowUps,
  dayMeetings,
  dayNoContact,
  dayTasks,
  upcomingSessions,
} from '../../../db/repositories/home-day';
import type { StoreRuntime } from '../store/runtime';
import { callsToMake } from './conferences';

/** Enough for a day's screen; the count beside each list says how many more there are. */
export const HOME_DAY_LIMIT = 50;

/**
 * The signed-in person's day, only what their role acts on: a coach their own meetings,
 * follow-ups, plan tasks and silent participants; a coordinator the same for the whole
 * centre plus the front desk's queues they also work; a navigator the routing and reminder
 * calls; a facilitator their coming workshop sessions. Lists a role does not act on are null.
 */
export function homeDay(runtime: StoreRuntime, input: { date?: string | undefined }) {
  const me = runtime.requireSession();
  const db = runtime.db();
  const date = input.date ?? todayIso(runtime.now());
  const empty = {
    date,
    role: me.role,
    meetings: null,
    followUps: null,
    tasks: null,
    noContact: null,
    calls: null,
    sessions: null,
  };
  if (me.role === 'facilitator') {
    return { ...empty, sessions: upcomingSessions(db, date, me.userId, HOME_DAY_LIMIT) };
  }
  const calls = () => ({ routing: countByStatus(db, 'inquiry'), reminders: callsToMake(runtime).length });
  if (me.role === 'navigator') return { ...empty, calls: calls() };
  const coachId = me.role === 'coach' ? me.userId : undefined;
  return {
    ...empty,
    meetings: dayMeetings(db, date, coachId, HOME_DAY_LIMIT),
    followUps: dayFollowUps(db, date, coachId, HOME_DAY_LIMIT),
    tasks: dayTasks(db, date, coachId, HOME_DAY_LIMIT),
    noContact: dayNoContact(db, addDays(date, -NO_CONTACT_DAYS), coachId, HOME_DAY_LIMIT),
    calls: me.role === 'coordinator' ? calls() : null,
  };
}
