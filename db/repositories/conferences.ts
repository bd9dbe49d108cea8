import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { conferenceInvites, conferences } from '../schema/conferences';
import { participants } from '../schema/participants';

export type ConferenceRow = typeof conferences.$inferSelect;
export type InviteRow = typeof conferenceInvites.$inferSelect;
export type InviteStatus = InviteRow['status'];

export interface ConferenceSummary extends ConferenceRow {
  invited: number;
  confirmed: number;
  declined: number;
  attended: number;
}

export function listConferences(db: Db, fromDate?: string): ConferenceSummary[] {
  const count = (status: InviteStatus) =>
    sql<number>`coalesce(sum(case when ${conferenceInvites.status} = ${status} then 1 else 0 end), 0)`;
  return db
    .select({
      id: conferences.id,
      date: conferences.date,
      startTime: conferences.startTime,
      location: conferences.location,
      capacity: conferences.capacity,
      createdAt: conferences.createdAt,
      invited: sql<number>`count(${conferenceInvites.id})`,
      confirmed: count('confirmed'),
      declined: count('declined'),
      attended: count('attended'),
    })
    .from(conferences)
    .leftJoin(conferenceInvites, eq(conferenceInvites.conferenceId, conferences.id))
    .where(fromDate ? gte(conferences.date, fromDate) : undefined)
    .groupBy(conferences.id)
    .orderBy(asc(conferences.date), asc(conferences.id))
    .all();
}

export function getConference(db: Db, id: number): ConferenceRow | undefined {
  return db.select().from(conferences).where(eq(conferences.id, id)).get();
}

export function saveConference(
  db: Db,
  id: number | undefined,
  input: Pick<ConferenceRow, 'date'> & Partial<Pick<ConferenceRow, 'startTime' | 'location' | 'capacity'>>,
  now: Date,
): ConferenceRow | undefined {
  if (id === undefined) {
    return db
      .insert(conferences)
      .values({ ...input, createdAt: now.toISOString() })
      .returning()
      .get();
  }
  return db.update(conferences).set(input).where(eq(conferences.id, id)).returning().get();
}

export interface InviteWithPerson extends InviteRow {
  firstName: string;
  lastName: string;
  phone: string | null;
}

/** An invite with the name and phone a caller needs. */
const INVITE_WITH_PERSON = {
  id: conferenceInvites.id,
  conferenceId: conferenceInvites.conferenceId,
  participantId: conferenceInvites.participantId,
  status: conferenceInvites.status,
  invitedAt: conferenceInvites.invitedAt,
  remindedAt: conferenceInvites.remindedAt,
  respondedAt: conferenceInvites.respondedAt,
  firstName: participants.firstName,
  lastName: participants.lastName,
  phone: participants.phone,
};

export function listInvites(db: Db, conferenceId: number): InviteWithPerson[] {
  return db
    .select(INVITE_WITH_PERSON)
    .from(conferenceInvites)
    .innerJoin(participants, eq(participants.id, conferenceInvites.participantId))
    .where(eq(conferenceInvites.conferenceId, conferenceId))
    .orderBy(asc(participants.lastName), asc(participants.firstName))
    .all();
}

export function insertInvite(db: Db, conferenceId: number, participantId: number, now: Date): InviteRow {
  return db
    .insert(conferenceInvites)
    .values({ conferenceId, participantId, invitedAt: now.toISOString() })
    .onConflictDoNothing()
    .returning()
    .get();
}

export function getInvite(db: Db, id: number): InviteRow | undefined {
  return db.select().from(conferenceInvites).where(eq(conferenceInvites.id, id)).get();
}

export function updateInvite(
  db: Db,
  id: number,
  patch: Partial<Pick<InviteRow, 'status' | 'remindedAt' | 'respondedAt'>>,
): InviteRow | undefined {
  return db.update(conferenceInvites).set(patch).where(eq(conferenceInvites.id, id)).returning().get();
}

export interface DueCall extends InviteWithPerson {
  conferenceDate: string;
  startTime: string | null;
  location: string | null;
}

/** Invites still waiting for a reminder call, for conferences dated between two days (inclusive). */
export function invitesAwaitingReminder(db: Db, fromDate: string, toDate: string): DueCall[] {
  return db
    .select({
      ...INVITE_WITH_PERSON,
      conferenceDate: conferences.date,
      startTime: conferences.startTime,
      location: conferences.location,
    })
    .from(conferenceInvites)
    .innerJoin(conferences, eq(conferences.id, conferenceInvites.conferenceId))
    .innerJoin(participants, eq(participants.id, conferenceInvites.participantId))
    .where(
      and(
        gte(conferences.date, fromDate),
        lte(conferences.date, toDate),
        inArray(conferenceInvites.status, ['invited']),
        sql`${conferenceInvites.remindedAt} is null`,
      ),
    )
    .orderBy(asc(conferences.date), asc(participants.lastName))
    .all();
}
