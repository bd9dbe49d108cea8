import { and, asc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { WorkshopType } from '../../electron/domain/codes';
import type { EnrolmentStatus } from '../../electron/domain/workshops';
import type { Db } from '../open';
import { participants } from '../schema/participants';
import { staff } from '../schema/staff';
import { workshopEnrolments, workshopInstances, workshopSessions, workshopTitles } from '../schema/workshops';

export type TitleRow = typeof workshopTitles.$inferSelect;
export type InstanceRow = typeof workshopInstances.$inferSelect;
export type SessionRow = typeof workshopSessions.$inferSelect;
export type EnrolmentRow = typeof workshopEnrolments.$inferSelect;

// ---- Centre titles ------------------------------------------------------------------------

export function listTitles(db: Db): TitleRow[] {
  return db.select().from(workshopTitles).orderBy(asc(workshopTitles.type), asc(workshopTitles.nameHe)).all();
}

export function getTitle(db: Db, id: number): TitleRow | undefined {
  return db.select().from(workshopTitles).where(eq(workshopTitles.id, id)).get();
}

export function saveTitle(
  db: Db,
  id: number | undefined,
  values: Pick<TitleRow, 'type' | 'nameHe' | 'nameEn' | 'active'>,
  now: Date,
): TitleRow | undefined {
  if (id === undefined) {
    return db
      .insert(workshopTitles)
      .values({ ...values, createdAt: now.toISOString() })
      .returning()
      .get();
  }
  return db.update(workshopTitles).set(values).where(eq(workshopTitles.id, id)).returning().get();
}

// ---- Instances ----------------------------------------------------------------------------

export interface InstanceSummary extends InstanceRow {
  facilitatorDisplayName: string | null;
  firstDate: string | null;
  lastDate: string | null;
  sessionCount: number;
  enrolled: number;
  waitlisted: number;
}

const sessionsOf = sql`(select ${workshopSessions.instanceId} as iid, min(${workshopSessions.date}) as first_date,
  max(${workshopSessions.date}) as last_date, count(*) as n from ${workshopSessions}
  where ${workshopSessions.status} = 'scheduled' group by ${workshopSessions.instanceId})`;

/**
 * Instances with their first and last scheduled dates and roster counts. An instance meets
 * the range when any of its scheduled sessions falls in it; one with no sessions yet is listed
 * only when no range is asked for.
 */
export function listInstances(db: Db, filter: { from?: string; to?: string; type?: WorkshopType }): InstanceSummary[] {
  const count = (status: EnrolmentStatus) =>
    sql<number>`(select count(*) from ${workshopEnrolments} e where e.instance_id = ${workshopInstances.id} and e.status = ${status})`;
  const inRange =
    filter.from || filter.to
      ? sql`exists (select 1 from ${workshopSessions} s where s.instance_id = ${workshopInstances.id}
          and s.status = 'scheduled' and s.date >= ${filter.from ?? '0000-01-01'} and s.date <= ${filter.to ?? '9999-12-31'})`
      : undefined;
  return db
    .select({
      row: workshopInstances,
      facilitatorDisplayName: staff.displayName,
      firstDate: sql<string | null>`ss.first_date`,
      lastDate: sql<string | null>`ss.last_date`,
      sessionCount: sql<number>`coalesce(ss.n, 0)`,
      enrolled: count('enrolled'),
      waitlisted: count('waitlisted'),
    })
    .from(workshopInstances)
    .leftJoin(staff, eq(staff.id, workshopInstances.facilitatorId))
    .leftJoin(sql`${sessionsOf} ss`, sql`ss.iid = ${workshopInstances.id}`)
    .where(and(filter.type ? eq(workshopInstances.type, filter.type) : undefined, inRange))
    .orderBy(sql`ss.first_date is null`, asc(sql`ss.first_date`), asc(workshopInstances.id))
    .all()
    .map(({ row, ...rest }) => ({ ...row, ...rest }));
}

export function getInstance(db: Db, id: number): InstanceRow | undefined {
  return db.select().from(workshopInstances).where(eq(workshopInstances.id, id)).get();
}

export type InstanceValues = Pick<
  InstanceRow,
  'type' | 'titleId' | 'title' | 'facilitatorId' | 'facilitatorName' | 'place' | 'capacity' | 'notes'
>;

export function insertInstance(db: Db, values: InstanceValues, actorId: number | null, now: Date): InstanceRow {
  const at = now.toISOString();
  return db
    .insert(workshopInstances)
    .values({ ...values, createdAt: at, createdBy: actorId, updatedAt: at })
    .returning()
    .get();
}

/** Strictly later than the previous stamp, so two edits in one millisecond still differ. */
function nextUpdatedAt(previous: string, now: Date): string {
  const prev = Date.parse(previous);
  return new Date(Number.isNaN(prev) ? now.getTime() : Math.max(now.getTime(), prev + 1)).toISOString();
}

/** Optimistic write: only when the row is still as the editor saw it (`updatedAt`). */
export function updateInstance(
  db: Db,
  id: number,
  values: InstanceValues,
  expectedUpdatedAt: string,
  now: Date,
): InstanceRow | undefined {
  return db
    .update(workshopInstances)
    .set({ ...values, updatedAt: nextUpdatedAt(expectedUpdatedAt, now) })
    .where(and(eq(workshopInstances.id, id), eq(workshopInstances.updatedAt, expectedUpdatedAt)))
    .returning()
    .get();
}

// ---- Sessions -----------------------------------------------------------------------------

export function listSessions(db: Db, instanceId: number): SessionRow[] {
  return db
    .select()
    .from(workshopSessions)
    .where(eq(workshopSessions.instanceId, instanceId))
    .orderBy(asc(workshopSessions.date), asc(workshopSessions.startTime), asc(workshopSessions.id))
    .all();
}

export function getSession(db: Db, id: number): SessionRow | undefined {
  return db.select().from(workshopSessions).where(eq(workshopSessions.id, id)).get();
}

export function insertSessions(
  db: Db,
  instanceId: number,
  sessions: { date: string; startTime: string; endTime: string; place: string | null }[],
  now: Date,
): SessionRow[] {
  if (sessions.length === 0) return [];
  const at = now.toISOString();
  return db
    .insert(workshopSessions)
    .values(sessions.map((s) => ({ ...s, instanceId, createdAt: at, updatedAt: at })))
    .returning()
    .all();
}

export function updateSession(
  db: Db,
  id: number,
  values: Partial<Pick<SessionRow, 'date' | 'startTime' | 'endTime' | 'place' | 'status'>>,
  now: Date,
): SessionRow | undefined {
  return db
    .update(workshopSessions)
    .set({ ...values, updatedAt: now.toISOString() })
    .where(eq(workshopSessions.id, id))
    .returning()
    .get();
}

export interface SessionWithInstance extends SessionRow {
  title: string;
  type: WorkshopType;
  facilitatorId: number | null;
  facilitatorName: string | null;
  instancePlace: string | null;
}

/** Scheduled sessions of every instance in a date range, with what a calendar or a clash check needs. */
export function sessionsBetween(db: Db, from: string, to: string, exceptInstanceId?: number): SessionWithInstance[] {
  return db
    .select({
      session: workshopSessions,
      title: workshopInstances.title,
      type: workshopInstances.type,
      facilitatorId: workshopInstances.facilitatorId,
      facilitatorName: workshopInstances.facilitatorName,
      instancePlace: workshopInstances.place,
    })
    .from(workshopSessions)
    .innerJoin(workshopInstances, eq(workshopInstances.id, workshopSessions.instanceId))
    .where(
      and(
        gte(workshopSessions.date, from),
        lte(workshopSessions.date, to),
        eq(workshopSessions.status, 'scheduled'),
        exceptInstanceId === undefined ? undefined : ne(workshopSessions.instanceId, exceptInstanceId),
      ),
    )
    .orderBy(asc(workshopSessions.date), asc(workshopSessions.startTime))
    .all()
    .map(({ session, ...rest }) => ({ ...session, ...rest }));
}

// ---- Enrolments ---------------------------------------------------------------------------

export interface EnrolmentWithPerson extends EnrolmentRow {
  firstName: string;
  lastName: string;
  phone: string | null;
}

export function listEnrolments(db: Db, instanceId: number): EnrolmentWithPerson[] {
  return db
    .select({
      enrolment: workshopEnrolments,
      firstName: participants.firstName,
      lastName: participants.lastName,
      phone: participants.phone,
    })
    .from(workshopEnrolments)
    .innerJoin(participants, eq(participants.id, workshopEnrolments.participantId))
    .where(eq(workshopEnrolments.instanceId, instanceId))
    .orderBy(asc(workshopEnrolments.waitPosition), asc(participants.lastName), asc(participants.firstName))
    .all()
    .map(({ enrolment, ...person }) => ({ ...enrolment, ...person }));
}

export function getEnrolment(db: Db, instanceId: number, participantId: number): EnrolmentRow | undefined {
  return db
    .select()
    .from(workshopEnrolments)
    .where(and(eq(workshopEnrolments.instanceId, instanceId), eq(workshopEnrolments.participantId, participantId)))
    .get();
}

/** Adds a place, or brings back a withdrawn one (the unique index allows one row per person and instance). */
export function upsertEnrolment(
  db: Db,
  values: { instanceId: number; participantId: number; status: EnrolmentStatus; waitPosition: number | null },
  actorId: number | null,
  now: Date,
): void {
  const at = now.toISOString();
  db.insert(workshopEnrolments)
    .values({ ...values, enrolledAt: at, createdBy: actorId, updatedAt: at })
    .onConflictDoUpdate({
      target: [workshopEnrolments.instanceId, workshopEnrolments.participantId],
      set: { status: values.status, waitPosition: values.waitPosition, enrolledAt: at, updatedAt: at },
    })
    .run();
}

export function setEnrolmentStatus(
  db: Db,
  id: number,
  status: EnrolmentStatus,
  waitPosition: number | null,
  now: Date,
): void {
  db.update(workshopEnrolments)
    .set({ status, waitPosition, updatedAt: now.toISOString() })
    .where(eq(workshopEnrolments.id, id))
    .run();
}

/** Instances a person holds a place or waits on, to mark them in the "enrol in…" list. */
export function enrolmentsOfParticipant(db: Db, participantId: number): EnrolmentRow[] {
  return db
    .select()
    .from(workshopEnrolments)
    .where(and(eq(workshopEnrolments.participantId, participantId), ne(workshopEnrolments.status, 'withdrawn')))
    .all();
}

export interface ReminderRow {
  sessionId: number;
  instanceId: number;
  title: string;
  date: string;
  startTime: string | null;
  place: string | null;
  participantId: number;
  firstName: string;
  lastName: string;
  phone: string | null;
}

/** Everyone holding a place on a course with a scheduled session in the range, one row per session. */
export function enrolledWithSessionsBetween(db: Db, from: string, to: string): ReminderRow[] {
  return db
    .select({
      sessionId: workshopSessions.id,
      instanceId: workshopInstances.id,
      title: workshopInstances.title,
      date: workshopSessions.date,
      startTime: workshopSessions.startTime,
      place: sql<string | null>`coalesce(${workshopSessions.place}, ${workshopInstances.place})`,
      participantId: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      phone: participants.phone,
    })
    .from(workshopSessions)
    .innerJoin(workshopInstances, eq(workshopInstances.id, workshopSessions.instanceId))
    .innerJoin(workshopEnrolments, eq(workshopEnrolments.instanceId, workshopInstances.id))
    .innerJoin(participants, eq(participants.id, workshopEnrolments.participantId))
    .where(
      and(
        gte(workshopSessions.date, from),
        lte(workshopSessions.date, to),
        eq(workshopSessions.status, 'scheduled'),
        eq(workshopEnrolments.status, 'enrolled'),
      ),
    )
    .orderBy(asc(workshopSessions.date), asc(workshopSessions.startTime), asc(participants.lastName))
    .all();
}
