import { isDropInWorkshopType } from '../../domain/codes';
import { addDays, todayIso } from '../../domain/dates';
import {
  enrolledCounts,
  listSessionsBetween,
  markedCounts,
  notesForInstance,
  sessionRoster,
  type RosterEntry,
  type SessionWithInstance,
} from '../../../db/repositories/attendance';
import type { StoreRuntime } from '../store/runtime';
import { mayMark, requireOwnSession } from './access';

/** Without dates, four weeks either side of today: the sessions a facilitator marks or prepares. */
const DEFAULT_WINDOW_DAYS = 28;

function sessionFacts(s: SessionWithInstance) {
  return {
    sessionId: s.id,
    instanceId: s.instanceId,
    title: s.title,
    type: s.type,
    dropIn: isDropInWorkshopType(s.type),
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    place: s.place ?? s.instancePlace,
    status: s.status,
  };
}

/**
 * A facilitator's own sessions (the coordinator's: everyone's): today's first, then the
 * coming ones in date order, then the past ones newest first, where unmarked rows wait.
 */
export function mySessions(runtime: StoreRuntime, input: { from?: string | undefined; to?: string | undefined }) {
  const me = runtime.requireSession();
  const today = todayIso(runtime.now());
  const from = input.from ?? addDays(today, -DEFAULT_WINDOW_DAYS);
  const to = input.to ?? addDays(today, DEFAULT_WINDOW_DAYS);
  const db = runtime.db();
  const sessions = listSessionsBetween(db, from, to, me.role === 'coordinator' ? null : me.userId);
  const enrolled = enrolledCounts(db, [...new Set(sessions.map((s) => s.instanceId))]);
  const marked = markedCounts(
    db,
    sessions.map((s) => s.id),
  );
  const rank = (date: string) => (date === today ? 0 : date > today ? 1 : 2);
  const ordered = [...sessions].sort((a, b) => {
    const byRank = rank(a.date) - rank(b.date);
    if (byRank) return byRank;
    const byDate = a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
    return rank(a.date) === 2 ? -byDate : byDate;
  });
  return ordered.map((s) => {
    const marks = marked.get(s.id) ?? 0;
    // A drop-in session's roster is whoever came: its marks.
    const rosterSize = isDropInWorkshopType(s.type) ? marks : (enrolled.get(s.instanceId) ?? 0);
    return { ...sessionFacts(s), rosterSize, marked: marks };
  });
}

const collator = new Intl.Collator('he');

/** Name order, last name first, as the paper sheets are. */
export function byName(a: Pick<RosterEntry, 'firstName' | 'lastName'>, b: Pick<RosterEntry, 'firstName' | 'lastName'>) {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);
}

/** The attendance page: the session, its roster in name order with each mark, and the notes written at it. */
export function sessionView(runtime: StoreRuntime, sessionId: number) {
  const session = requireOwnSession(runtime, sessionId);
  const db = runtime.db();
  const roster = sessionRoster(db, session).sort(byName);
  runtime.audit({ action: 'record_viewed', entity: 'workshop_session', entityId: session.id });
  return {
    ...sessionFacts(session),
    canMark: mayMark(runtime, session),
    roster,
    notes: notesForInstance(db, session.instanceId),
  };
}
