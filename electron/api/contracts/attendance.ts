import { z } from 'zod';
import { attendanceStatusSchema, workshopTypeSchema } from '../../domain/codes';
import { sessionStatusSchema } from '../../domain/workshops';
import { isoDateSchema } from './audit';
import { inquiryInputSchema } from './inquiries';
import { id } from './fields';

/** A roster line: a name and a mark, all a facilitator sees of a person. */
export const rosterEntrySchema = z.object({
  participantId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  /** Holds a place on the instance; false for a walk-in at a drop-in session. */
  enrolled: z.boolean(),
  status: attendanceStatusSchema.nullable(),
  markedAt: z.string().nullable(),
});

const sessionFacts = {
  sessionId: z.number().int(),
  instanceId: z.number().int(),
  title: z.string(),
  type: workshopTypeSchema,
  dropIn: z.boolean(),
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  place: z.string().nullable(),
  status: sessionStatusSchema,
};

export const sessionSummarySchema = z.object({
  ...sessionFacts,
  rosterSize: z.number().int(),
  marked: z.number().int(),
});

export const markResultSchema = z.object({
  participantId: z.number().int(),
  status: attendanceStatusSchema,
  /** The mark this one replaced, so that undo can put it back (null: there was none). */
  previous: attendanceStatusSchema.nullable(),
  markedAt: z.string(),
});

export const workshopAttendanceSchema = z.object({
  instanceId: z.number().int(),
  title: z.string(),
  type: workshopTypeSchema,
  dropIn: z.boolean(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  sessions: z.number().int(),
  held: z.number().int(),
  attended: z.number().int(),
  /** attended / held sessions; null before the first session and for drop-in types. */
  rate: z.number().nullable(),
  /** CRF-1 completion; null for drop-in types. */
  completed: z.boolean().nullable(),
  finished: z.boolean(),
});

const sessionRef = { sessionId: id };

export const attendanceContract = {
  'attendance.mySessions': {
    input: z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }).strict(),
    output: z.array(sessionSummarySchema),
  },
  'attendance.session': {
    input: z.object(sessionRef).strict(),
    output: z.object({
      ...sessionFacts,
      /** Marks are taken on the day and after it, never ahead, and never at a cancelled session. */
      canMark: z.boolean(),
      roster: z.array(rosterEntrySchema),
      notes: z.array(
        z.object({
          id: z.number().int(),
          participantId: z.number().int(),
          sessionId: z.number().int().nullable(),
          text: z.string(),
          createdAt: z.string(),
        }),
      ),
    }),
  },
  'attendance.mark': {
    input: z.object({ ...sessionRef, participantId: id, status: attendanceStatusSchema }).strict(),
    output: markResultSchema,
  },
  'attendance.unmark': {
    input: z.object({ ...sessionRef, participantIds: z.array(id).min(1).max(500) }).strict(),
    output: z.object({ unmarked: z.array(z.number().int()) }),
  },
  'attendance.markRestPresent': {
    input: z.object(sessionRef).strict(),
    output: z.object({ marked: z.array(z.number().int()), markedAt: z.string() }),
  },
  'attendance.walkInSearch': {
    input: z.object({ ...sessionRef, q: z.string().max(100) }).strict(),
    output: z.array(
      z.object({
        id: z.number().int(),
        firstName: z.string(),
        lastName: z.string(),
        /** Last four digits of the ID only, to tell namesakes apart. */
        idSuffix: z.string().nullable(),
      }),
    ),
  },
  'attendance.addWalkIn': {
    input: z.object({ ...sessionRef, participantId: id }).strict(),
    output: rosterEntrySchema,
  },
  'attendance.addWalkInInquiry': {
    input: inquiryInputSchema
      .pick({ firstName: true, lastName: true, phone: true, force: true })
      .extend(sessionRef)
      .strict(),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('added'), entry: rosterEntrySchema }),
      z.object({
        kind: z.literal('duplicates'),
        candidates: z.array(
          z.object({
            id: z.number().int(),
            firstName: z.string(),
            lastName: z.string(),
            reason: z.enum(['same_id', 'same_phone_similar_name']),
          }),
        ),
      }),
    ]),
  },
  'attendance.forParticipant': {
    input: z.object({ participantId: id }).strict(),
    output: z.array(workshopAttendanceSchema),
  },
} as const;
