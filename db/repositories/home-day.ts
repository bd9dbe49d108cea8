import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { caseloadSize, SMALL_CASELOAD } from './placements';

/**
 * The coach's day (home page), read straight from the case-work tables. Every list is
 * capped at `limit` rows with its full count beside it, so the coordinator's centre-wide
 * day stays one screen and one quick query at 50,000 participants.
 * `coachId` undefined = the whole centre.
 */

export interface Counted<T> {
  items: T[];
  total: number;
}

export interface DayMeeting {
  meetingId: number;
  participantId: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  time: string | null;
  mode: string;
  state: string;
}

export interface DayFollowUp {
  followUpId: number;
  participantId: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  months: number;
  dueDate: string;
  state: string;
}

export interface DayTask {
  taskId: number;
  participantId: number;
  firstName: string;
  lastName: string;
  text: string;
  owner: string;
  dueDate: string;
}

export interface DayNoContact {
  participantId: number;
  firstName: string;
  lastName: string;
  lastContactDate: string | null;
}

export interface DaySession {
  sessionId: number;
  instanceId: number;
  type: string;
  title: string | null;
  date: string;
  startTime: string | null;
}

function counted<T>(db: Db, select: SQL, from: SQL, order: SQL, limit: number): Counted<T> {
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n ${from}`)?.n ?? 0;
  const items = total === 0 ? [] : db.all<T>(sql`SELECT ${select} ${from} ORDER BY ${order} LIMIT ${limit}`);
  return { items, total };
}

const person = sql`p.id AS participantId, p.first_name AS firstName, p.last_name AS lastName`;

/** Meetings on `date` held by this staff member (or anyone): booked, or already recorded that day. */
export function dayMeetings(db: Db, date: string, staffId: number | undefined, limit: number) {
  const mine = staffId === undefined ? sql`` : sql`AND m.staff_id = ${staffId}`;
  return counted<DayMeeting>(
    db,
    sql`m.id AS meetingId, ${person}, p.phone AS phone, m.time AS time, m.mode AS mode, m.state AS state`,
    sql`FROM meetings m JOIN participants p ON p.id = m.participant_id WHERE m.date = ${date} ${mine}`,
    sql`m.time IS NULL, m.time, m.id`,
    limit,
  );
}

/** Follow-ups to call on or before `date`: pending by due date, retries by their next try. */
export function dayFollowUps(db: Db, date: string, coachId: number | undefined, limit: number) {
  const select = sql`f.id AS followUpId, ${person}, p.phone AS phone, f.months AS months,
      coalesce(f.next_try_date, f.due_date) AS dueDate, f.state AS state`;
  const due = sql`((f.state = 'pending' AND f.due_date <= ${date})
          OR (f.state = 'retry' AND coalesce(f.next_try_date, f.due_date) <= ${date}))`;
  const order = sql`coalesce(f.next_try_date, f.due_date), f.id`;
  if (coachId !== undefined && caseloadSize(db, coachId) <= SMALL_CASELOAD) {
    // A coach's own participants first (CROSS JOIN keeps that order), then their follow-ups.
    const from = sql`FROM participants p CROSS JOIN follow_ups f
      WHERE p.coach_id = ${coachId} AND f.participant_id = p.id AND ${due}`;
    return counted<DayFollowUp>(db, select, from, order, limit);
  }
  const mine = coachId === undefined ? sql`` : sql`AND p.coach_id = ${coachId}`;
  const total =
    db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM follow_ups f JOIN participants p ON p.id = f.participant_id WHERE ${due} ${mine}`,
    )?.n ?? 0;
  // The page in call-date order straight from follow_ups_open_call (its WHERE is the literal
  // state list), instead of sorting every due follow-up in the centre.
  const items =
    total === 0
      ? []
      : db.all<DayFollowUp>(sql`SELECT ${select} FROM follow_ups f INDEXED BY follow_ups_open_call
          JOIN participants p ON p.id = f.participant_id
          WHERE ${sql.raw(`f.state IN ('pending', 'retry')`)} AND ${due} ${mine} ORDER BY ${order} LIMIT ${limit}`);
  return { items, total };
}

