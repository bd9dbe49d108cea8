import { z } from 'zod';
import { passwordSchema, usernameSchema } from './auth';

export const centreCodeSchema = z
  .string()
  .max(8)
  .regex(/^[A-Z0-9]{2,8}$/);
export const displayNameSchema = z.string().trim().min(2).max(80);

export const setupContract = {
  'setup.init': {
    input: z
      .object({
        centreCode: centreCodeSchema,
        centreName: z.string().trim().min(2).max(120),
        admin: z
          .object({ username: usernameSchema, displayName: displayNameSchema, password: passwordSchema })
          .strict(),
        /** 64 hex characters issued by the central office; omitted → generated (CRF-1 §6). */
        pseudonymKeyHex: z
          .string()
          .trim()
          .regex(/^[0-9a-fA-F]{64}$/)
          .optional(),
      })
      .strict(),
    output: z.object({ recoveryKey: z.string(), pseudonymKeyId: z.string() }),
  },
  'setup.openDemo': {
    input: z.object({}).strict(),
    output: z.object({
      users: z.array(z.object({ username: z.string(), displayName: z.string(), role: z.string() })),
      password: z.string(),
    }),
  },
  'setup.leaveDemo': { input: z.object({}).strict(), output: z.object({ left: z.literal(true) }) },
  /** The set-up wizard printed the recovery sheet: audited while no one has signed in yet. */
  'setup.recoverySheetPrinted': { input: z.object({}).strict(), output: z.object({ recorded: z.boolean() }) },
} as const;
