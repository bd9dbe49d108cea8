import { sql } from 'drizzle-orm';
import { addDays } from '../../electron/domain/dates';
import type { Db } from '../open';
import { staffCodes } from './crf1-records';

/**
 * The dashboards' reads of the rows behind CRF-1's records (crf1-records.ts gives the same
 * selection to the export). At 50,000 participants every dashboard reads tens of thousands of
 * rows, so these are shaped for that: rows come back as arrays (no object per row), nothing is
 * joined to the participants table (a lookup per meeting or attendance row into a table of wide,
 * encrypted rows) — the caller has every participant's enrolment date and coach already and
 * applies CRF-1 §7's selection itself — and staff codes are matched from one small read.
 */

/** id, gender, birthDate, enrolmentDate, exitDate, exitReason, coachId, trafficLight, populationTags, recruitmentSource, track, previousOccupationCode, yearsExperience, city */
export type ParticipantTuple = [
  number,
  string | null,
  string | null,
  string,
  string | null,
  string | null,
  number | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  number | null,
  string | null,
];

/** id, participantId, startDate, endDate, employmentType, jobScopePct, monthlySalaryNis, occupationCode, foundBy */
export type PlacementTuple = [
  number,
  number,
  string,
  string | null,
  string | null,
  number | null,
  number | null,
  string | null,
  string | null,
];

export interface DashboardBaseRows {
  /** Every participant with an enrolment date, by id. */
  participants: ParticipantTuple[];
  /** Every placement, by id (the caller keeps those of the participants it selects). */
  placements: PlacementTuple[];
  /** staff id → staff code. */
  staffCodes: Map<number, string>;
}

/** The rows no period end changes: kept by the dashboards until the store is next written. */
export function readDashboardBase(db: Db): DashboardBaseRows {
  return {
    participants: db.values<ParticipantTuple>(sql`SELECT p.id, p.gender, p.birth_date, p.enrolment_date,
        p.exit_date, p.exit_reason, p.coach_id, p.traffic_light, p.population_tags, p.recruitment_source,
        p.track, p.previous_occupation_code, p.years_experience, p.city
      FROM participants p WHERE p.enrolment_date IS NOT NULL ORDER BY p.id`),
    placements: db.values<PlacementTuple>(sql`SELECT pl.id, pl.participant_id, pl.start_date, pl.end_date,
        pl.employment_type, pl.job_scope_pct, pl.monthly_salary_nis, pl.occupation_code, pl.found_by
      FROM placements pl ORDER BY pl.id`),
    staffCodes: staffCodes(db),
  };
}

/** id, participantId, date, staffId (null: not read), mode (null: not read), state */
export type MeetingTuple = [number, number, string, number | null, string | null, string];

export interface DashboardPeriodRows {
  /**
   * The meetings a §5 figure at E depends on (crf1-records' 'indicators' selection), by id, of
   * any participant: the caller keeps those of the participants it selects. They are read from
   * the meetings' indexes, not their rows, so a meeting's mode (no figure reads it) is null, and
   * so is the staff member of a participant's latest meeting outside E's month (no figure reads
   * it either: the staff member has a row through the one-per-staff meeting). The one-per-staff
   * meetings are read whole.
   */
  meetings: MeetingTuple[];
  /** id, type, title of the instances with a held session by E, by id. */
  instances: [number, string, string][];
  /** id, instanceId, date of every held session of those instances, in each instance's order. */
  sessions: [number, number, string][];
  /** instanceId, participantId of the 'enrolled' enrolments in those instances. */
  enrolments: [number, number][];
  /** sessionId, participantId, status at the held sessions by E. */
  attendance: [number, number, string][];
}

interface AttendedColumns {
  ids: number[];
  participantIds: number[];
  staffIds: (number | null)[];
  /** The i-th meeting's date: one string per distinct date, shared by its meetings. */
  dateAt: (i: number) => string;
}

/**
 * Every ATTENDED meeting dated from `from` to `to`, in date order, as columns. The covering
 * index meetings_attended holds every column read, and one row of JSON arrays (the dates
 * concatenated, ten characters each) replaces a row per meeting: at 50,000 participants a
 * 90-day window holds 73,000 meetings, and an array of four values for each cost three times
 * the read itself, in allocation and garbage collection.
 */
function readAttended(db: Db, from: string, to: string): AttendedColumns {
  const [row] = db.values<[string, string, string | null, string]>(sql`SELECT json_group_array(id),
      json_group_array(participant_id), group_concat(date, ''), json_group_array(staff_id)
    FROM meetings INDEXED BY meetings_attended WHERE state = 'ATTENDED' AND date >= ${from} AND date <= ${to}`);
  const [ids, participantIds, dates, staffIds] = row ?? ['[]', '[]', null, '[]'];
  const joined = dates ?? '';
  const distinct: string[] = [];
  const dateIndex = new Int32Array(joined.length / 10);
  for (let i = 0; i < dateIndex.length; i += 1) {
    const last = distinct[distinct.length - 1];
    if (last === undefined || !joined.startsWith(last, i * 10)) distinct.push(joined.slice(i * 10, i * 10 + 10));
    dateIndex[i] = distinct.length - 1;
  }
  return {
    ids: JSON.parse(ids) as number[],
    participantIds: JSON.parse(participantIds) as number[],
    staffIds: JSON.parse(staffIds) as (number | null)[],
    dateAt: (i) => distinct[dateIndex[i]!]!,
  };
}

