import { sql } from 'drizzle-orm';
import type { Db } from '../open';

/**
 * The facts the exit proposals read (electron/domain/exit-proposals.ts), straight from the
 * placements and meetings tables. The candidate queries are supersets of the rules, written
 * so SQLite can use an index; the domain function makes the exact decision.
 */

export interface ExitCandidate {
  id: number;
  firstName: string;
  lastName: string;
  coachId: number | null;
  enrolmentDate: string | null;
  lastContactDate: string | null;
}

export interface PlacementDates {
  participantId: number;
  startDate: string;
  endDate: string | null;
}

export interface MeetingDates {
  participantId: number;
  date: string;
  state: 'BOOKED' | 'ATTENDED' | 'NO_SHOW' | 'CANCELLED';
}

const candidateColumns = sql`p.id AS id, p.first_name AS firstName, p.last_name AS lastName, p.coach_id AS coachId,
  p.enrolment_date AS enrolmentDate, p.last_contact_date AS lastContactDate`;

const scope = (coachId: number | undefined) => (coachId === undefined ? sql`` : sql`AND p.coach_id = ${coachId}`);

/**
 * Active participants who may be due for exit on `today`: a programme placement begun at
 * least five months ago (six, minus slack for month-end clamping), enrolled at least
 * `maxMonths - 1` months ago, or with two or more no-shows on record.
 */
export function exitCandidates(db: Db, today: string, maxMonths: number, coachId?: number): ExitCandidate[] {
  const placedBy = sql`date(${today}, '-5 months')`;
  const enrolledBy = sql`date(${today}, ${`-${maxMonths - 1} months`})`;
  return db.all<ExitCandidate>(sql`
    SELECT ${candidateColumns} FROM participants p
    WHERE p.status = 'active' ${scope(coachId)} AND (
      p.enrolment_date <= ${enrolledBy}
      OR EXISTS (SELECT 1 FROM placements pl WHERE pl.participant_id = p.id
                 AND pl.start_date >= p.enrolment_date AND pl.start_date <= ${placedBy})
      OR (SELECT count(*) FROM meetings m WHERE m.participant_id = p.id AND m.state = 'NO_SHOW') >= 2
    )`);
}

export function getExitCandidate(db: Db, participantId: number): ExitCandidate | undefined {
  return db.get<ExitCandidate>(sql`SELECT ${candidateColumns} FROM participants p WHERE p.id = ${participantId}`);
}

function idList(ids: readonly number[]) {
  return sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
}

/** Placements of these people, in chunks so the statement stays under SQLite's variable limit. */
export function placementDatesOf(db: Db, participantIds: readonly number[]): PlacementDates[] {
  const out: PlacementDates[] = [];
  for (let i = 0; i < participantIds.length; i += 500) {
    const chunk = participantIds.slice(i, i + 500);
    out.push(
      ...db.all<PlacementDates>(sql`SELECT participant_id AS participantId, start_date AS startDate, end_date AS endDate
        FROM placements WHERE participant_id IN (${idList(chunk)})`),
    );
  }
  return out;
}

/** Meetings held or missed (not booked, not cancelled) of these people, by day. */
export function meetingDatesOf(db: Db, participantIds: readonly number[], today: string): MeetingDates[] {
  const out: MeetingDates[] = [];
  for (let i = 0; i < participantIds.length; i += 500) {
    const chunk = participantIds.slice(i, i + 500);
    out.push(
      ...db.all<MeetingDates>(sql`SELECT participant_id AS participantId, date, state FROM meetings
        WHERE participant_id IN (${idList(chunk)}) AND date <= ${today} AND state IN ('ATTENDED', 'NO_SHOW')`),
    );
  }
  return out;
}

export interface ExitDetails {
  exitDate: string | null;
  exitReason: string | null;
  exitNote: string | null;
  referralServiceId: number | null;
  referralServiceName: string | null;
  referralProgramme: string | null;
}

export function getExitDetails(db: Db, participantId: number): ExitDetails | undefined {
  return db.get<ExitDetails>(sql`
    SELECT p.exit_date AS exitDate, p.exit_reason AS exitReason, p.exit_note AS exitNote,
      p.exit_referral_service_id AS referralServiceId, s.name AS referralServiceName,
      p.exit_referral_programme AS referralProgramme
    FROM participants p LEFT JOIN services s ON s.id = p.exit_referral_service_id
    WHERE p.id = ${participantId}`);
}
