import { z } from 'zod';
import { consentKindSchema, consentMethodSchema } from '../../domain/codes';
import { isoDateSchema } from './audit';
import { id, text } from './fields';

export const consentSchema = z.object({
  id: z.number().int(),
  kind: consentKindSchema,
  organisation: z.string().nullable(),
  scope: z.string().nullable(),
  givenDate: z.string(),
  method: consentMethodSchema,
  expiresDate: z.string().nullable(),
  withdrawnDate: z.string().nullable(),
  /** Derived from the dates: active, expired or withdrawn. */
  state: z.enum(['active', 'expired', 'withdrawn']),
});

export const consentsContract = {
  'consents.add': {
    input: z
      .object({
        participantId: id,
        kind: consentKindSchema,
        organisation: text(120).optional(),
        scope: text(300).optional(),
        givenDate: isoDateSchema,
        method: consentMethodSchema,
        expiresDate: isoDateSchema.optional(),
      })
      .strict(),
    output: consentSchema,
  },
  'consents.withdraw': {
    input: z.object({ consentId: id, withdrawnDate: isoDateSchema }).strict(),
    output: consentSchema,
  },
} as const;