/** E's meetings and workshop rows; `people` narrows the one-per-staff meeting as crf1-records does. */
export function readDashboardPeriod(db: Db, periodEnd: string, coachId: number | undefined): DashboardPeriodRows {
  const monthStart = `${periodEnd.slice(0, 8)}01`;
  const windowStart = addDays(periodEnd, -89);
  const mine = coachId === undefined ? sql`` : sql`AND p.coach_id = ${coachId}`;
  const attended = readAttended(db, windowStart, periodEnd);
  // A row in the coaches table for every staff code in the records: one meeting per staff member.
  const perStaff = db.values<MeetingTuple>(sql`SELECT m.id, m.participant_id, m.date, m.staff_id, m.mode, m.state
    FROM meetings m WHERE m.id IN (
      SELECT (SELECT x.id FROM meetings x JOIN participants p ON p.id = x.participant_id
              WHERE x.staff_id = st.id AND x.date <= ${periodEnd} AND x.state <> 'BOOKED'
                AND p.enrolment_date IS NOT NULL AND p.enrolment_date <= ${periodEnd} ${mine} LIMIT 1)
        FROM staff st)`);
  // E's month in full, and each participant's latest: the latest date, of those the smallest id
  // (as crf1-records' max() query picks it: the first such entry in the index's (participant,
  // date, id) order).
  const byId = new Map<number, MeetingTuple>();
  const latest = new Map<number, number>();
  const { ids, participantIds, staffIds, dateAt } = attended;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i]!;
    const participantId = participantIds[i]!;
    const date = dateAt(i);
    if (date >= monthStart) byId.set(id, [id, participantId, date, staffIds[i] ?? null, null, 'ATTENDED']);
    const best = latest.get(participantId);
    if (best === undefined) latest.set(participantId, i);
    else {
      const bestDate = dateAt(best);
      if (date > bestDate || (date === bestDate && id < ids[best]!)) latest.set(participantId, i);
    }
  }
  for (const i of latest.values()) {
    const id = ids[i]!;
    if (!byId.has(id)) byId.set(id, [id, participantIds[i]!, dateAt(i), null, null, 'ATTENDED']);
  }
  for (const m of perStaff) byId.set(m[0], m);
  const meetings = [...byId.values()].sort((a, b) => a[0] - b[0]);

  const counted = sql`SELECT DISTINCT instance_id FROM workshop_sessions
    WHERE status <> 'cancelled' AND date <= ${periodEnd}`;
  return {
    meetings,
    instances: db.values<[number, string, string]>(sql`SELECT i.id, i.type, i.title
      FROM workshop_instances i WHERE i.id IN (${counted}) ORDER BY i.id`),
    sessions: db.values<[number, number, string]>(sql`SELECT ws.id, ws.instance_id, ws.date
      FROM workshop_sessions ws WHERE ws.status <> 'cancelled' AND ws.instance_id IN (${counted})
      ORDER BY ws.instance_id, ws.date, ws.start_time IS NOT NULL, ws.start_time, ws.id`),
    enrolments: db.values<[number, number]>(sql`SELECT e.instance_id, e.participant_id FROM workshop_enrolments e
      WHERE e.status = 'enrolled' AND e.instance_id IN (${counted}) ORDER BY e.instance_id, e.participant_id`),
    attendance: db.values<[number, number, string]>(sql`SELECT a.session_id, a.participant_id, a.status
      FROM attendance a JOIN workshop_sessions ws ON ws.id = a.session_id
      WHERE ws.status <> 'cancelled' AND ws.date <= ${periodEnd} ORDER BY a.session_id, a.participant_id`),
  };
}

/** The tables a dashboard figure or its records are read from (the centre's code: settings). */
const READ_TABLES = [
  'participants',
  'placements',
  'staff',
  'meetings',
  'workshop_instances',
  'workshop_sessions',
  'workshop_enrolments',
  'attendance',
] as const;

const counted = new WeakSet<Db>();

/**
 * A number that changes with every row this connection writes to a table the dashboards read:
 * their cache key. Connection-wide total_changes() also counted the audit log, so opening a
 * participant's record (an audit entry) made the next dashboard recompute 50,000 participants'
 * figures that no audit entry can change. TEMP triggers are this connection's own (nothing is
 * added to the store's schema) and count in the writer's transaction, so a rolled-back write
 * leaves the count as it was, with the rows.
 */
export function dashboardWriteCounter(db: Db): number {
  if (!counted.has(db)) {
    db.run(sql`CREATE TEMP TABLE IF NOT EXISTS dashboard_writes (n INTEGER NOT NULL)`);
    if (db.get(sql`SELECT n FROM temp.dashboard_writes`) === undefined) {
      db.run(sql`INSERT INTO temp.dashboard_writes (n) VALUES (0)`);
    }
    const bump = 'UPDATE temp.dashboard_writes SET n = n + 1;';
    for (const table of READ_TABLES) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        db.run(
          sql.raw(`CREATE TEMP TRIGGER IF NOT EXISTS dashboard_writes_${table}_${op.toLowerCase()}
            AFTER ${op} ON main.${table} BEGIN ${bump} END`),
        );
      }
    }
    for (const [op, row] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ] as const) {
      db.run(
        sql.raw(`CREATE TEMP TRIGGER IF NOT EXISTS dashboard_writes_settings_${op.toLowerCase()}
          AFTER ${op} ON main.settings WHEN ${row}.key = 'centre.code' BEGIN ${bump} END`),
      );
    }
    counted.add(db);
  }
  return db.get<{ n: number }>(sql`SELECT n FROM temp.dashboard_writes`)?.n ?? 0;
}
