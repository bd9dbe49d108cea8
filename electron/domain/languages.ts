import { z } from 'zod';

/** The languages Kesher's screens are written in; Hebrew first, as the default. */
export const appLanguages = ['he', 'en'] as const;
export const appLanguageSchema = z.enum(appLanguages);
export type AppLanguage = (typeof appLanguages)[number];
