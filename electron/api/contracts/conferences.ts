import { z } from 'zod';
import { isoDateSchema } from './audit';
import { inviteStatusSchema } from '../../domain/conferences';
import { id } from './fields';

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

export const conferencesContract = {
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
} as const;
