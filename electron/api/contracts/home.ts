import { z } from 'zod';
import { roleSchema } from './roles';
import { isoDateSchema } from './audit';

const counted = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() }).nullable();

const person = {
  participantId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
};

/** The home page's day: each list is null for a role that does not act on it. */
export const homeDaySchema = z.object({
  date: z.string(),
  role: roleSchema,
  meetings: counted(
    z.object({
      ...person,
      meetingId: z.number().int(),
      phone: z.string().nullable(),
      time: z.string().nullable(),
      mode: z.string(),
      state: z.string(),
    }),
  ),
  followUps: counted(
    z.object({
      ...person,
      followUpId: z.number().int(),
      phone: z.string().nullable(),
      months: z.number().int(),
      dueDate: z.string(),
      state: z.string(),
    }),
  ),
  tasks: counted(
    z.object({ ...person, taskId: z.number().int(), text: z.string(), owner: z.string(), dueDate: z.string() }),
  ),
  noContact: counted(z.object({ ...person, lastContactDate: z.string().nullable() })),
  /** Routing calls (inquiries not yet screened) and conference reminder calls still to make. */
  calls: z.object({ routing: z.number().int(), reminders: z.number().int() }).nullable(),
  sessions: counted(
    z.object({
      sessionId: z.number().int(),
      instanceId: z.number().int(),
      type: z.string(),
      title: z.string().nullable(),
      date: z.string(),
      startTime: z.string().nullable(),
    }),
  ),
});

export const homeContract = {
  'home.day': {
    input: z.object({ date: isoDateSchema.optional() }).strict(),
    output: homeDaySchema,
  },
} as const;
