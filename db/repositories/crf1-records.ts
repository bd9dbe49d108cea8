import { sql, type SQL } from 'drizzle-orm';
import type Database from 'better-sqlite3-multiple-ciphers';
import { addDays } from '../../electron/domain/dates';
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

/**
 * Which meetings to read: 'all' for a bundle; 'none' for the export, which reads them itself
 * (forEachMeetingBy); 'indicators' for the dashboards — only the ones
 * a §5 figure can depend on: every ATTENDED meeting in E's month up to E (meetingsInPeriod),
 * each participant's latest ATTENDED meeting from E − 89 to E (noContact90 asks only whether
 * the last contact falls on or after E − 89), and one meeting per staff member (a staff code in
 * meetings.coach gets a coaches row). The figures are the same; at 50,000 participants it is
 * some 30,000 rows instead of half a million. The latest meeting per participant is found in
 * the (participant, date) and (date, state) indexes alone — a lookup per participant that read
 * each meeting's row for its state cost half a second. Someone with no meeting in the window
 * has their (older) last contact outside the records: lastAttendedMeetings reads it.
 */
export type MeetingSelection = 'all' | 'indicators' | 'none';

function meetingFilter(periodEnd: string, people: SQL, selection: MeetingSelection): SQL {
  if (selection === 'all') return sql``;
  if (selection === 'none') return sql`AND 0`;
  const monthStart = `${periodEnd.slice(0, 8)}01`;
  const windowStart = addDays(periodEnd, -89);
  // SQLite returns the bare column x.id from the row holding max(x.date).
  return sql`AND m.id IN (
      SELECT x.id FROM meetings x WHERE x.state = 'ATTENDED' AND x.date >= ${monthStart} AND x.date <= ${periodEnd}
      UNION ALL
      SELECT id FROM (SELECT max(x.date), x.id AS id FROM meetings x INDEXED BY meetings_participant
        WHERE x.date >= ${windowStart} AND x.date <= ${periodEnd} AND x.id IN (
          SELECT y.id FROM meetings y INDEXED BY meetings_date_state
          WHERE y.state = 'ATTENDED' AND y.date >= ${windowStart} AND y.date <= ${periodEnd})
        GROUP BY x.participant_id)
      UNION ALL
      SELECT (SELECT x.id FROM meetings x JOIN participants p ON p.id = x.participant_id
              WHERE x.staff_id = st.id AND x.date <= ${periodEnd} AND x.state <> 'BOOKED' AND ${people} LIMIT 1)
        FROM staff st)`;
}

/** Each given participant's latest ATTENDED meeting date on or before E (absent: none). */
export function lastAttendedMeetings(db: Db, ids: readonly number[], periodEnd: string): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db.all<{ id: number; date: string }>(sql`SELECT m.participant_id AS id, max(m.date) AS date
    FROM meetings m WHERE m.state = 'ATTENDED' AND m.date <= ${periodEnd} AND m.participant_id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}) GROUP BY m.participant_id`);
  return new Map(rows.map((r) => [r.id, r.date]));
}

const participantColumns = sql`p.id AS id, p.national_id AS nationalId, p.gender AS gender,
      p.birth_date AS birthDate, p.enrolment_date AS enrolmentDate, p.exit_date AS exitDate,
      p.exit_reason AS exitReason, s.staff_code AS coachCode, p.traffic_light AS trafficLight,
      p.population_tags AS populationTags, p.recruitment_source AS recruitmentSource, p.track AS track,
      p.previous_occupation_code AS previousOccupationCode, p.years_experience AS yearsExperience, p.city AS city`;
const placementColumns = sql`pl.id AS id, pl.participant_id AS participantId,
      pl.start_date AS startDate, pl.end_date AS endDate, pl.employment_type AS employmentType,
      pl.job_scope_pct AS jobScopePct, pl.monthly_salary_nis AS monthlySalaryNis,
      pl.occupation_code AS occupationCode, pl.found_by AS foundBy`;

/**
 * Every non-booked meeting by E of the given participants, by id: what the joined query gives,
 * read as one pass over the table with participants and staff codes matched here. At 50,000
 * participants that is half a million rows, and the join looked up a participant's row (in a
 * table of wide rows, decrypted page by page) for each of them.
 */
function allMeetings(db: Db, periodEnd: string, enrolled: ReadonlySet<number>): MeetingRow[] {
  const codes = new Map(
    db.all<{ id: number; code: string }>(sql`SELECT id, staff_code AS code FROM staff`).map((s) => [s.id, s.code]),
  );
  const rows = db.all<Omit<MeetingRow, 'staffCode'> & { staffId: number | null }>(sql`SELECT m.id AS id,
      m.participant_id AS participantId, m.date AS date, m.staff_id AS staffId, m.mode AS mode, m.state AS state
    FROM meetings m WHERE m.date <= ${periodEnd} AND m.state <> 'BOOKED' ORDER BY m.id`);
  const meetings: MeetingRow[] = [];
  for (const m of rows) {
    if (!enrolled.has(m.participantId)) continue;
    const staffCode = m.staffId === null ? null : (codes.get(m.staffId) ?? null);
    meetings.push({ id: m.id, participantId: m.participantId, date: m.date, staffCode, mode: m.mode, state: m.state });
  }
  return meetings;
}

