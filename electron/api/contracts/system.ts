import { z } from 'zod';
import { appLanguageSchema } from '../../domain/languages';

export const languageSchema = appLanguageSchema;

export const systemContract = {
  'system.info': {
    input: z.object({}).strict(),
    output: z.object({
      appName: z.literal('Kesher'),
      version: z.string(),
      transport: z.enum(['ipc', 'http']),
      demo: z.boolean(),
      centre: z.object({ code: z.string(), name: z.string() }).nullable(),
    }),
  },
  'system.ping': {
    input: z.object({ echo: z.string().max(200) }).strict(),
    output: z.object({ echo: z.string(), at: z.string() }),
  },
} as const;
