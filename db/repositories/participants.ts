import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { prepared } from '../prepared';
import { consents, participantEvents, participants } from '../schema/participants';
import { indexParticipant } from './participant-search';

export type ParticipantRow = typeof participants.$inferSelect;
export type NewParticipant = Omit<typeof participants.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'searchName'>;
export type ParticipantPatch = Partial<NewParticipant>;
export type ParticipantEventRow = typeof participantEvents.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;

export interface EventInput {
  participantId: number;
  kind: string;
  actorId: number | null;
  fromStatus?: ParticipantRow['status'] | null;
  toStatus?: ParticipantRow['status'] | null;
  detail?: Record<string, string | number | boolean | null>;
}

export function addParticipantEvent(db: Db, event: EventInput, now: Date): void {
  db.insert(participantEvents)
    .values({
      participantId: event.participantId,
      kind: event.kind,
      actorId: event.actorId,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      detail: event.detail ?? null,
      at: now.toISOString(),
    })
    .run();
}

export function insertParticipant(db: Db, input: NewParticipant, actorId: number | null, now: Date): ParticipantRow {
  const at = now.toISOString();
  const row = db
    .insert(participants)
    .values({ ...input, createdBy: actorId, createdAt: at, updatedAt: at })
    .returning()
    .get();
  indexParticipant(db, row);
  addParticipantEvent(db, { participantId: row.id, kind: 'created', actorId, toStatus: row.status }, now);
  return getParticipant(db, row.id) as ParticipantRow;
}

/** Read by nearly every call about a participant, so prepared once. */
export function getParticipant(db: Db, id: number): ParticipantRow | undefined {
  return prepared(db, 'participants:byId', (d) =>
    d
      .select()
      .from(participants)
      .where(eq(participants.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id });
}

/**
 * updatedAt doubles as the record's version for edit conflicts, so it must move forward on
 * every change, even two within one millisecond or after the clock stepped back.
 */
function nextUpdatedAt(previous: string, now: Date): string {
  const prev = Date.parse(previous);
  return new Date(Number.isNaN(prev) ? now.getTime() : Math.max(now.getTime(), prev + 1)).toISOString();
}

const searchedFields = new Set<keyof ParticipantRow>(['firstName', 'lastName', 'nationalId', 'phone']);

/**
 * Applies a patch and records which fields changed (names only) on the timeline when
 * `eventKind` is given. Returns the changed field names.
 */
export function updateParticipant(
  db: Db,
  id: number,
  patch: ParticipantPatch,
  actorId: number | null,
  now: Date,
  eventKind: string | null = 'updated',
): { row: ParticipantRow; changed: string[] } {
  const before = getParticipant(db, id);
  if (!before) throw new Error('participant not found');
  const changed = Object.entries(patch)
    .filter(
      ([key, value]) =>
        value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key as keyof ParticipantRow]),
    )
    .map(([key]) => key);
  if (changed.length === 0) return { row: before, changed };
  const values = Object.fromEntries(changed.map((key) => [key, patch[key as keyof ParticipantPatch]]));
  const row = db
    .update(participants)
    .set({ ...values, updatedAt: nextUpdatedAt(before.updatedAt, now) })
    .where(eq(participants.id, id))
    .returning()
    .get();
  if (changed.some((key) => searchedFields.has(key as keyof ParticipantRow))) indexParticipant(db, row);
  if (eventKind) {
    const statusChanged = changed.includes('status');
    addParticipantEvent(
      db,
      {
        participantId: id,
        kind: statusChanged ? 'status' : eventKind,
        actorId,
        fromStatus: statusChanged ? before.status : null,
        toStatus: statusChanged ? row.status : null,
        detail: { fields: changed.filter((k) => k !== 'status').join(',') },
      },
      now,
    );
  }
  return { row: getParticipant(db, id) as ParticipantRow, changed };
}

export function listParticipantEvents(db: Db, participantId: number): ParticipantEventRow[] {
  return db
    .select()
    .from(participantEvents)
    .where(eq(participantEvents.participantId, participantId))
    .orderBy(asc(participantEvents.at), asc(participantEvents.id))
    .all();
}

/** Rows sharing the national id or the phone: the candidates duplicate detection compares names against. */
export function findByIdOrPhone(db: Db, nationalId: string | null, phone: string | null): ParticipantRow[] {
  const conditions: SQL[] = [];
  if (nationalId) conditions.push(eq(participants.nationalId, nationalId));
  if (phone) conditions.push(eq(participants.phone, phone));
  if (conditions.length === 0) return [];
  return db
    .select()
    .from(participants)
    .where(or(...conditions))
    .limit(20)
    .all();
}

export function getParticipantsByIds(db: Db, ids: number[]): ParticipantRow[] {
  if (ids.length === 0) return [];
  return db.select().from(participants).where(inArray(participants.id, ids)).all();
}

export function listConsents(db: Db, participantId: number): ConsentRow[] {
  return db
    .select()
    .from(consents)
    .where(eq(consents.participantId, participantId))
    .orderBy(asc(consents.givenDate), asc(consents.id))
    .all();
}

export function insertConsent(
  db: Db,
  values: Omit<typeof consents.$inferInsert, 'id' | 'createdAt'>,
  now: Date,
): ConsentRow {
  return db
    .insert(consents)
    .values({ ...values, createdAt: now.toISOString() })
    .returning()
    .get();
}

export function withdrawConsent(db: Db, consentId: number, withdrawnDate: string): ConsentRow | undefined {
  return db.update(consents).set({ withdrawnDate }).where(eq(consents.id, consentId)).returning().get();
}

export function getConsent(db: Db, consentId: number): ConsentRow | undefined {
  return db.select().from(consents).where(eq(consents.id, consentId)).get();
}

/** Moves every open case of one coach to another in one statement; returns the ids moved. */
export function reassignCaseload(db: Db, fromCoachId: number, toCoachId: number): number[] {
  const rows = db
    .update(participants)
    .set({ coachId: toCoachId })
    .where(and(eq(participants.coachId, fromCoachId), inArray(participants.status, ['intake', 'active'])))
    .returning({ id: participants.id })
    .all();
  return rows.map((r) => r.id);
}
