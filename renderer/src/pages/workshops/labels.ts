import type { TFunction } from 'i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { formatDisplayDate } from '../../../../electron/domain/dates';

export type InstanceSummary = MethodOutput<'workshops.list'>[number];
export type HolidayMark = MethodOutput<'workshops.previewSchedule'>['skipped'][number];
export type Clash = MethodOutput<'workshops.previewSchedule'>['clashes'][number];

export function typeName(t: TFunction, type: string): string {
  return t(`workshops.type.${type}`, { defaultValue: type });
}

/** A holiday by its Hebrew name; in English the English name comes first and the Hebrew follows. */
export function holidayName(mark: HolidayMark, language: string): string {
  return language === 'he' ? mark.nameHe : `${mark.nameEn} (${mark.nameHe})`;
}

export function timeRange(s: { startTime: string | null; endTime: string | null }): string {
  if (!s.startTime) return '';
  return s.endTime ? `${s.startTime}–${s.endTime}` : s.startTime;
}

/** "10/03/2026 – 28/04/2026", or one date, or nothing yet. */
export function dateSpan(first: string | null, last: string | null): string {
  if (!first) return '';
  return first === last || !last
    ? formatDisplayDate(first)
    : `${formatDisplayDate(first)} – ${formatDisplayDate(last)}`;
}

export function facilitatorOf(i: Pick<InstanceSummary, 'facilitatorDisplayName' | 'facilitatorName'>): string {
  return i.facilitatorDisplayName ?? i.facilitatorName ?? '';
}

/** The weekdays a schedule may use: Sunday (0) to Thursday (4). */
export const workingWeekdays = [0, 1, 2, 3, 4] as const;

export function weekdayName(language: string, weekday: number, style: 'long' | 'short' = 'long'): string {
  // 2026-03-01 is a Sunday; adding the weekday gives that day's name in the chosen language.
  const date = new Date(Date.UTC(2026, 2, 1 + weekday));
  return new Intl.DateTimeFormat(language === 'he' ? 'he-IL' : 'en-GB', { weekday: style, timeZone: 'UTC' }).format(
    date,
  );
}
