import { z } from 'zod';
import { meetingModeSchema, workshopTypeSchema } from '../../domain/codes';
import { meetingStateSchema } from '../../domain/casework';
import { isoDateSchema } from './audit';
import { holidayMarkSchema } from './workshops';

export const calendarContract = {
  /** The week (Sunday first) that contains `date`. */
  'calendar.week': {
    input: z.object({ date: isoDateSchema }).strict(),
    output: z.object({
      weekStart: z.string(),
      days: z.array(z.object({ date: z.string(), holidays: z.array(holidayMarkSchema) })),
      sessions: z.array(
        z.object({
          id: z.number().int(),
          instanceId: z.number().int(),
          title: z.string(),
          type: workshopTypeSchema,
          date: z.string(),
          startTime: z.string().nullable(),
          endTime: z.string().nullable(),
          place: z.string().nullable(),
        }),
      ),
      conferences: z.array(
        z.object({
          id: z.number().int(),
          date: z.string(),
          startTime: z.string().nullable(),
          location: z.string().nullable(),
        }),
      ),
      meetings: z.array(
        z.object({
          id: z.number().int(),
          participantId: z.number().int(),
          date: z.string(),
          time: z.string().nullable(),
          mode: meetingModeSchema,
          state: meetingStateSchema,
          firstName: z.string(),
          lastName: z.string(),
        }),
      ),
    }),
  },
} as const;
