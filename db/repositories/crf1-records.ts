import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';

/**
 * The store's rows behind CRF-1's record tables (§3), already narrowed by CRF-1 §7's "which
 * records a bundle holds" for period end E: participants enrolled by E; their placements
 * started by E; their meetings held (not booked) by E; workshop instances with a session by E
 * and every held session of those; enrolments of those participants in those instances;
 * attendance of those participants at sessions by E. Cancelled sessions never happened and
 * are left out; wait-listed and withdrawn enrolments are not enrolments.
 * `coachId` narrows the participants to one coach's caseload (and everything else to them).
 */

export interface ParticipantRow {
  id: number;
  nationalId: string | null;
  gender: string | null;
  birthDate: string | null;
  enrolmentDate: string;
  exitDate: string | null;
  exitReason: string | null;
  coachCode: string | null;
  trafficLight: string | null;
  populationTags: string | null;
  recruitmentSource: string | null;
  track: string | null;
  previousOccupationCode: string | null;
  yearsExperience: number | null;
  city: string | null;
}

export interface PlacementRow {
  id: number;
  participantId: number;
  startDate: string;
  endDate: string | null;
  employmentType: string | null;
  jobScopePct: number | null;
  monthlySalaryNis: number | null;
  occupationCode: string | null;
  foundBy: string | null;
}

export interface MeetingRow {
  id: number;
  participantId: number;
  date: string;
  staffCode: string | null;
  mode: string;
  state: string;
}

export interface InstanceRow {
  id: number;
  type: string;
  title: string;
}

export interface SessionRow {
  id: number;
  instanceId: number;
  date: string;
}

export interface EnrolmentRow {
  instanceId: number;
  participantId: number;
}

export interface AttendanceRow {
  sessionId: number;
  participantId: number;
  status: string;
}

export interface Crf1Rows {
  participants: ParticipantRow[];
  placements: PlacementRow[];
  meetings: MeetingRow[];
  instances: InstanceRow[];
  /** In each instance's order: date, start time, id. */
  sessions: SessionRow[];
  enrolments: EnrolmentRow[];
  attendance: AttendanceRow[];
}

function exported(periodEnd: string, coachId: number | undefined): SQL {
  const mine = coachId === undefined ? sql`` : sql`AND p.coach_id = ${coachId}`;
  return sql`p.enrolment_date IS NOT NULL AND p.enrolment_date <= ${periodEnd} ${mine}`;
}

export function readCrf1Rows(db: Db, periodEnd: string, coachId?: number): Crf1Rows {
  const people = exported(periodEnd, coachId);
  const participants = db.all<ParticipantRow>(sql`SELECT p.id AS id, p.national_id AS nationalId, p.gender AS gender,
      p.birth_date AS birthDate, p.enrolment_date AS enrolmentDate, p.exit_date AS exitDate,
      p.exit_reason AS exitReason, s.staff_code AS coachCode, p.traffic_light AS trafficLight,
      p.population_tags AS populationTags, p.recruitment_source AS recruitmentSource, p.track AS track,
      p.previous_occupation_code AS previousOccupationCode, p.years_experience AS yearsExperience, p.city AS city
    FROM participants p LEFT JOIN staff s ON s.id = p.coach_id WHERE ${people} ORDER BY p.id`);
  const placements = db.all<PlacementRow>(sql`SELECT pl.id AS id, pl.participant_id AS participantId,
      pl.start_date AS startDate, pl.end_date AS endDate, pl.employment_type AS employmentType,
      pl.job_scope_pct AS jobScopePct, pl.monthly_salary_nis AS monthlySalaryNis,
      pl.occupation_code AS occupationCode, pl.found_by AS foundBy
    FROM placements pl JOIN participants p ON p.id = pl.participant_id
    WHERE ${people} AND pl.start_date <= ${periodEnd} ORDER BY pl.id`);
  const meetings = db.all<MeetingRow>(sql`SELECT m.id AS id, m.participant_id AS participantId, m.date AS date,
      s.staff_code AS staffCode, m.mode AS mode, m.state AS state
    FROM meetings m JOIN participants p ON p.id = m.participant_id LEFT JOIN staff s ON s.id = m.staff_id
    WHERE ${people} AND m.date <= ${periodEnd} AND m.state <> 'BOOKED' ORDER BY m.id`);
  const counted = sql`SELECT DISTINCT instance_id FROM workshop_sessions
    WHERE status <> 'cancelled' AND date <= ${periodEnd}`;
  const instances = db.all<InstanceRow>(sql`SELECT i.id AS id, i.type AS type, i.title AS title
    FROM workshop_instances i WHERE i.id IN (${counted}) ORDER BY i.id`);
  const sessions = db.all<SessionRow>(sql`SELECT ws.id AS id, ws.instance_id AS instanceId, ws.date AS date
    FROM workshop_sessions ws WHERE ws.status <> 'cancelled' AND ws.instance_id IN (${counted})
    ORDER BY ws.instance_id, ws.date, ws.start_time IS NOT NULL, ws.start_time, ws.id`);
  const enrolments = db.all<EnrolmentRow>(sql`SELECT e.instance_id AS instanceId, e.participant_id AS participantId
    FROM workshop_enrolments e JOIN participants p ON p.id = e.participant_id
    WHERE ${people} AND e.status = 'enrolled' AND e.instance_id IN (${counted}) ORDER BY e.instance_id, e.participant_id`);
  const attendance = db.all<AttendanceRow>(sql`SELECT a.session_id AS sessionId, a.participant_id AS participantId,
      a.status AS status
    FROM attendance a JOIN workshop_sessions ws ON ws.id = a.session_id JOIN participants p ON p.id = a.participant_id
    WHERE ${people} AND ws.status <> 'cancelled' AND ws.date <= ${periodEnd} ORDER BY a.session_id, a.participant_id`);
  return { participants, placements, meetings, instances, sessions, enrolments, attendance };
}
