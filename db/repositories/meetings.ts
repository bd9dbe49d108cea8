import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { meetings, trafficLightChanges } from '../schema/meetings';
import { participants } from '../schema/participants';

export type MeetingRow = typeof meetings.$inferSelect;
export type NewMeeting = Omit<typeof meetings.$inferInsert, 'id' | 'createdAt' | 'createdBy' | 'updatedAt'>;
export type MeetingPatch = Partial<Omit<NewMeeting, 'participantId'>>;
export type TrafficLightChangeRow = typeof trafficLightChanges.$inferSelect;

/** updatedAt is the meeting's version for edit conflicts: it moves forward on every change. */
function nextUpdatedAt(previous: string, now: Date): string {
  const prev = Date.parse(previous);
  return new Date(Number.isNaN(prev) ? now.getTime() : Math.max(now.getTime(), prev + 1)).toISOString();
}

/** A person's meetings, newest first (booked ones ahead of today come first). */
export function listMeetings(db: Db, participantId: number): MeetingRow[] {
  return db
    .select()
    .from(meetings)
    .where(eq(meetings.participantId, participantId))
    .orderBy(desc(meetings.date), desc(meetings.time), desc(meetings.id))
    .all();
}

export function getMeeting(db: Db, id: number): MeetingRow | undefined {
  return db.select().from(meetings).where(eq(meetings.id, id)).get();
}

/** The person's booked (not yet held) meeting on that day, if any. */
export function findBooked(db: Db, participantId: number, date: string): MeetingRow | undefined {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.participantId, participantId), eq(meetings.date, date), eq(meetings.state, 'BOOKED')))
    .orderBy(asc(meetings.time), asc(meetings.id))
    .get();
}

export function insertMeeting(db: Db, values: NewMeeting, actorId: number | null, now: Date): MeetingRow {
  const at = now.toISOString();
  return db
    .insert(meetings)
    .values({ ...values, createdAt: at, createdBy: actorId, updatedAt: at })
    .returning()
    .get();
}

export function updateMeeting(db: Db, id: number, patch: MeetingPatch, now: Date): MeetingRow {
  const before = getMeeting(db, id);
  if (!before) throw new Error('meeting not found');
  return db
    .update(meetings)
    .set({ ...patch, updatedAt: nextUpdatedAt(before.updatedAt, now) })
    .where(eq(meetings.id, id))
    .returning()
    .get();
}

/** Every attended meeting's date for a person, latest first. */
export function attendedDates(db: Db, participantId: number): string[] {
  return db
    .select({ date: meetings.date })
    .from(meetings)
    .where(and(eq(meetings.participantId, participantId), eq(meetings.state, 'ATTENDED')))
    .orderBy(desc(meetings.date))
    .all()
    .map((row) => row.date);
}

export function listTrafficLightChanges(db: Db, participantId: number): TrafficLightChangeRow[] {
  return db
    .select()
    .from(trafficLightChanges)
    .where(eq(trafficLightChanges.participantId, participantId))
    .orderBy(desc(trafficLightChanges.date), desc(trafficLightChanges.id))
    .all();
}

export function insertTrafficLightChange(
  db: Db,
  values: Omit<typeof trafficLightChanges.$inferInsert, 'id' | 'createdAt'>,
  now: Date,
): TrafficLightChangeRow {
  return db
    .insert(trafficLightChanges)
    .values({ ...values, createdAt: now.toISOString() })
    .returning()
    .get();
}

/** A meeting with the person it is with and how to reach them: what a day list and reminders show. */
export interface MeetingWithPerson extends MeetingRow {
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
}

/** Meetings on one day, optionally of one holder and in given states, by time. */
export function meetingsOnDay(
  db: Db,
  date: string,
  options: { staffId?: number | null; states?: readonly MeetingRow['state'][] } = {},
): MeetingWithPerson[] {
  const where: SQL[] = [eq(meetings.date, date)];
  if (options.staffId !== undefined && options.staffId !== null) where.push(eq(meetings.staffId, options.staffId));
  const rows = db
    .select({
      meeting: meetings,
      firstName: participants.firstName,
      lastName: participants.lastName,
      phone: participants.phone,
      email: participants.email,
    })
    .from(meetings)
    .innerJoin(participants, eq(participants.id, meetings.participantId))
    .where(and(...where))
    .orderBy(asc(meetings.time), asc(participants.lastName), asc(meetings.id))
    .all();
  return rows
    .filter((row) => !options.states || options.states.includes(row.meeting.state))
    .map(({ meeting, ...person }) => ({ ...meeting, ...person }));
}
