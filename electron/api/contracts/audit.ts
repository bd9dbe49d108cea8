import { z } from 'zod';
import { isoDateSchema } from '../../domain/dates';

export { isoDateSchema };

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  fields: z.array(z.string()).nullable(),
  outcome: z.string().nullable(),
  /** The office PC the entry was made through (host mode); null on the centre PC itself. */
  deviceId: z.string().nullable().optional(),
});

export const auditContract = {
  'audit.list': {
    input: z
      .object({
        /** Calendar dates, both inclusive, in the centre's local time. */
        from: isoDateSchema.optional(),
        to: isoDateSchema.optional(),
        actorId: z.number().int().positive().optional(),
        action: z.string().max(40).optional(),
        entity: z.string().max(40).optional(),
        entityId: z.string().max(40).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(10).max(200).default(50),
      })
      .strict(),
    output: z.object({ rows: z.array(auditEntrySchema), total: z.number().int() }),
  },
  'audit.verify': {
    input: z.object({}).strict(),
    output: z.object({
      ok: z.boolean(),
      count: z.number().int(),
      firstBadSeq: z.number().int().nullable(),
      problem: z.string().nullable(),
    }),
  },
} as const;
