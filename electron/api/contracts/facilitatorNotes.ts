import { z } from 'zod';
import { workshopTypeSchema } from '../../domain/codes';
import { id } from './fields';

export const facilitatorNoteSchema = z.object({
  id: z.number().int(),
  instanceId: z.number().int(),
  instanceTitle: z.string(),
  type: workshopTypeSchema,
  sessionId: z.number().int().nullable(),
  sessionDate: z.string().nullable(),
  authorName: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
});

export const facilitatorNotesContract = {
  'facilitatorNotes.add': {
    input: z
      .object({
        instanceId: id,
        sessionId: id.optional(),
        participantId: id,
        text: z.string().trim().min(1).max(1000),
      })
      .strict(),
    output: facilitatorNoteSchema,
  },
  'facilitatorNotes.forParticipant': {
    input: z.object({ participantId: id }).strict(),
    output: z.array(facilitatorNoteSchema),
  },
} as const;
