/**
 * CRF-1's workshop completion and attendance rate (§5 and §7), in one place: the participant
 * page, the reports and the export all ask here, so the rule cannot drift between them.
 */
import { isAttended, isDropInWorkshopType, type AttendanceStatus, type WorkshopType } from './codes';
import type { IsoDate } from './dates';
import type { SessionStatus } from './workshops';

export interface SessionFact {
  date: IsoDate;
  status: SessionStatus;
}

/** Cancelled sessions are not sessions of the instance: they neither count nor end it. */
export function countedSessions<S extends SessionFact>(sessions: readonly S[]): S[] {
  return sessions.filter((s) => s.status !== 'cancelled');
}

/**
 * Attended ≥ 75% of all (counted) sessions, in integers so that no float rounding decides it:
 * 4 × attended ≥ 3 × sessions. 3 of 4 and 6 of 8 complete; 2 of 3 does not.
 */
export function meetsCompletionShare(attended: number, sessions: number): boolean {
  return sessions > 0 && 4 * attended >= 3 * sessions;
}

export interface ParticipantWorkshopFacts {
  type: WorkshopType;
  /** Every session of the instance, cancelled ones included (they are dropped here). */
  sessions: readonly SessionFact[];
  /** The person's marks at this instance's sessions, by the session's date and status. */
  marks: readonly { session: SessionFact; status: AttendanceStatus }[];
}

export interface WorkshopAttendanceSummary {
  /** Sessions of the instance that are not cancelled. */
  sessions: number;
  /** Of those, dated on or before today. */
  held: number;
  /** Attended rows (PRESENT or LATE) at sessions that are not cancelled. */
  attended: number;
  /** attended / held; null before the first session and for drop-in types (CRF-1 §5). */
  rate: number | null;
  /** CRF-1 completion; null for drop-in types, which have no completion. */
  completed: boolean | null;
  /** The instance's last counted session is on or before today. */
  finished: boolean;
}

/**
 * One person's attendance at one instance as of `today` (CRF-1's E). An unmarked session
 * counts as absent, as attendance.csv reads a missing row.
 */
export function summariseWorkshop(facts: ParticipantWorkshopFacts, today: IsoDate): WorkshopAttendanceSummary {
  const sessions = countedSessions(facts.sessions);
  const held = sessions.filter((s) => s.date <= today).length;
  const attended = facts.marks.filter(
    (m) => m.session.status !== 'cancelled' && m.session.date <= today && isAttended(m.status),
  ).length;
  const last = sessions.reduce<IsoDate | null>((max, s) => (max === null || s.date > max ? s.date : max), null);
  const finished = last !== null && last <= today;
  if (isDropInWorkshopType(facts.type))
    return { sessions: sessions.length, held, attended, rate: null, completed: null, finished };
  return {
    sessions: sessions.length,
    held,
    attended,
    rate: held === 0 ? null : attended / held,
    completed: finished && meetsCompletionShare(attended, sessions.length),
    finished,
  };
}
