import { z } from 'zod';
import { screeningOutcomeSchema } from '../../domain/codes';
import { eligibilityCriteriaSchema, screeningAnswersSchema } from '../../domain/eligibility';
import { empty } from './fields';

export const eligibilityCheckSchema = z.object({
  criterion: z.string(),
  result: z.enum(['met', 'not_met', 'near', 'unknown']),
  detail: z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
});

export const eligibilityContract = {
  'eligibility.getCriteria': { input: empty, output: eligibilityCriteriaSchema },
  'eligibility.setCriteria': {
    input: z.object({ criteria: eligibilityCriteriaSchema }).strict(),
    output: eligibilityCriteriaSchema,
  },
  'eligibility.evaluate': {
    input: z.object({ answers: screeningAnswersSchema }).strict(),
    output: z.object({ outcome: screeningOutcomeSchema, checks: z.array(eligibilityCheckSchema) }),
  },
} as const;
