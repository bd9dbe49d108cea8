import { z } from 'zod';
import { goalStatusSchema, planStatusSchema, taskOwnerSchema } from '../../domain/casework';
import { barrierCodeSchema, workshopTypeSchema } from '../../domain/codes';
import { smartProblems, structureProblems } from '../../domain/plans';
import { isoDateSchema } from './audit';
import { id, text } from './fields';

/** A goal's, task's or barrier's identity across versions: kept when sent, made by the server when not. */
export const itemKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'validation.invalid_format');

export const goalInputSchema = z
  .object({
    itemKey: itemKeySchema.optional(),
    what: text(300).min(1),
    // Nullable here so that a missing measure or due date is refused in the coach's words (SMART), not as a type error.
    measureValue: z.number().min(0).max(1_000_000).nullable(),
    measureUnit: text(40).nullable(),
    dueDate: isoDateSchema.nullable(),
    status: goalStatusSchema,
    reviewNote: text(1000).nullable(),
  })
  .strict()
  .superRefine((goal, ctx) => {
    for (const problem of smartProblems(goal))
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });

export const taskInputSchema = z
  .object({
    itemKey: itemKeySchema.optional(),
    text: text(300).min(1),
    owner: taskOwnerSchema,
    dueDate: isoDateSchema.nullable(),
    doneDate: isoDateSchema.nullable(),
    /** The goal (by item key) the task serves. */
    goalKey: itemKeySchema.nullable(),
  })
  .strict();

export const barrierInputSchema = z
  .object({
    itemKey: itemKeySchema.optional(),
    code: barrierCodeSchema,
    detail: text(300).nullable(),
    /** Who addresses it: the coach, a workshop, a service referred to… in the coach's words. */
    addressedBy: text(120).nullable(),
  })
  .strict();

const goalSchema = z.object({
  itemKey: z.string(),
  what: z.string(),
  measureValue: z.number(),
  measureUnit: z.string(),
  dueDate: z.string(),
  status: goalStatusSchema,
  reviewNote: z.string().nullable(),
});
const taskSchema = z.object({
  itemKey: z.string(),
  text: z.string(),
  owner: taskOwnerSchema,
  dueDate: z.string().nullable(),
  doneDate: z.string().nullable(),
  goalKey: z.string().nullable(),
  /** Set when the task was given at a 1:1 meeting. */
  meetingId: z.number().int().nullable(),
});
const barrierSchema = z.object({
  itemKey: z.string(),
  code: barrierCodeSchema,
  detail: z.string().nullable(),
  addressedBy: z.string().nullable(),
});

export const planVersionSchema = z.object({
  id: z.number().int(),
  participantId: z.number().int(),
  version: z.number().int(),
  status: planStatusSchema,
  vision: z.string().nullable(),
  strengths: z.string().nullable(),
  plannedMeetings: z.number().int().nullable(),
  plannedWorkshopTypes: z.array(workshopTypeSchema),
  nextReviewDate: z.string().nullable(),
  participantSignedDate: z.string().nullable(),
  coachSignedDate: z.string().nullable(),
  signedByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  goals: z.array(goalSchema),
  tasks: z.array(taskSchema),
  barriers: z.array(barrierSchema),
});

export const planSummarySchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  status: planStatusSchema,
  participantSignedDate: z.string().nullable(),
  coachSignedDate: z.string().nullable(),
  updatedAt: z.string(),
});

const itemChangeSchema = z.object({
  itemKey: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  fields: z.array(z.string()),
});

export const planDraftInputSchema = z
  .object({
    participantId: id,
    /** The draft's updatedAt when the form was loaded, null when there was no draft: a newer save by someone else is refused. */
    expectedUpdatedAt: z.string().max(40).nullable(),
    vision: text(2000).nullable(),
    strengths: text(2000).nullable(),
    plannedMeetings: z.number().int().min(0).max(50).nullable(),
    plannedWorkshopTypes: z.array(workshopTypeSchema).max(27),
    nextReviewDate: isoDateSchema.nullable(),
    goals: z.array(goalInputSchema).max(30),
    tasks: z.array(taskInputSchema).max(100),
    barriers: z.array(barrierInputSchema).max(20),
  })
  .strict()
  .superRefine((plan, ctx) => {
    for (const problem of structureProblems(plan))
      ctx.addIssue({
        code: 'custom',
        path: problem.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message: problem.message,
      });
  });

export const plansContract = {
  'plans.get': {
    input: z.object({ participantId: id }).strict(),
    output: z.object({
      versions: z.array(planSummarySchema),
      /** The draft if there is one, else the latest signed version; null before the first plan. */
      current: planVersionSchema.nullable(),
      /** Whether this user may change the plan (their own caseload, or a coordinator) on an open case. */
      canEdit: z.boolean(),
    }),
  },
  'plans.version': { input: z.object({ planId: id }).strict(), output: planVersionSchema },
  'plans.compare': {
    input: z
      .object({
        participantId: id,
        fromVersion: z.number().int().min(1),
        toVersion: z.number().int().min(1),
      })
      .strict(),
    output: z.object({
      from: planVersionSchema,
      to: planVersionSchema,
      changes: z.object({
        fields: z.array(z.string()),
        goals: z.array(itemChangeSchema),
        tasks: z.array(itemChangeSchema),
        barriers: z.array(itemChangeSchema),
      }),
    }),
  },
  'plans.saveDraft': { input: planDraftInputSchema, output: planVersionSchema },
  'plans.sign': {
    input: z
      .object({
        participantId: id,
        participantSignedDate: isoDateSchema,
        coachSignedDate: isoDateSchema,
        /** The draft's updatedAt as the signers read it: they sign what they saw, not a later change. */
        expectedUpdatedAt: z.string().max(40).optional(),
      })
      .strict(),
    output: planVersionSchema,
  },
} as const;