/** Every staff member's §6 code, by staff id. */
export function staffCodes(db: Db): Map<number, string> {
  return new Map(
    db.all<{ id: number; code: string }>(sql`SELECT id, staff_code AS code FROM staff`).map((s) => [s.id, s.code]),
  );
}

/**
 * Every non-booked meeting by E, in id order, handed to `visit` one row at a time: the
 * export's half a million meetings (allMeetings' rows, before its participant filter) without
 * a row object kept for each (so it reads through the connection itself: drizzle's readers
 * return every row at once, as objects). At 50,000 participants the collector copying half a million live
 * rows, and the copies made from them, cost more than reading them.
 */
export function forEachMeetingBy(
  sqlite: Database.Database,
  periodEnd: string,
  visit: (id: number, participantId: number, date: string, staffId: number | null, mode: string, state: string) => void,
): void {
  // ORDER BY id also makes SQLite scan the table in order rather than look each row up from
  // the date index, which on an encrypted store decrypts a page per meeting.
  const rows = sqlite
    .prepare(
      `SELECT id, participant_id, date, staff_id, mode, state FROM meetings
       WHERE date <= ? AND state <> 'BOOKED' ORDER BY id`,
    )
    .raw(true)
    .iterate(periodEnd) as IterableIterator<[number, number, string, number | null, string, string]>;
  for (const [id, participantId, date, staffId, mode, state] of rows)
    visit(id, participantId, date, staffId, mode, state);
}

export type PeriodRows = Omit<Crf1Rows, 'participants' | 'placements'>;

/** The meetings and workshop rows of period end E (readCrf1Rows' selection). */
export function readPeriodRows(
  db: Db,
  periodEnd: string,
  coachId?: number,
  meetingSelection: MeetingSelection = 'all',
  /** The ids of the participants `people` selects, when the caller has read them already. */
  enrolled?: ReadonlySet<number>,
): PeriodRows {
  const people = exported(periodEnd, coachId);
  const meetings =
    enrolled !== undefined && meetingSelection === 'all'
      ? allMeetings(db, periodEnd, enrolled)
      : db.all<MeetingRow>(sql`SELECT m.id AS id, m.participant_id AS participantId, m.date AS date,
      s.staff_code AS staffCode, m.mode AS mode, m.state AS state
    FROM meetings m JOIN participants p ON p.id = m.participant_id LEFT JOIN staff s ON s.id = m.staff_id
    WHERE ${people} AND m.date <= ${periodEnd} AND m.state <> 'BOOKED' ${meetingFilter(periodEnd, people, meetingSelection)}
    ORDER BY m.id`);
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
  return { meetings, instances, sessions, enrolments, attendance };
}

export function readCrf1Rows(
  db: Db,
  periodEnd: string,
  coachId?: number,
  meetingSelection: MeetingSelection = 'all',
): Crf1Rows {
  const people = exported(periodEnd, coachId);
  const participants = db.all<ParticipantRow>(sql`SELECT ${participantColumns}
    FROM participants p LEFT JOIN staff s ON s.id = p.coach_id WHERE ${people} ORDER BY p.id`);
  const placements = db.all<PlacementRow>(sql`SELECT ${placementColumns}
    FROM placements pl JOIN participants p ON p.id = pl.participant_id
    WHERE ${people} AND pl.start_date <= ${periodEnd} ORDER BY pl.id`);
  const enrolled = new Set(participants.map((p) => p.id));
  return { participants, placements, ...readPeriodRows(db, periodEnd, coachId, meetingSelection, enrolled) };
}

export interface MemberLabelRow {
  id: number;
  firstName: string;
  lastName: string;
  status: string;
  coachName: string | null;
}

/** Names, status and coach of the given participants, for one page of a drill-down list. */
export function memberLabels(db: Db, ids: readonly number[]): Map<number, MemberLabelRow> {
  if (ids.length === 0) return new Map();
  const rows = db.all<MemberLabelRow>(sql`SELECT p.id AS id, p.first_name AS firstName, p.last_name AS lastName,
      p.status AS status, s.display_name AS coachName
    FROM participants p LEFT JOIN staff s ON s.id = p.coach_id
    WHERE p.id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  return new Map(rows.map((r) => [r.id, r]));
}

export interface StaffLabelRow {
  id: number;
  displayName: string;
  staffCode: string;
  role: string;
}

export function staffLabel(db: Db, staffId: number): StaffLabelRow | undefined {
  return db.get<StaffLabelRow>(sql`SELECT id, display_name AS displayName, staff_code AS staffCode, role
    FROM staff WHERE id = ${staffId}`);
}
