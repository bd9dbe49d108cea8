import { z } from 'zod';
import { preferenceValueProblem } from '../../domain/preference-limits';

/**
 * Any JSON within the preference limits. The limits are checked first, by a walk that cannot
 * overflow, and only a value within them reaches z.json(), which recurses.
 */
const preferenceValue = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = preferenceValueProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `validation.preference.${problem}` });
  })
  .pipe(z.json());

export const prefsContract = {
  'prefs.get': {
    input: z.object({ key: z.string().regex(/^[a-z0-9_.]{2,60}$/) }).strict(),
    output: z.object({ value: z.unknown() }),
  },
  'prefs.set': {
    input: z.object({ key: z.string().regex(/^[a-z0-9_.]{2,60}$/), value: preferenceValue }).strict(),
    output: z.object({ value: z.unknown() }),
  },
} as const;
