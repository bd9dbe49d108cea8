import { z } from 'zod';
import { id } from './fields';

export const serviceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  offers: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  active: z.boolean(),
});

export const servicesContract = {
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
} as const;
