import { z } from 'zod';
import { empty, text } from './fields';

export const intakeContract = {
  'intake.getRequiredForms': {
    input: empty,
    output: z.array(z.object({ key: z.string(), he: z.string(), en: z.string() })),
  },
  'intake.setRequiredForms': {
    input: z
      .object({
        forms: z
          .array(
            z.object({ key: z.string().regex(/^[a-z0-9_]{2,40}$/), he: text(80).min(2), en: text(80).min(2) }).strict(),
          )
          .max(20),
      })
      .strict(),
    output: z.array(z.object({ key: z.string(), he: z.string(), en: z.string() })),
  },
} as const;
