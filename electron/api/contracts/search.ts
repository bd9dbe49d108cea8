import { z } from 'zod';
import { participantStatusSchema } from '../../domain/codes';

export const searchContract = {
  'search.quick': {
    input: z.object({ q: z.string().max(100) }).strict(),
    output: z.array(
      z.object({
        id: z.number().int(),
        firstName: z.string(),
        lastName: z.string(),
        status: participantStatusSchema,
        matchedOn: z.enum(['name', 'national_id', 'phone']),
        /** Last four digits only: enough to tell people apart in a list. */
        idSuffix: z.string().nullable(),
      }),
    ),
  },
} as const;
