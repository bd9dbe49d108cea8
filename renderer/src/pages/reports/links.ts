import { addDays, isIsoDate, todayIso } from '../../../../electron/domain/dates';

/** The last day of the previous month: the period a centre reports at the start of a month. */
export function defaultPeriodEnd(today: string = todayIso()): string {
  return addDays(`${today.slice(0, 8)}01`, -1);
}

/** The period end asked for in the address, or the last month's end when none (or nonsense) is. */
export function periodEndOf(asked: string | null): string {
  return asked && isIsoDate(asked) ? asked : defaultPeriodEnd();
}

/** The drill-down page for one figure: the people it counts. */
export function membersHref(periodEnd: string, path: string, coachId?: number | null): string {
  const query = new URLSearchParams({ end: periodEnd, path });
  if (coachId !== undefined && coachId !== null) query.set('coach', String(coachId));
  return `#/reports/members?${query.toString()}`;
}

/** One coach's monthly report (a coach's own when no coach is named). */
export function coachReportHref(month: string, coachId?: number): string {
  const query = new URLSearchParams({ month });
  if (coachId !== undefined) query.set('coach', String(coachId));
  return `#/reports/coach?${query.toString()}`;
}

/** A share as a percentage with one decimal, or a dash when there is nothing to divide by. */
export function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

export function decimal(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('en', { maximumFractionDigits: 2 });
}

/** The fields the data-completeness panel counts; the first three are the participant's own. */
export type CompletenessField =
  'birthDate' | 'recruitmentSource' | 'previousOccupation' | 'placementJobScope' | 'placementSalary';

/**
 * Where a person's record is opened from a list: where the missing field is typed for a
 * completeness list (the Details form focuses it), the meetings for someone not contacted.
 */
export function recordHref(participantId: number, path = ''): string {
  const [family, field, what] = path.split('.');
  if (family === 'dataCompleteness' && field?.startsWith('placement'))
    return `#/participants/${participantId}?tab=placements`;
  if (family === 'dataCompleteness' && field) return `#/participants/${participantId}?field=${field}`;
  if (family === 'coaches' && what === 'noContact90') return `#/participants/${participantId}?tab=meetings`;
  return `#/participants/${participantId}`;
}
