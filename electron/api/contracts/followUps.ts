import { z } from 'zod';
import { followUpAnswerSchema, followUpStateSchema } from '../../domain/casework';
import { isoDateSchema } from './audit';
import { id } from './fields';
import { endNotBeforeStart, followUpSchema, placementFieldsSchema, placementSchema } from './placements';

export const followUpQueueItemSchema = z.object({
  id: z.number().int(),
  participantId: z.number().int(),
  placementId: z.number().int(),
  name: z.string(),
  phone: z.string().nullable(),
  coachId: z.number().int().nullable(),
  coachName: z.string().nullable(),
  months: z.number().int(),
  dueDate: z.string(),
  /** When to call: the retry date after an unanswered try, else the due date. */
  callDate: z.string(),
  state: followUpStateSchema,
  attempts: z.number().int(),
  overdue: z.boolean(),
  /** The job asked about, to prefill "employed elsewhere" and "not employed". */
  placementStartDate: z.string(),
});

export const followUpsContract = {
  'followUps.queue': {
    input: z
      .object({
        scope: z.enum(['week', 'overdue', 'all']),
        /** The coordinator may look at one coach's calls; a coach always sees their own. */
        coachId: id.optional(),
      })
      .strict(),
    output: z.object({ items: z.array(followUpQueueItemSchema), today: z.string(), truncated: z.boolean() }),
  },
  'followUps.answer': {
    input: z
      .object({
        followUpId: id,
        answer: followUpAnswerSchema,
        /** not_employed: the last day worked (required); employed_elsewhere: when the old job ended. */
        endDate: isoDateSchema.optional(),
        /** employed_elsewhere: the new job, saved as a placement. */
        newPlacement: placementFieldsSchema.strict().superRefine(endNotBeforeStart).optional(),
      })
      .strict(),
    output: z.object({ followUp: followUpSchema, newPlacement: placementSchema.nullable() }),
  },
} as const;
