import { and, asc, between, count, desc, eq, inArray, or } from 'drizzle-orm';
import type { AttendanceStatus } from '../../electron/domain/codes';
import type { Db } from '../open';
import { participants } from '../schema/participants';
import { staff } from '../schema/staff';
import {
  attendance,
  facilitatorNotes,
  workshopEnrolments,
  workshopInstances,
  workshopSessions,
} from '../schema/workshops';

export type AttendanceRow = typeof attendance.$inferSelect;
export type FacilitatorNoteRow = typeof facilitatorNotes.$inferSelect;
export type InstanceRow = typeof workshopInstances.$inferSelect;

const sessionColumns = {
  id: workshopSessions.id,
  instanceId: workshopSessions.instanceId,
  date: workshopSessions.date,
  startTime: workshopSessions.startTime,
  endTime: workshopSessions.endTime,
  place: workshopSessions.place,
  status: workshopSessions.status,
  type: workshopInstances.type,
  title: workshopInstances.title,
  facilitatorId: workshopInstances.facilitatorId,
  instancePlace: workshopInstances.place,
};

/** A session with the instance facts every attendance screen shows and every access check needs. */
export interface SessionWithInstance {
  id: number;
  instanceId: number;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  status: 'scheduled' | 'cancelled';
  type: InstanceRow['type'];
  title: string;
  facilitatorId: number | null;
  instancePlace: string | null;
}

export function getSessionWithInstance(db: Db, sessionId: number): SessionWithInstance | undefined {
  return db
    .select(sessionColumns)
    .from(workshopSessions)
    .innerJoin(workshopInstances, eq(workshopInstances.id, workshopSessions.instanceId))
    .where(eq(workshopSessions.id, sessionId))
    .get();
}

export function getInstance(db: Db, instanceId: number): InstanceRow | undefined {
  return db.select().from(workshopInstances).where(eq(workshopInstances.id, instanceId)).get();
}

/** Sessions dated in [from, to], of one facilitator's instances or of all (null). */
export function listSessionsBetween(
  db: Db,
  from: string,
  to: string,
  facilitatorId: number | null,
): SessionWithInstance[] {
  const inRange = between(workshopSessions.date, from, to);
  return db
    .select(sessionColumns)
    .from(workshopSessions)
    .innerJoin(workshopInstances, eq(workshopInstances.id, workshopSessions.instanceId))
    .where(facilitatorId === null ? inRange : and(inRange, eq(workshopInstances.facilitatorId, facilitatorId)))
    .orderBy(asc(workshopSessions.date), asc(workshopSessions.startTime), asc(workshopSessions.id))
    .all();
}

/** How many people hold a place on each instance (drop-in instances hold none). */
export function enrolledCounts(db: Db, instanceIds: number[]): Map<number, number> {
  if (!instanceIds.length) return new Map();
  const rows = db
    .select({ instanceId: workshopEnrolments.instanceId, n: count() })
    .from(workshopEnrolments)
    .where(and(inArray(workshopEnrolments.instanceId, instanceIds), eq(workshopEnrolments.status, 'enrolled')))
    .groupBy(workshopEnrolments.instanceId)
    .all();
  return new Map(rows.map((r) => [r.instanceId, r.n]));
}

/** How many marks each session holds. */
export function markedCounts(db: Db, sessionIds: number[]): Map<number, number> {
  if (!sessionIds.length) return new Map();
  const rows = db
    .select({ sessionId: attendance.sessionId, n: count() })
    .from(attendance)
    .where(inArray(attendance.sessionId, sessionIds))
    .groupBy(attendance.sessionId)
    .all();
  return new Map(rows.map((r) => [r.sessionId, r.n]));
}

export interface RosterEntry {
  participantId: number;
  firstName: string;
  lastName: string;
  enrolled: boolean;
  status: AttendanceStatus | null;
  markedAt: string | null;
}

/**
 * The session's roster: everyone holding a place on the instance, and anyone marked at this
 * session without one (walk-ins at a drop-in session, or someone who withdrew after being
 * marked). Names only: the roster is all a facilitator may see of a person.
 */
export function sessionRoster(db: Db, session: { id: number; instanceId: number }): RosterEntry[] {
  // Two small indexed reads, then the people by id: an OR of subqueries would scan everyone.
  const enrolled = new Set(
    db
      .select({ id: workshopEnrolments.participantId })
      .from(workshopEnrolments)
      .where(and(eq(workshopEnrolments.instanceId, session.instanceId), eq(workshopEnrolments.status, 'enrolled')))
      .all()
      .map((r) => r.id),
  );
  const marks = new Map(
    db
      .select({ participantId: attendance.participantId, status: attendance.status, markedAt: attendance.markedAt })
      .from(attendance)
      .where(eq(attendance.sessionId, session.id))
      .all()
      .map((m) => [m.participantId, m]),
  );
  const ids = [...new Set([...enrolled, ...marks.keys()])];
  if (!ids.length) return [];
  return db
    .select({ participantId: participants.id, firstName: participants.firstName, lastName: participants.lastName })
    .from(participants)
    .where(inArray(participants.id, ids))
    .all()
    .map((p) => {
      const mark = marks.get(p.participantId);
      return {
        ...p,
        enrolled: enrolled.has(p.participantId),
        status: mark?.status ?? null,
        markedAt: mark?.markedAt ?? null,
      };
    });
}

