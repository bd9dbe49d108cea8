/**
 * The languages a participant speaks, as codes (ISO 639-1) so that records compare and filter
 * alike whatever the screen's language; the renderer shows each by its name
 * (`codes.language.<code>`). Israel's common languages first. Records from before this list
 * may hold free text, which is shown as written.
 */
export const spokenLanguages = [
  'he',
  'ar',
  'ru',
  'en',
  'am',
  'fr',
  'es',
  'uk',
  'ro',
  'yi',
  'ti',
  'fa',
  'de',
  'pt',
  'it',
  'hu',
  'pl',
  'ka',
] as const;
export type SpokenLanguage = (typeof spokenLanguages)[number];
