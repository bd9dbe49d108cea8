import { z } from 'zod';
import { employmentTypeSchema, foundBySchema } from '../../domain/codes';
import { followUpStateSchema } from '../../domain/casework';
import { isOccupationCode } from '../../domain/occupations/codes';
import { isoDateSchema } from './audit';
import { id, text } from './fields';

/** An ISCO-08 unit group on the occupation list (what CRF-1 `occupationCode` carries). */
export const occupationCodeSchema = z.string().refine(isOccupationCode, { message: 'validation.occupation_unknown' });

/** CRF-1: a job scope is 1–100 %; a salary a whole number of shekels. */
export const jobScopeSchema = z.number().int().min(1).max(100);
export const salarySchema = z
  .number()
  .min(0)
  .max(1_000_000)
  .refine(Number.isInteger, { message: 'validation.whole_shekels' });

/** A placement's fields as a coach records them; the end date is empty while the job goes on. */
export const placementFieldsSchema = z.object({
  employer: text(120).optional(),
  occupationCode: occupationCodeSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable().optional(),
  employmentType: employmentTypeSchema.nullable().optional(),
  jobScopePct: jobScopeSchema.nullable().optional(),
  monthlySalaryNis: salarySchema.nullable().optional(),
  foundBy: foundBySchema.nullable().optional(),
  note: text(1000).optional(),
});

/** CRF-1 refuses an end before the start; said on the end date, where the coach fixes it. */
export function endNotBeforeStart(
  value: { startDate: string; endDate?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.dateOrder' });
  }
}

export const placementSchema = z.object({
  id: z.number().int(),
  participantId: z.number().int(),
  employer: z.string().nullable(),
  occupationCode: z.string().nullable(),
  /** An older system's occupation text that did not map to one code. */
  occupationText: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  employmentType: employmentTypeSchema.nullable(),
  jobScopePct: z.number().int().nullable(),
  monthlySalaryNis: z.number().int().nullable(),
  foundBy: foundBySchema.nullable(),
  note: z.string().nullable(),
  /** CRF-1 §5: starts on or after enrolment, so the programme counts it. */
  programme: z.boolean(),
  updatedAt: z.string(),
});

export const followUpSchema = z.object({
  id: z.number().int(),
  participantId: z.number().int(),
  placementId: z.number().int(),
  months: z.number().int(),
  dueDate: z.string(),
  state: followUpStateSchema,
  attempts: z.number().int(),
  nextTryDate: z.string().nullable(),
  answeredDate: z.string().nullable(),
  newPlacementId: z.number().int().nullable(),
});

export const placementsContract = {
  'placements.list': {
    input: z.object({ participantId: id }).strict(),
    output: z.object({
      placements: z.array(placementSchema),
      followUps: z.array(followUpSchema),
      enrolmentDate: z.string().nullable(),
      /** A coach edits only their own participants' placements. */
      canEdit: z.boolean(),
    }),
  },
  'placements.save': {
    input: placementFieldsSchema
      .extend({
        participantId: id,
        /** Absent to create; the placement to update otherwise. */
        placementId: id.optional(),
        /** The `updatedAt` the form was opened with; a later change by someone else is refused. */
        expectedUpdatedAt: z.string().optional(),
      })
      .strict()
      .superRefine(endNotBeforeStart),
    output: placementSchema,
  },
  'placements.end': {
    input: z.object({ placementId: id, endDate: isoDateSchema }).strict(),
    output: placementSchema,
  },
} as const;
