import { z } from 'zod';
import { inviteSchema } from './conferences';
import { empty } from './fields';

export const callsContract = {
  'calls.toMake': {
    input: empty,
    output: z.array(
      inviteSchema.extend({
        conferenceId: z.number().int(),
        conferenceDate: z.string(),
        startTime: z.string().nullable(),
        location: z.string().nullable(),
      }),
    ),
  },
} as const;
