import { z } from 'zod';
import { exitReasonSchema } from '../../domain/codes';
import { empty, id } from './fields';

/** Why the app proposes an exit, with the dates a coordinator needs to check it. */
export const exitProposalSchema = z.union([
  z.object({ reason: z.literal('EMPLOYED_6M'), placementStart: z.string(), sixMonthsOn: z.string() }),
  z.object({
    reason: z.literal('MAX_DURATION'),
    enrolmentDate: z.string(),
    months: z.number().int(),
    reachedOn: z.string(),
  }),
  z.object({
    reason: z.literal('NON_COOPERATION'),
    rule: z.literal('consecutive_no_shows'),
    noShows: z.number().int(),
    lastNoShow: z.string(),
  }),
  z.object({
    reason: z.literal('NON_COOPERATION'),
    rule: z.literal('silent'),
    noShows: z.number().int(),
    daysSinceContact: z.number().int().nullable(),
  }),
]);

export const exitsContract = {
  /** Active participants the app proposes to exit (a coach: their own), oldest enrolment first. */
  'exits.due': {
    input: empty,
    output: z.array(
      z.object({
        id: z.number().int(),
        firstName: z.string(),
        lastName: z.string(),
        coachId: z.number().int().nullable(),
        enrolmentDate: z.string().nullable(),
        lastContactDate: z.string().nullable(),
        proposal: exitProposalSchema,
      }),
    ),
  },
  /** One record's exit as stored (note, referral) and, while active, today's proposal. */
  'exits.get': {
    input: z.object({ id }).strict(),
    output: z.object({
      exitDate: z.string().nullable(),
      exitReason: exitReasonSchema.nullable(),
      exitNote: z.string().nullable(),
      referralServiceId: z.number().int().nullable(),
      referralServiceName: z.string().nullable(),
      referralProgramme: z.string().nullable(),
      proposal: exitProposalSchema.nullable(),
    }),
  },
} as const;
