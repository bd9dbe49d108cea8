import { conferenceDay } from './labels';

/** "Wednesday, 04/11/2026 · 09:30 · Hall A": how a conference is named in lists and pickers. */
export function conferenceLabel(
  conference: { date: string; startTime: string | null; location: string | null },
  language: string,
): string {
  return [conferenceDay(conference.date, language), conference.startTime, conference.location]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}
