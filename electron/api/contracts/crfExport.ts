import { z } from 'zod';
import { isoDateSchema } from './audit';
import { monthSchema } from './fields';

export const exportSettingsSchema = z.object({
  /** First 8 hex characters of SHA-256(programme key), read to the central office (CRF-1 §6). */
  keyId: z.string(),
  keyConfirmed: z.boolean(),
  recipient: z.string().nullable(),
});

export const exportEntrySchema = z.object({
  sequence: z.number().int(),
  periodStart: z.string(),
  periodEnd: z.string(),
  fileName: z.string(),
  zipSha256: z.string(),
  encrypted: z.boolean(),
  supersedes: z.number().int().nullable(),
  keyId: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});

const month = monthSchema;

export const crfExportContract = {
  'crfExport.settings': { input: z.object({}).strict(), output: exportSettingsSchema },
  'crfExport.setKey': {
    // Spaces, dashes and line breaks between groups are accepted; the service checks the 64 hex characters.
    input: z.object({ key: z.string().max(400) }).strict(),
    output: exportSettingsSchema,
  },
  'crfExport.confirmKey': {
    input: z
      .object({
        keyId: z
          .string()
          .trim()
          .regex(/^[0-9a-fA-F]{8}$/, 'validation.key_id'),
      })
      .strict(),
    output: exportSettingsSchema,
  },
  'crfExport.setRecipient': {
    input: z.object({ recipient: z.string().trim().max(200).nullable() }).strict(),
    output: exportSettingsSchema,
  },
  'crfExport.run': {
    input: z.union([z.object({ month }).strict(), z.object({ periodEnd: isoDateSchema }).strict()]),
    output: exportEntrySchema,
  },
  'crfExport.history': {
    input: z.object({}).strict(),
    output: z.object({
      entries: z.array(exportEntrySchema),
      /** The month whose bundle is due: set on and after the first working day once a month ends, until it is exported. */
      due: month.nullable(),
    }),
  },
  'crfExport.download': {
    input: z.object({ sequence: z.number().int().min(1) }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
} as const;
