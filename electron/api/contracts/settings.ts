import { z } from 'zod';
import { maxProgrammeMonthsOptions } from '../../domain/casework';

const maxProgrammeMonthsSchema = z.literal(maxProgrammeMonthsOptions);

export const centreSettingsSchema = z.object({
  centreCode: z.string(),
  centreName: z.string(),
  idleLockMinutes: z.number().int().min(1).max(120),
  backupFolder: z.string().nullable(),
  pseudonymKeyId: z.string(),
  maxProgrammeMonths: maxProgrammeMonthsSchema,
});

export const settingsContract = {
  'settings.get': { input: z.object({}).strict(), output: centreSettingsSchema },
  'settings.update': {
    input: z
      .object({
        centreName: z.string().trim().min(2).max(120).optional(),
        idleLockMinutes: z.number().int().min(1).max(120).optional(),
        // Absolute only: a relative folder would resolve against whatever directory the app was started in.
        backupFolder: z
          .string()
          .trim()
          .min(1)
          .max(1000)
          .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'validation.absolute_folder')
          .nullable()
          .optional(),
        maxProgrammeMonths: maxProgrammeMonthsSchema.optional(),
      })
      .strict(),
    output: centreSettingsSchema,
  },
} as const;
