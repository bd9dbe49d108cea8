import { sql } from 'drizzle-orm';
import type { AttendanceStatus } from '../../electron/domain/codes';
import type { Db } from '../open';

/**
 * Reads only the printed documents need, beyond what other repositories already answer:
 * national IDs for a sign-in sheet, an instance's whole attendance grid, and a coach's month.
 */

function idList(ids: readonly number[]) {
  return sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
}

/** National IDs of these people (the sheet prints their last four digits). */
export function nationalIdsOf(db: Db, participantIds: readonly number[]): Map<number, string | null> {
  const out = new Map<number, string | null>();
  for (let i = 0; i < participantIds.length; i += 500) {
    const chunk = participantIds.slice(i, i + 500);
    for (const row of db.all<{ id: number; nationalId: string | null }>(
      sql`SELECT id, national_id AS nationalId FROM participants WHERE id IN (${idList(chunk)})`,
    ))
      out.set(row.id, row.nationalId);
  }
  return out;
}

export interface InstanceMark {
  sessionId: number;
  participantId: number;
  status: AttendanceStatus;
}

/** Every mark at every session of an instance. */
export function instanceMarks(db: Db, instanceId: number): InstanceMark[] {
  return db.all<InstanceMark>(sql`
    SELECT a.session_id AS sessionId, a.participant_id AS participantId, a.status AS status
    FROM attendance a JOIN workshop_sessions s ON s.id = a.session_id
    WHERE s.instance_id = ${instanceId}`);
}

export interface InstancePerson {
  id: number;
  firstName: string;
  lastName: string;
}

/** Everyone on an instance: holding a place, or marked at one of its sessions. */
export function instancePeople(db: Db, instanceId: number): InstancePerson[] {
  return db.all<InstancePerson>(sql`
    SELECT p.id AS id, p.first_name AS firstName, p.last_name AS lastName FROM participants p
    WHERE p.id IN (
      SELECT participant_id FROM workshop_enrolments WHERE instance_id = ${instanceId} AND status = 'enrolled'
      UNION
      SELECT a.participant_id FROM attendance a JOIN workshop_sessions s ON s.id = a.session_id
      WHERE s.instance_id = ${instanceId})`);
}

export interface CoachMonthPerson {
  id: number;
  firstName: string;
  lastName: string;
  status: 'inquiry' | 'screened' | 'invited' | 'intake' | 'active' | 'exited';
  enrolmentDate: string | null;
  exitDate: string | null;
  lastContactDate: string | null;
  meetingsHeld: number;
  noShows: number;
  eventsAttended: number;
  /** A placement started on or after enrolment, by the month's end. */
  placed: number;
  placementsStarted: number;
}

/**
 * A coach's participants in the programme at some time in [from, to] (enrolled by `to`, not
 * gone before `from`), each with the month's meetings, attendance and placements.
 */
export function coachMonth(db: Db, coachId: number, from: string, to: string): CoachMonthPerson[] {
  return db.all<CoachMonthPerson>(sql`
    SELECT p.id AS id, p.first_name AS firstName, p.last_name AS lastName, p.status AS status,
      p.enrolment_date AS enrolmentDate, p.exit_date AS exitDate, p.last_contact_date AS lastContactDate,
      (SELECT count(*) FROM meetings m WHERE m.participant_id = p.id AND m.state = 'ATTENDED'
         AND m.date BETWEEN ${from} AND ${to}) AS meetingsHeld,
      (SELECT count(*) FROM meetings m WHERE m.participant_id = p.id AND m.state = 'NO_SHOW'
         AND m.date BETWEEN ${from} AND ${to}) AS noShows,
      (SELECT count(*) FROM attendance a JOIN workshop_sessions s ON s.id = a.session_id
         WHERE a.participant_id = p.id AND a.status IN ('PRESENT', 'LATE') AND s.status <> 'cancelled'
         AND s.date BETWEEN ${from} AND ${to}) AS eventsAttended,
      EXISTS (SELECT 1 FROM placements pl WHERE pl.participant_id = p.id
         AND pl.start_date >= p.enrolment_date AND pl.start_date <= ${to}) AS placed,
      (SELECT count(*) FROM placements pl WHERE pl.participant_id = p.id
         AND pl.start_date BETWEEN ${from} AND ${to}) AS placementsStarted
    FROM participants p
    WHERE p.coach_id = ${coachId} AND p.enrolment_date IS NOT NULL AND p.enrolment_date <= ${to}
      AND (p.exit_date IS NULL OR p.exit_date >= ${from})
    ORDER BY p.last_name, p.first_name, p.id`);
}
