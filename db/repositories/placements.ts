import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { followUps, placements } from '../schema/placements';

export type PlacementRow = typeof placements.$inferSelect;
export type FollowUpRow = typeof followUps.$inferSelect;
export type PlacementValues = Omit<
  typeof placements.$inferInsert,
  'id' | 'participantId' | 'createdAt' | 'createdBy' | 'updatedAt'
>;

/** Strictly later than the previous stamp, so two saves in one millisecond still differ. */
function nextUpdatedAt(previous: string | null, now: Date): string {
  const prev = previous === null ? Number.NaN : Date.parse(previous);
  return new Date(Number.isNaN(prev) ? now.getTime() : Math.max(now.getTime(), prev + 1)).toISOString();
}

/** A person's placements, earliest start first (ties by id). */
export function listPlacements(db: Db, participantId: number): PlacementRow[] {
  return db
    .select()
    .from(placements)
    .where(eq(placements.participantId, participantId))
    .orderBy(asc(placements.startDate), asc(placements.id))
    .all();
}

export function getPlacement(db: Db, id: number): PlacementRow | undefined {
  return db.select().from(placements).where(eq(placements.id, id)).get();
}

export function insertPlacement(
  db: Db,
  participantId: number,
  values: PlacementValues,
  actorId: number | null,
  now: Date,
): PlacementRow {
  const at = now.toISOString();
  return db
    .insert(placements)
    .values({ ...values, participantId, createdAt: at, createdBy: actorId, updatedAt: at })
    .returning()
    .get();
}

/** Writes the changed fields; returns the row and the NAMES of the fields that changed. */
export function updatePlacement(
  db: Db,
  id: number,
  patch: Partial<PlacementValues>,
  now: Date,
): { row: PlacementRow; changed: string[] } {
  const before = getPlacement(db, id);
  if (!before) throw new Error('placement not found');
  const changed = Object.entries(patch)
    .filter(([key, value]) => value !== undefined && value !== before[key as keyof PlacementRow])
    .map(([key]) => key);
  if (changed.length === 0) return { row: before, changed };
  const values = Object.fromEntries(changed.map((key) => [key, patch[key as keyof PlacementValues]]));
  const row = db
    .update(placements)
    .set({ ...values, updatedAt: nextUpdatedAt(before.updatedAt, now) })
    .where(eq(placements.id, id))
    .returning()
    .get();
  return { row, changed };
}

/** A person's follow-ups in the order they fall due. */
export function listFollowUps(db: Db, participantId: number): FollowUpRow[] {
  return db
    .select()
    .from(followUps)
    .where(eq(followUps.participantId, participantId))
    .orderBy(asc(followUps.months))
    .all();
}

/** Several people's follow-ups at once, by person, each list in months order (the queue's page). */
export function followUpsOf(db: Db, participantIds: readonly number[]): Map<number, FollowUpRow[]> {
  const byPerson = new Map<number, FollowUpRow[]>();
  if (participantIds.length === 0) return byPerson;
  const rows = db
    .select()
    .from(followUps)
    .where(inArray(followUps.participantId, [...new Set(participantIds)]))
    .orderBy(asc(followUps.participantId), asc(followUps.months))
    .all();
  for (const row of rows) byPerson.set(row.participantId, [...(byPerson.get(row.participantId) ?? []), row]);
  return byPerson;
}

/** Several placements at once, by id. */
export function placementsById(db: Db, ids: readonly number[]): Map<number, PlacementRow> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select()
    .from(placements)
    .where(inArray(placements.id, [...new Set(ids)]))
    .all();
  return new Map(rows.map((row) => [row.id, row]));
}

export function getFollowUp(db: Db, id: number): FollowUpRow | undefined {
  return db.select().from(followUps).where(eq(followUps.id, id)).get();
}

export function insertFollowUps(
  db: Db,
  participantId: number,
  placementId: number,
  schedule: readonly { months: number; dueDate: string }[],
  now: Date,
): void {
  if (schedule.length === 0) return;
  const at = now.toISOString();
  db.insert(followUps)
    .values(schedule.map((s) => ({ participantId, placementId, months: s.months, dueDate: s.dueDate, updatedAt: at })))
    .run();
}

