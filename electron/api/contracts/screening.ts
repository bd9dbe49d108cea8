import { z } from 'zod';
import { participantStatusSchema, screeningOutcomeSchema } from '../../domain/codes';
import { screeningAnswersSchema } from '../../domain/eligibility';
import { eligibilityCheckSchema } from './eligibility';
import { id, optionalText } from './fields';

export const screeningContract = {
  'screening.record': {
    input: z
      .object({
        participantId: id,
        answers: screeningAnswersSchema,
        referralServiceId: id.optional(),
        note: optionalText(500),
      })
      .strict(),
    output: z.object({
      outcome: screeningOutcomeSchema,
      checks: z.array(eligibilityCheckSchema),
      status: participantStatusSchema,
    }),
  },
} as const;