/**
 * Tasks not done and due on or before `date`, of each active participant's current plan (the
 * highest version: the draft when there is one, else the latest signed). plan_tasks.day_due_date
 * holds exactly those tasks' due dates (kept by migration 0010's triggers), so the centre's
 * count and first page come from its partial index alone: ~34,000 tasks at 50,000 participants,
 * which a join through every active participant's plans took ~60 ms to count.
 */
export function dayTasks(db: Db, date: string, coachId: number | undefined, limit: number) {
  const rows = (ids: SQL) =>
    db.all<DayTask>(sql`SELECT t.id AS taskId, ${person}, t.text AS text, t.owner AS owner, t.due_date AS dueDate
      FROM plan_tasks t JOIN plans pl ON pl.id = t.plan_id JOIN participants p ON p.id = pl.participant_id
      WHERE t.id IN (${ids}) ORDER BY t.day_due_date, t.id`);
  if (coachId === undefined) {
    const total =
      db.get<{ n: number }>(sql`SELECT count(*) AS n FROM plan_tasks WHERE day_due_date <= ${date}`)?.n ?? 0;
    if (total === 0) return { items: [], total };
    return {
      items: rows(
        sql`SELECT id FROM plan_tasks WHERE day_due_date <= ${date} ORDER BY day_due_date, id LIMIT ${limit}`,
      ),
      total,
    };
  }
  // A coach's own participants first (CROSS JOIN keeps that order), then their plans' tasks.
  const from = sql`FROM participants p CROSS JOIN plans pl CROSS JOIN plan_tasks t
      WHERE p.coach_id = ${coachId} AND p.status = 'active' AND pl.participant_id = p.id AND t.plan_id = pl.id
        AND t.done_date IS NULL AND t.day_due_date <= ${date}`;
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n ${from}`)?.n ?? 0;
  if (total === 0) return { items: [], total };
  return { items: rows(sql`SELECT t.id ${from} ORDER BY t.day_due_date, t.id LIMIT ${limit}`), total };
}

/**
 * Active participants whose last attended contact is more than `days` before `date`, or who
 * have none. Counted as two ranges of participants_caseload (status, last_contact_date, …) and
 * ranked from that index alone before the page's rows are read: reading and sorting the ~4,000
 * silent participants' rows of a 50,000-participant centre was the cost (~20 ms).
 */
export function dayNoContact(db: Db, cutoff: string, coachId: number | undefined, limit: number) {
  const mine = coachId === undefined ? sql`` : sql`AND p.coach_id = ${coachId}`;
  const never = sql`FROM participants p WHERE p.status = 'active' ${mine} AND p.last_contact_date IS NULL`;
  const before = sql`FROM participants p WHERE p.status = 'active' ${mine} AND p.last_contact_date < ${cutoff}`;
  const total =
    db.get<{ n: number }>(sql`SELECT (SELECT count(*) ${never}) + (SELECT count(*) ${before}) AS n`)?.n ?? 0;
  if (total === 0) return { items: [], total };
  const order = sql`p.last_contact_date IS NOT NULL, p.last_contact_date, p.id`;
  const items = db.all<DayNoContact>(sql`SELECT ${person}, p.last_contact_date AS lastContactDate FROM participants p
    WHERE p.id IN (SELECT p.id FROM participants p WHERE p.status = 'active' ${mine}
      AND (p.last_contact_date IS NULL OR p.last_contact_date < ${cutoff}) ORDER BY ${order} LIMIT ${limit})
    ORDER BY ${order}`);
  return { items, total };
}

/** A facilitator's sessions from `date` on, in the instances they facilitate. */
export function upcomingSessions(db: Db, date: string, facilitatorId: number, limit: number) {
  return counted<DaySession>(
    db,
    sql`s.id AS sessionId, i.id AS instanceId, i.type AS type, i.title AS title, s.date AS date, s.start_time AS startTime`,
    sql`FROM workshop_sessions s JOIN workshop_instances i ON i.id = s.instance_id
      WHERE i.facilitator_id = ${facilitatorId} AND s.date >= ${date} AND s.status <> 'cancelled'`,
    sql`s.date, s.start_time, s.id`,
    limit,
  );
}

/** How many records are at this status (the routing calls still to make are the `inquiry` ones). */
export function countByStatus(db: Db, status: string): number {
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM participants WHERE status = ${status}`)?.n ?? 0;
}
