import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { eligibilityCheckSchema } from '../../../../../electron/api/contracts/eligibility';
import { formatDisplayDate } from '../../../../../electron/domain/dates';

export type EligibilityCheck = z.infer<typeof eligibilityCheckSchema>;
export type CheckResult = EligibilityCheck['result'];

/** A job scope as a short choice on a button ("quarter-time"); sentences use codeLabel('jobScope'). */
export function jobScopeChoice(t: TFunction, scope: string): string {
  return t(`frontdesk.jobScope.${scope}`);
}

/** The sentence explaining one check; its parameters stay codes, which the sentence translates itself. */
export function checkDetail(t: TFunction, check: EligibilityCheck): string {
  return t(check.detail.key, check.detail.params);
}

export const checkColors: Record<CheckResult, string> = {
  met: 'teal',
  not_met: 'red',
  near: 'yellow',
  unknown: 'gray',
};

export const outcomeColors: Record<'eligible' | 'not_eligible' | 'borderline', string> = {
  eligible: 'teal',
  not_eligible: 'red',
  borderline: 'yellow',
};

/** "Wednesday, 04/11/2026": the weekday helps on the phone; the date itself is always dd/mm/yyyy. */
export function conferenceDay(iso: string, language: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return formatDisplayDate(iso);
  const weekday = new Intl.DateTimeFormat(language === 'he' ? 'he-IL' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
  return `${weekday}, ${formatDisplayDate(iso)}`;
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

/** A list that is a list for screen readers but shows no bullets or indent. */
export const plainList = { listStyle: 'none', margin: 0, padding: 0 } as const;
