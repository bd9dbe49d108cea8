import { z } from 'zod';

export const prefsContract = {
  'prefs.get': {
    input: z.object({ key: z.string().regex(/^[a-z0-9_.]{2,60}$/) }).strict(),
    output: z.object({ value: z.unknown() }),
  },
  'prefs.set': {
    input: z.object({ key: z.string().regex(/^[a-z0-9_.]{2,60}$/), value: z.json() }).strict(),
    output: z.object({ value: z.unknown() }),
  },
} as const;
