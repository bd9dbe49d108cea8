import { z } from 'zod';
import {
  coordinatorDecisionSchema,
  genderSchema,
  participantStatusSchema,
  recruitmentSourceSchema,
  screeningOutcomeSchema,
} from '../../domain/codes';
import { inviteStatusSchema } from '../../domain/conferences';
import { eligibilityCriteriaSchema, screeningAnswersSchema } from '../../domain/eligibility';
import { isoDateSchema } from './audit';

const id = z.number().int().positive();
const empty = z.object({}).strict();
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const serviceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  offers: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  active: z.boolean(),
});

export const eligibilityCheckSchema = z.object({
  criterion: z.string(),
  result: z.enum(['met', 'not_met', 'near', 'unknown']),
  detail: z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
});

export const duplicateCandidateSchema = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  status: participantStatusSchema,
  reason: z.enum(['same_id', 'same_phone_similar_name']),
});

export const inquiryInputSchema = z
  .object({
    firstName: z.string().trim().min(1).max(60),
    lastName: z.string().trim().min(1).max(60),
    phone: z.string().trim().max(30).optional(),
    nationalId: z.string().trim().max(12).optional(),
    email: z.string().trim().max(120).optional(),
    gender: genderSchema.optional(),
    city: optionalText(60),
    recruitmentSource: recruitmentSourceSchema.optional(),
    heardHow: optionalText(200),
    birthDate: isoDateSchema.optional(),
    age: z.number().int().min(16).max(110).optional(),
    /** Create even though possible duplicates were found (the user looked and chose to). */
    force: z.boolean().default(false),
  })
  .strict();

export const conferenceSchema = z.object({
  id: z.number().int(),
  date: z.string(),
  startTime: z.string().nullable(),
  location: z.string().nullable(),
  capacity: z.number().int().nullable(),
  invited: z.number().int(),
  confirmed: z.number().int(),
  declined: z.number().int(),
  attended: z.number().int(),
});

export { inviteStatusSchema };

export const inviteSchema = z.object({
  id: z.number().int(),
  participantId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  status: inviteStatusSchema,
  remindedAt: z.string().nullable(),
});

export const screeningContract = {
  'eligibility.getCriteria': { input: empty, output: eligibilityCriteriaSchema },
  'eligibility.setCriteria': {
    input: z.object({ criteria: eligibilityCriteriaSchema }).strict(),
    output: eligibilityCriteriaSchema,
  },
  'eligibility.evaluate': {
    input: z.object({ answers: screeningAnswersSchema }).strict(),
    output: z.object({ outcome: screeningOutcomeSchema, checks: z.array(eligibilityCheckSchema) }),
  },
  'services.list': {
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    output: z.array(serviceSchema),
  },
  'services.save': {
    input: z
      .object({
        id: id.optional(),
        name: z.string().trim().min(2).max(120),
        offers: z.string().trim().min(2).max(500),
        phone: z.string().trim().max(30).nullable().optional(),
        address: z.string().trim().max(200).nullable().optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    output: serviceSchema,
  },
  'inquiries.create': {
    input: inquiryInputSchema,
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('created'), id: z.number().int() }),
      z.object({ kind: z.literal('duplicates'), candidates: z.array(duplicateCandidateSchema) }),
    ]),
  },
  'screening.record': {
    input: z
      .object({
        participantId: id,
        answers: screeningAnswersSchema,
        referralServiceId: id.optional(),
        note: optionalText(500),
      })
      .strict(),
    output: z.object({
      outcome: screeningOutcomeSchema,
      checks: z.array(eligibilityCheckSchema),
      status: participantStatusSchema,
    }),
  },
  'decisions.queue': {
    input: empty,
    output: z.array(
      z.object({
        participantId: z.number().int(),
        firstName: z.string(),
        lastName: z.string(),
        screenedAt: z.string().nullable(),
        checks: z.array(eligibilityCheckSchema),
      }),
    ),
  },
  'decisions.decide': {
    input: z
      .object({
        participantId: id,
        decision: coordinatorDecisionSchema,
        reason: z.string().trim().min(3).max(500),
        referralServiceId: id.optional(),
      })
      .strict(),
    output: z.object({ status: participantStatusSchema }),
  },
  'conferences.list': {
    input: z.object({ from: isoDateSchema.optional() }).strict(),
    output: z.array(conferenceSchema),
  },
  'conferences.save': {
    input: z
      .object({
        id: id.optional(),
        date: isoDateSchema,
        startTime: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
          .nullable()
          .optional(),
        location: z.string().trim().max(200).nullable().optional(),
        capacity: z.number().int().min(1).max(1000).nullable().optional(),
      })
      .strict(),
    output: conferenceSchema,
  },
  'conferences.get': {
    input: z.object({ id }).strict(),
    output: z.object({ conference: conferenceSchema, invites: z.array(inviteSchema) }),
  },
  'conferences.invite': {
    input: z.object({ conferenceId: id, participantIds: z.array(id).min(1).max(200) }).strict(),
    output: z.object({ invited: z.number().int() }),
  },
  'conferences.setInviteStatus': {
    input: z.object({ inviteId: id, status: inviteStatusSchema.optional(), reminded: z.boolean().optional() }).strict(),
    output: inviteSchema,
  },
  'calls.toMake': {
    input: empty,
    output: z.array(
      inviteSchema.extend({
        conferenceId: z.number().int(),
        conferenceDate: z.string(),
        startTime: z.string().nullable(),
        location: z.string().nullable(),
      }),
    ),
  },
} as const;
