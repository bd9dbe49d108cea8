import { z } from 'zod';
import { coordinatorDecisionSchema, participantStatusSchema } from '../../domain/codes';
import { eligibilityCheckSchema } from './eligibility';
import { empty, id } from './fields';

export const decisionsContract = {
  'decisions.queue': {
    input: empty,
    output: z.array(
      z.object({
        participantId: z.number().int(),
        firstName: z.string(),
        lastName: z.string(),
        screenedAt: z.string().nullable(),
        checks: z.array(eligibilityCheckSchema),
      }),
    ),
  },
  'decisions.decide': {
    input: z
      .object({
        participantId: id,
        decision: coordinatorDecisionSchema,
        reason: z.string().trim().min(3).max(500),
        referralServiceId: id.optional(),
      })
      .strict(),
    output: z.object({ status: participantStatusSchema }),
  },
} as const;
