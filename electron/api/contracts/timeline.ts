import { z } from 'zod';
import { id } from './fields';

/** One dated piece of case work on a participant's timeline, with the record tab it opens. */
export const caseworkEntrySchema = z.object({
  key: z.string(),
  kind: z.enum([
    'meeting_booked',
    'meeting_recorded',
    'light',
    'placement_start',
    'placement_end',
    'plan',
    'follow_up',
    'facilitator_note',
  ]),
  date: z.string(),
  /** The entry's code: meeting state, light, employment type, follow-up answer, workshop type. */
  code: z.string().nullable(),
  /** Plan version, or the follow-up's months after placement. */
  n: z.number().int().nullable(),
  actorName: z.string().nullable(),
  tab: z.enum(['meetings', 'placements', 'plan']).nullable(),
});

export const timelineContract = {
  'timeline.casework': { input: z.object({ id }).strict(), output: z.array(caseworkEntrySchema) },
} as const;
