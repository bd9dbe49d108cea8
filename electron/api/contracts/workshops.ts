import { z } from 'zod';
import { enrolmentStatusSchema, sessionStatusSchema, workshopAudienceSchema } from '../../domain/workshops';
import { workshopTypeSchema } from '../../domain/codes';
import { MAX_SESSIONS_PER_SCHEDULE, TIME_OF_DAY } from '../../domain/schedule-limits';
import { isoDateSchema } from './audit';
import { empty, id, text } from './fields';

export const timeOfDaySchema = z.string().regex(TIME_OF_DAY, { message: 'validation.time_of_day' });
const nullableText = (max: number) => text(max).nullable().optional();

export const catalogueEntrySchema = z.object({
  type: workshopTypeSchema,
  audience: workshopAudienceSchema,
  defaultMeetings: z.number().int().nullable(),
  hoursPerMeeting: z.number().nullable(),
  dropIn: z.boolean(),
});

export const workshopTitleSchema = z.object({
  id: z.number().int(),
  type: workshopTypeSchema,
  nameHe: z.string(),
  nameEn: z.string().nullable(),
  active: z.boolean(),
});

export const instanceSummarySchema = z.object({
  id: z.number().int(),
  type: workshopTypeSchema,
  titleId: z.number().int().nullable(),
  title: z.string(),
  facilitatorId: z.number().int().nullable(),
  facilitatorName: z.string().nullable(),
  facilitatorDisplayName: z.string().nullable(),
  place: z.string().nullable(),
  capacity: z.number().int().nullable(),
  notes: z.string().nullable(),
  updatedAt: z.string(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  sessionCount: z.number().int(),
  enrolled: z.number().int(),
  waitlisted: z.number().int(),
  dropIn: z.boolean(),
});

export const workshopSessionSchema = z.object({
  id: z.number().int(),
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  place: z.string().nullable(),
  status: sessionStatusSchema,
  /** CRF-1 sessionNo; null for a cancelled session. */
  number: z.number().int().nullable(),
});

export const placeSchema = z.object({
  id: z.number().int(),
  participantId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  status: enrolmentStatusSchema,
  waitPosition: z.number().int().nullable(),
  enrolledAt: z.string(),
});

export const holidayMarkSchema = z.object({
  date: z.string(),
  nameHe: z.string(),
  nameEn: z.string(),
  closed: z.boolean(),
});

export const clashSchema = z.object({
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  instanceId: z.number().int(),
  title: z.string(),
  reason: z.enum(['place', 'facilitator']),
});

const scheduleFields = {
  /** 0 = Sunday … 4 = Thursday; 5 and 6 are refused with a message, not by the schema. */
  weekday: z.number().int().min(0).max(6),
  startTime: timeOfDaySchema,
  endTime: timeOfDaySchema,
  count: z.number().int().min(1).max(MAX_SESSIONS_PER_SCHEDULE),
  fromDate: isoDateSchema,
};
export const scheduleSchema = z.object(scheduleFields).strict();

const sessionInputSchema = z
  .object({ date: isoDateSchema, startTime: timeOfDaySchema, endTime: timeOfDaySchema, place: nullableText(120) })
  .strict();

const facilitatorFields = {
  facilitatorId: id.nullable().optional(),
  facilitatorName: nullableText(120),
};

export const workshopsContract = {
  'workshops.catalogue': {
    input: empty,
    output: z.object({ types: z.array(catalogueEntrySchema), titles: z.array(workshopTitleSchema) }),
  },
  'workshops.saveTitle': {
    input: z
      .object({
        id: id.optional(),
        type: workshopTypeSchema,
        nameHe: text(120).min(1),
        nameEn: nullableText(120),
        active: z.boolean().optional(),
      })
      .strict(),
    output: workshopTitleSchema,
  },
  'workshops.list': {
    input: z
      .object({ from: isoDateSchema.optional(), to: isoDateSchema.optional(), type: workshopTypeSchema.optional() })
      .strict(),
    output: z.array(instanceSummarySchema),
  },
  'workshops.get': {
    input: z.object({ instanceId: id }).strict(),
    output: z.object({
      instance: instanceSummarySchema,
      sessions: z.array(workshopSessionSchema),
      enrolled: z.array(placeSchema),
      waitList: z.array(placeSchema),
    }),
  },
  'workshops.save': {
    input: z
      .object({
        id: id.optional(),
        /** Required when editing: the `updatedAt` the editor saw. */
        expectedUpdatedAt: z.string().max(40).optional(),
        type: workshopTypeSchema,
        titleId: id.nullable().optional(),
        title: text(160).min(1),
        ...facilitatorFields,
        place: nullableText(120),
        capacity: z.number().int().min(1).max(500).nullable().optional(),
        notes: nullableText(2000),
        /** On creation: lay the sessions in the same step. */
        schedule: scheduleSchema.optional(),
      })
      .strict(),
    output: z.object({
      instance: instanceSummarySchema,
      clashes: z.array(clashSchema),
      skipped: z.array(holidayMarkSchema),
    }),
  },
  'workshops.previewSchedule': {
    input: z
      .object({ ...scheduleFields, instanceId: id.optional(), place: nullableText(120), ...facilitatorFields })
      .strict(),
    output: z.object({
      dates: z.array(z.string()),
      skipped: z.array(holidayMarkSchema),
      clashes: z.array(clashSchema),
    }),
  },
  'workshops.addSessions': {
    input: z
      .object({ instanceId: id, sessions: z.array(sessionInputSchema).min(1).max(MAX_SESSIONS_PER_SCHEDULE) })
      .strict(),
    output: z.object({
      sessions: z.array(workshopSessionSchema),
      clashes: z.array(clashSchema),
      holidays: z.array(holidayMarkSchema),
    }),
  },
  'workshops.moveSession': {
    input: z
      .object({
        sessionId: id,
        date: isoDateSchema,
        startTime: timeOfDaySchema,
        endTime: timeOfDaySchema,
        place: nullableText(120),
      })
      .strict(),
    output: z.object({
      session: workshopSessionSchema,
      clashes: z.array(clashSchema),
      holidays: z.array(holidayMarkSchema),
    }),
  },
  'workshops.cancelSession': {
    input: z.object({ sessionId: id, restore: z.boolean().optional() }).strict(),
    output: workshopSessionSchema,
  },
  'workshops.enrol': {
    input: z.object({ instanceId: id, participantIds: z.array(id).min(1).max(100) }).strict(),
    output: z.object({ enrolled: z.number().int(), waitlisted: z.number().int(), alreadyOn: z.number().int() }),
  },
  'workshops.withdraw': {
    input: z.object({ instanceId: id, participantId: id }).strict(),
    output: z.object({ promoted: z.array(z.number().int()) }),
  },
  'workshops.forParticipant': {
    input: z.object({ participantId: id }).strict(),
    output: z.array(
      z.object({
        instance: instanceSummarySchema,
        inPlan: z.boolean(),
        myStatus: enrolmentStatusSchema.nullable(),
        myWaitPosition: z.number().int().nullable(),
      }),
    ),
  },
  'workshops.reminderCalls': {
    input: z.object({ days: z.number().int().min(1).max(3) }).strict(),
    output: z.array(
      z.object({
        sessionId: z.number().int(),
        instanceId: z.number().int(),
        title: z.string(),
        date: z.string(),
        startTime: z.string().nullable(),
        place: z.string().nullable(),
        participantId: z.number().int(),
        firstName: z.string(),
        lastName: z.string(),
        phone: z.string().nullable(),
      }),
    ),
  },
} as const;
