import { z } from 'zod';
import { importErrorReasons, importWarningReasons } from '../../domain/crf1-import/issues';

/** A migration ZIP as base64: the HTTP transport takes 16 MB bodies; 10,000 people zip to about 1 MB. */
const MAX_BASE64 = 12 * 1024 * 1024;

const issueSchema = z.object({
  file: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  reason: z.enum([...importErrorReasons, ...importWarningReasons]),
});

const count = z.number().int();

export const importReportSchema = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  errors: z.array(issueSchema),
  omittedErrors: count,
  warnings: z.array(issueSchema),
  counts: z.object({
    participants: count,
    placements: count,
    meetings: count,
    workshops: count,
    sessions: count,
    enrolments: count,
    attendance: count,
    participantsMatched: count,
    participantsExisting: count,
    placementsExisting: count,
    meetingsExisting: count,
    workshopsExisting: count,
    unmappedOccupations: count,
  }),
  unmappedOccupations: z.array(
    z.object({
      file: z.enum(['participants.csv', 'placements.csv']),
      row: z.number().int(),
      key: z.string(),
      text: z.string(),
    }),
  ),
  importId: z.number().int().nullable(),
});

export const importsContract = {
  /** A CRF-1 migration bundle (CRF-1 §3, §7), checked and imported all or nothing; a dry run writes nothing. */
  'imports.run': {
    input: z
      .object({
        zipBase64: z
          .string()
          .min(1)
          .max(MAX_BASE64)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
        dryRun: z.boolean(),
      })
      .strict(),
    output: importReportSchema,
  },
} as const;
