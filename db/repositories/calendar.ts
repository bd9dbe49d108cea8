import { and, asc, eq, gte, lte, ne } from 'drizzle-orm';
import type { Db } from '../open';
import { conferences } from '../schema/conferences';
import { meetings } from '../schema/meetings';
import { participants } from '../schema/participants';

/** Exposure conferences in a date range, for the centre calendar. */
export function conferencesBetween(db: Db, from: string, to: string) {
  return db
    .select({
      id: conferences.id,
      date: conferences.date,
      startTime: conferences.startTime,
      location: conferences.location,
    })
    .from(conferences)
    .where(and(gte(conferences.date, from), lte(conferences.date, to)))
    .orderBy(asc(conferences.date), asc(conferences.startTime))
    .all();
}

/** One staff member's own meetings in a range, cancelled ones left out, with whom they meet. */
export function meetingsOfStaffBetween(db: Db, staffId: number, from: string, to: string) {
  return db
    .select({
      id: meetings.id,
      participantId: meetings.participantId,
      date: meetings.date,
      time: meetings.time,
      mode: meetings.mode,
      state: meetings.state,
      firstName: participants.firstName,
      lastName: participants.lastName,
    })
    .from(meetings)
    .innerJoin(participants, eq(participants.id, meetings.participantId))
    .where(
      and(
        eq(meetings.staffId, staffId),
        gte(meetings.date, from),
        lte(meetings.date, to),
        ne(meetings.state, 'CANCELLED'),
      ),
    )
    .orderBy(asc(meetings.date), asc(meetings.time))
    .all();
}
