import { z } from 'zod';
import { coachingToolSchema, coachingTools, meetingStateSchema, taskOwnerSchema } from '../../domain/casework';
import { meetingModeSchema, meetingStatusSchema, trafficLightSchema } from '../../domain/codes';
import { MEETING_TIME } from '../../domain/meetings';
import { isoDateSchema } from './audit';
import { id, text } from './fields';

const timeSchema = z.string().regex(MEETING_TIME, 'validation.time');
const itemKey = z.string().min(1).max(40);

export const meetingSchema = z.object({
  id: z.number().int(),
  participantId: z.number().int(),
  date: z.string(),
  time: z.string().nullable(),
  mode: meetingModeSchema,
  state: meetingStateSchema,
  tools: z.array(coachingToolSchema),
  topics: z.string().nullable(),
  /** The coach's and coordinator's only; the methods that return it are theirs alone. */
  note: z.string().nullable(),
  /** Booked while the participant's agreed tasks were due and not done (the boundary rule). */
  tasksOverdueFlag: z.boolean(),
  staffId: z.number().int().nullable(),
  staffName: z.string().nullable(),
  updatedAt: z.string(),
});

export const trafficLightChangeSchema = z.object({
  date: z.string(),
  light: trafficLightSchema,
  setByName: z.string().nullable(),
  meetingId: z.number().int().nullable(),
});

export const openTaskSchema = z.object({
  itemKey: z.string(),
  text: z.string(),
  owner: taskOwnerSchema,
  dueDate: z.string().nullable(),
  /** A participant's task due by today and not done. */
  overdue: z.boolean(),
});

/** A meeting on a day list or a reminder list: who, when, and how to reach them; no note. */
export const dayMeetingSchema = z.object({
  id: z.number().int(),
  participantId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  date: z.string(),
  time: z.string().nullable(),
  mode: meetingModeSchema,
  state: meetingStateSchema,
  tasksOverdueFlag: z.boolean(),
  staffId: z.number().int().nullable(),
  staffName: z.string().nullable(),
});

export const newTaskSchema = z
  .object({
    text: text(300).min(1),
    owner: taskOwnerSchema.default('participant'),
    dueDate: isoDateSchema.optional(),
    goalKey: itemKey.optional(),
  })
  .strict();

export const bookingSchema = z
  .object({
    date: isoDateSchema,
    time: timeSchema.optional(),
    mode: meetingModeSchema.default('IN_PERSON'),
  })
  .strict();

const tools = z.array(coachingToolSchema).max(coachingTools.length);

export const meetingsContract = {
  'meetings.list': {
    input: z.object({ participantId: id }).strict(),
    output: z.object({
      meetings: z.array(meetingSchema),
      trafficLights: z.array(trafficLightChangeSchema),
      /** The current plan version's tasks not done yet, for ticking in the next meeting. */
      openTasks: z.array(openTaskSchema),
      /** Whether this user may record and book for the person (their own case, or a coordinator). */
      canWrite: z.boolean(),
    }),
  },
  'meetings.record': {
    input: z
      .object({
        participantId: id,
        date: isoDateSchema,
        time: timeSchema.optional(),
        mode: meetingModeSchema.default('IN_PERSON'),
        state: meetingStatusSchema,
        /** Who held the meeting (CRF-1 coach); the signed-in user when absent. */
        staffId: id.optional(),
        tools: tools.default([]),
        topics: text(500).optional(),
        taskKeysDone: z.array(itemKey).max(50).default([]),
        newTasks: z.array(newTaskSchema).max(20).default([]),
        trafficLight: trafficLightSchema.optional(),
        note: text(2000).optional(),
        next: bookingSchema.optional(),
      })
      .strict(),
    output: z.object({
      meeting: meetingSchema,
      next: meetingSchema.nullable(),
      lastContactDate: z.string().nullable(),
    }),
  },
  'meetings.book': {
    input: z
      .object({
        participantId: id,
        date: isoDateSchema,
        time: timeSchema.optional(),
        mode: meetingModeSchema.default('IN_PERSON'),
        staffId: id.optional(),
      })
      .strict(),
    output: meetingSchema,
  },
  'meetings.update': {
    input: z
      .object({
        id,
        patch: z
          .object({
            date: isoDateSchema,
            time: timeSchema.nullable(),
            mode: meetingModeSchema,
            state: meetingStateSchema,
            tools,
            topics: text(500).nullable(),
            note: text(2000).nullable(),
          })
          .partial()
          .strict(),
        /** The meeting's updatedAt when the form was loaded: a later change by someone else is refused. */
        expectedUpdatedAt: z.string().optional(),
      })
      .strict(),
    output: meetingSchema,
  },
  'meetings.cancel': {
    input: z.object({ id }).strict(),
    output: meetingSchema,
  },
  'meetings.reminders': {
    input: z.object({ date: isoDateSchema.optional() }).strict(),
    output: z.object({ date: z.string(), meetings: z.array(dayMeetingSchema) }),
  },
  'meetings.day': {
    input: z.object({ date: isoDateSchema, staffId: id.optional() }).strict(),
    output: z.array(dayMeetingSchema),
  },
} as const;
