import { z } from 'zod';

export const backupEntrySchema = z.object({
  file: z.string().nullable(),
  createdAt: z.string(),
  ok: z.boolean(),
  problems: z.array(z.string()),
});

export const backupContract = {
  'backup.list': {
    input: z.object({}).strict(),
    output: z.object({
      folder: z.string().nullable(),
      lastGoodAt: z.string().nullable(),
      due: z.boolean(),
      history: z.array(backupEntrySchema),
    }),
  },
  'backup.run': { input: z.object({}).strict(), output: backupEntrySchema },
} as const;
