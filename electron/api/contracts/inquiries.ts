import { z } from 'zod';
import { genderSchema, participantStatusSchema, recruitmentSourceSchema } from '../../domain/codes';
import { isoDateSchema } from './audit';
import { optionalText } from './fields';

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

export const inquiriesContract = {
  'inquiries.create': {
    input: inquiryInputSchema,
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('created'), id: z.number().int() }),
      z.object({ kind: z.literal('duplicates'), candidates: z.array(duplicateCandidateSchema) }),
    ]),
  },
} as const;
