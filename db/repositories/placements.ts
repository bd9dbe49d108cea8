import { and, asc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { participants } from '../schema/participants';
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
  const callDate = sql<string>`coalesce(${followUps.nextTryDate}, ${followUps.dueDate})`;
  const where: SQL[] = [inArray(followUps.state, ['pending', 'retry'])];
  if (filter.coachId !== undefined) where.push(eq(participants.coachId, filter.coachId));
  if (filter.before !== undefined) where.push(lt(callDate, filter.before));
  if (filter.from !== undefined) where.push(gte(callDate, filter.from));
  if (filter.to !== undefined) where.push(lte(callDate, filter.to));
  return db
    .select({
      id: followUps.id,
      participantId: followUps.participantId,
      placementId: followUps.placementId,
      months: followUps.months,
      dueDate: followUps.dueDate,
      state: followUps.state,
      attempts: followUps.attempts,
      nextTryDate: followUps.nextTryDate,
      callDate,
      firstName: participants.firstName,
      lastName: participants.lastName,
      phone: participants.phone,
      coachId: participants.coachId,
    })
    .from(followUps)
    .innerJoin(participants, eq(participants.id, followUps.participantId))
    .where(and(...where))
    .orderBy(asc(callDate), asc(followUps.id))
    .limit(filter.limit)
    .all();
}