export function getMark(db: Db, sessionId: number, participantId: number): AttendanceRow | undefined {
  return db
    .select()
    .from(attendance)
    .where(and(eq(attendance.sessionId, sessionId), eq(attendance.participantId, participantId)))
    .get();
}

/** One mark per person per session: a new mark replaces the old one. */
export function upsertMark(
  db: Db,
  mark: { sessionId: number; participantId: number; status: AttendanceStatus; markedBy: number | null },
  now: Date,
): AttendanceRow {
  const values = { ...mark, markedAt: now.toISOString() };
  return db
    .insert(attendance)
    .values(values)
    .onConflictDoUpdate({
      target: [attendance.sessionId, attendance.participantId],
      set: { status: values.status, markedAt: values.markedAt, markedBy: values.markedBy },
    })
    .returning()
    .get();
}

/** Removes marks; returns the participant ids that had one. */
export function deleteMarks(db: Db, sessionId: number, participantIds: number[]): number[] {
  if (!participantIds.length) return [];
  return db
    .delete(attendance)
    .where(and(eq(attendance.sessionId, sessionId), inArray(attendance.participantId, participantIds)))
    .returning({ id: attendance.participantId })
    .all()
    .map((r) => r.id);
}

export function isEnrolled(db: Db, instanceId: number, participantId: number): boolean {
  return (
    db
      .select({ id: workshopEnrolments.id })
      .from(workshopEnrolments)
      .where(
        and(
          eq(workshopEnrolments.instanceId, instanceId),
          eq(workshopEnrolments.participantId, participantId),
          eq(workshopEnrolments.status, 'enrolled'),
        ),
      )
      .get() !== undefined
  );
}

/** Whether the person is on the instance: holds a place, or was marked at one of its sessions. */
export function isOnInstance(db: Db, instanceId: number, participantId: number): boolean {
  if (isEnrolled(db, instanceId, participantId)) return true;
  return (
    db
      .select({ id: attendance.id })
      .from(attendance)
      .innerJoin(workshopSessions, eq(workshopSessions.id, attendance.sessionId))
      .where(and(eq(workshopSessions.instanceId, instanceId), eq(attendance.participantId, participantId)))
      .get() !== undefined
  );
}

/** The instances a person holds a place on or was marked at, with every session of each. */
export function participantWorkshops(db: Db, participantId: number) {
  const viaEnrolment = db
    .select({ id: workshopEnrolments.instanceId })
    .from(workshopEnrolments)
    .where(and(eq(workshopEnrolments.participantId, participantId), eq(workshopEnrolments.status, 'enrolled')));
  const viaMarks = db
    .select({ id: workshopSessions.instanceId })
    .from(attendance)
    .innerJoin(workshopSessions, eq(workshopSessions.id, attendance.sessionId))
    .where(eq(attendance.participantId, participantId));
  const instances = db
    .select()
    .from(workshopInstances)
    .where(or(inArray(workshopInstances.id, viaEnrolment), inArray(workshopInstances.id, viaMarks)))
    .all();
  const ids = instances.map((i) => i.id);
  const sessions = ids.length
    ? db
        .select()
        .from(workshopSessions)
        .where(inArray(workshopSessions.instanceId, ids))
        .orderBy(asc(workshopSessions.date))
        .all()
    : [];
  const marks = db
    .select({ sessionId: attendance.sessionId, status: attendance.status })
    .from(attendance)
    .where(eq(attendance.participantId, participantId))
    .all();
  return { instances, sessions, marks };
}

export function insertFacilitatorNote(
  db: Db,
  note: { participantId: number; instanceId: number; sessionId: number | null; authorId: number | null; text: string },
  now: Date,
): FacilitatorNoteRow {
  return db
    .insert(facilitatorNotes)
    .values({ ...note, createdAt: now.toISOString() })
    .returning()
    .get();
}

/** A person's notes from facilitators, newest first, with what the coach needs to read them. */
export function listFacilitatorNotes(db: Db, participantId: number) {
  return db
    .select({
      id: facilitatorNotes.id,
      instanceId: facilitatorNotes.instanceId,
      instanceTitle: workshopInstances.title,
      type: workshopInstances.type,
      sessionId: facilitatorNotes.sessionId,
      sessionDate: workshopSessions.date,
      authorName: staff.displayName,
      text: facilitatorNotes.text,
      createdAt: facilitatorNotes.createdAt,
    })
    .from(facilitatorNotes)
    .innerJoin(workshopInstances, eq(workshopInstances.id, facilitatorNotes.instanceId))
    .leftJoin(workshopSessions, eq(workshopSessions.id, facilitatorNotes.sessionId))
    .leftJoin(staff, eq(staff.id, facilitatorNotes.authorId))
    .where(eq(facilitatorNotes.participantId, participantId))
    .orderBy(desc(facilitatorNotes.createdAt), desc(facilitatorNotes.id))
    .all();
}

/** The notes written at one instance (the facilitator's own panel), by participant. */
export function notesForInstance(db: Db, instanceId: number) {
  return db
    .select({
      id: facilitatorNotes.id,
      participantId: facilitatorNotes.participantId,
      sessionId: facilitatorNotes.sessionId,
      text: facilitatorNotes.text,
      createdAt: facilitatorNotes.createdAt,
    })
    .from(facilitatorNotes)
    .where(eq(facilitatorNotes.instanceId, instanceId))
    .orderBy(asc(facilitatorNotes.createdAt), asc(facilitatorNotes.id))
    .all();
}