export type FollowUpPatch = Partial<
  Pick<
    FollowUpRow,
    'dueDate' | 'placementId' | 'state' | 'attempts' | 'nextTryDate' | 'answeredDate' | 'answeredBy' | 'newPlacementId'
  >
>;

export function updateFollowUp(db: Db, id: number, patch: FollowUpPatch, now: Date): FollowUpRow {
  return db
    .update(followUps)
    .set({ ...patch, updatedAt: now.toISOString() })
    .where(eq(followUps.id, id))
    .returning()
    .get();
}

export interface QueueFilter {
  /** Only this coach's participants. */
  coachId?: number | undefined;
  /** Calls due before this date (overdue). */
  before?: string | undefined;
  /** Calls due from … to, inclusive (this week). */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

export interface QueueRow {
  id: number;
  participantId: number;
  placementId: number;
  months: number;
  dueDate: string;
  state: FollowUpRow['state'];
  attempts: number;
  nextTryDate: string | null;
  callDate: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  coachId: number | null;
}

/**
 * Open follow-ups (pending or retry) with the person and phone, earliest call first. A
 * retry is called on its next-try date, anything else on its due date; only a retry has a
 * next-try date, so COALESCE gives the call date.
 */
export function followUpQueue(db: Db, filter: QueueFilter): QueueRow[] {
  const callDate = sql`coalesce(f.next_try_date, f.due_date)`;
  const bounds: SQL[] = [];
  if (filter.before !== undefined) bounds.push(sql`AND ${callDate} < ${filter.before}`);
  if (filter.from !== undefined) bounds.push(sql`AND ${callDate} >= ${filter.from}`);
  if (filter.to !== undefined) bounds.push(sql`AND ${callDate} <= ${filter.to}`);
  const columns = sql`f.id AS id, f.participant_id AS participantId, f.placement_id AS placementId,
    f.months AS months, f.due_date AS dueDate, f.state AS state, f.attempts AS attempts,
    f.next_try_date AS nextTryDate, ${callDate} AS callDate, p.first_name AS firstName,
    p.last_name AS lastName, p.phone AS phone, p.coach_id AS coachId`;
  // The literal state list matches follow_ups_open_call's WHERE, so that partial index serves.
  const open = sql.raw(`f.state IN ('pending', 'retry')`);
  const tail = sql`ORDER BY ${callDate}, f.id LIMIT ${filter.limit}`;
  if (filter.coachId !== undefined && caseloadSize(db, filter.coachId) <= SMALL_CASELOAD) {
    // A coach's few participants first (CROSS JOIN keeps that order), then their follow-ups:
    // a few hundred rows to sort instead of walking the centre's queue for this coach's.
    return db.all<QueueRow>(sql`SELECT ${columns} FROM participants p CROSS JOIN follow_ups f
      WHERE p.coach_id = ${filter.coachId} AND f.participant_id = p.id AND ${open} ${sql.join(bounds, sql` `)} ${tail}`);
  }
  const mine = filter.coachId === undefined ? sql`` : sql`AND p.coach_id = ${filter.coachId}`;
  // The whole centre (or a coach holding thousands): the open follow-ups in call-date order
  // from the index, stopping at the page's end rather than sorting tens of thousands.
  return db.all<QueueRow>(sql`SELECT ${columns} FROM follow_ups f INDEXED BY follow_ups_open_call
    JOIN participants p ON p.id = f.participant_id
    WHERE ${open} ${mine} ${sql.join(bounds, sql` `)} ${tail}`);
}

/** Above this many participants a coach's queue is read like the centre's (see followUpQueue). */
export const SMALL_CASELOAD = 1000;

/** How many participants (any status) a coach holds, from the coach index alone. */
export function caseloadSize(db: Db, coachId: number): number {
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM participants WHERE coach_id = ${coachId}`)?.n ?? 0;
}
