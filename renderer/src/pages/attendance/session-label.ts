import type { TFunction } from 'i18next';
import { formatDisplayDate } from '../../../../electron/domain/dates';

/** "Tuesday 03/11/2026 · 09:00–13:00 · Room 2": the weekday in the reader's language, the date the Israeli way. */
export function sessionWhen(
  t: TFunction,
  language: string,
  session: { date: string; startTime: string | null; endTime: string | null },
): string {
  const weekday = new Date(`${session.date}T12:00:00Z`).toLocaleDateString(language === 'he' ? 'he-IL' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  });
  const time =
    // Left-to-right isolated, so a Hebrew line does not read 13:00–09:00.
    session.startTime && session.endTime
      ? `\u2066${session.startTime}–${session.endTime}\u2069`
      : (session.startTime ?? '');
  return [t('attendance.when', { weekday, date: formatDisplayDate(session.date) }), time].filter(Boolean).join(' · ');
}
