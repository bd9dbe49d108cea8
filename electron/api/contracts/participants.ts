import { z } from 'zod';
import {
  consentMethodSchema,
  educationLevelSchema,
  exitReasonSchema,
  genderSchema,
  participantStatusSchema,
  populationTagSchema,
  recruitmentSourceSchema,
  screeningOutcomeSchema,
  trackSchema,
  trafficLightSchema,
} from '../../domain/codes';
import { caseloadSortFields } from '../../domain/caseload-sort';
import { isoDateSchema } from './audit';
import { consentSchema } from './consents';
import { id, text } from './fields';
import { screeningAnswersSchema } from '../../domain/eligibility';
import { restrictedSections } from '../../domain/roles';

export { contactFieldNames, restrictedSections } from '../../domain/roles';

export const participantSchema = z.object({
  id: z.number().int(),
  status: participantStatusSchema,
  firstName: z.string(),
  lastName: z.string(),
  nationalId: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  gender: genderSchema.nullable(),
  birthDate: z.string().nullable(),
  age: z.number().int().nullable(),
  city: z.string().nullable(),
  address: z.string().nullable(),
  recruitmentSource: recruitmentSourceSchema.nullable(),
  heardHow: z.string().nullable(),
  track: trackSchema.nullable(),
  trafficLight: trafficLightSchema.nullable(),
  coachId: z.number().int().nullable(),
  coachName: z.string().nullable(),
  intakeScheduledDate: z.string().nullable(),
  enrolmentDate: z.string().nullable(),
  exitDate: z.string().nullable(),
  exitReason: exitReasonSchema.nullable(),
  previousOccupation: z.string().nullable(),
  yearsExperience: z.number().int().nullable(),
  education: educationLevelSchema.nullable(),
  languages: z.array(z.string()),
  commitmentSignedDate: z.string().nullable(),
  forms: z.record(z.string(), z.string()),
  lastContactDate: z.string().nullable(),
  daysSinceContact: z.number().int().nullable(),
  screening: z.object({
    outcome: screeningOutcomeSchema.nullable(),
    /** The routing call's answers, so a re-screening starts from them. */
    answers: screeningAnswersSchema.nullable(),
    screenedAt: z.string().nullable(),
    referralService: z.object({ id: z.number().int(), name: z.string(), phone: z.string().nullable() }).nullable(),
    decision: z.enum(['approved', 'rejected']).nullable(),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
  }),
  populationTags: z.array(populationTagSchema).nullable(),
  notes: z.string().nullable(),
  consents: z.array(consentSchema).nullable(),
  withheld: z.array(z.enum(restrictedSections)),
  canEdit: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const participantPatchSchema = z
  .object({
    firstName: text(60).min(1),
    lastName: text(60).min(1),
    nationalId: text(12).nullable(),
    phone: text(30).nullable(),
    email: text(120).nullable(),
    gender: genderSchema.nullable(),
    birthDate: isoDateSchema.nullable(),
    city: text(60).nullable(),
    address: text(200).nullable(),
    recruitmentSource: recruitmentSourceSchema.nullable(),
    heardHow: text(200).nullable(),
    track: trackSchema.nullable(),
    trafficLight: trafficLightSchema.nullable(),
    previousOccupation: text(120).nullable(),
    yearsExperience: z.number().int().min(0).max(70).nullable(),
    education: educationLevelSchema.nullable(),
    languages: z.array(text(40).min(1)).max(12),
    populationTags: z.array(populationTagSchema).max(7),
    notes: text(5000).nullable(),
  })
  .partial()
  .strict();

export const caseloadRowSchema = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  status: participantStatusSchema,
  track: trackSchema.nullable(),
  trafficLight: trafficLightSchema.nullable(),
  coachId: z.number().int().nullable(),
  coachName: z.string().nullable(),
  enrolmentDate: z.string().nullable(),
  lastContactDate: z.string().nullable(),
  daysSinceContact: z.number().int().nullable(),
  flaggedNoContact: z.boolean(),
  age: z.number().int().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  populationTags: z.array(z.string()).nullable(),
  screeningOutcome: screeningOutcomeSchema.nullable(),
  decision: z.enum(['approved', 'rejected']).nullable(),
});

export { caseloadSortFields };

export const timelineEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  kind: z.string(),
  fromStatus: participantStatusSchema.nullable(),
  toStatus: participantStatusSchema.nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
});

export const participantsContract = {
  'participants.get': { input: z.object({ id }).strict(), output: participantSchema },
  'participants.update': {
    input: z
      .object({
        id,
        patch: participantPatchSchema,
        /** The record's updatedAt when the form was loaded: a later change by someone else is refused, not overwritten. */
        expectedUpdatedAt: z.string().optional(),
      })
      .strict(),
    output: participantSchema,
  },
  'participants.timeline': { input: z.object({ id }).strict(), output: z.array(timelineEventSchema) },
  'participants.list': {
    input: z
      .object({
        scope: z.enum(['mine', 'all']).default('all'),
        status: z.array(participantStatusSchema).max(6).optional(),
        track: z.array(trackSchema).max(4).optional(),
        trafficLight: z.array(trafficLightSchema).max(3).optional(),
        coachId: id.optional(),
        populationTag: populationTagSchema.optional(),
        noContactOver90: z.boolean().optional(),
        screeningOutcome: screeningOutcomeSchema.optional(),
        /** Who may be invited to a conference: screened or invited, eligible or approved. */
        invitable: z.boolean().optional(),
        sort: z.enum(caseloadSortFields).default('lastName'),
        direction: z.enum(['asc', 'desc']).default('asc'),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(10).max(100).default(50),
      })
      .strict(),
    output: z.object({ rows: z.array(caseloadRowSchema), total: z.number().int() }),
  },
  'participants.scheduleIntake': {
    input: z.object({ id, coachId: id, intakeScheduledDate: isoDateSchema }).strict(),
    output: participantSchema,
  },
  'participants.completeIntake': {
    input: z
      .object({
        id,
        enrolmentDate: isoDateSchema,
        track: trackSchema,
        trafficLight: trafficLightSchema,
        commitmentSignedDate: isoDateSchema,
        forms: z.record(z.string().max(40), isoDateSchema),
        dataConsent: z.object({ givenDate: isoDateSchema, method: consentMethodSchema }).strict(),
      })
      .strict(),
    output: participantSchema,
  },
  'participants.exit': {
    input: z
      .object({
        id,
        exitDate: isoDateSchema,
        exitReason: exitReasonSchema,
        exitNote: text(2000).nullable().optional(),
        /** A complementary service from the directory (DOMAIN journey step 8) … */
        referralServiceId: id.nullable().optional(),
        /** … or a dedicated programme, named in words. */
        referralProgramme: text(200).nullable().optional(),
        /** Every exit is confirmed by the person making it: only a coordinator can reopen. */
        confirmed: z.literal(true),
      })
      .strict(),
    output: participantSchema,
  },
  'participants.reopen': {
    input: z.object({ id, to: z.enum(['active', 'invited']), reason: text(500).min(3) }).strict(),
    output: participantSchema,
  },
  'participants.reassign': {
    input: z.object({ fromCoachId: id, toCoachId: id }).strict(),
    output: z.object({ moved: z.number().int() }),
  },
} as const;
