import { addDays, todayIso } from '../../../../electron/domain/dates';

/** The last day of the previous month: the period a centre reports at the start of a month. */
export function defaultPeriodEnd(today: string = todayIso()): string {
  return addDays(`${today.slice(0, 8)}01`, -1);
}

/** The drill-down page for one figure: the people it counts. */
export function membersHref(periodEnd: string, path: string, coachId?: number | null): string {
  const query = new URLSearchParams({ end: periodEnd, path });
  if (coachId !== undefined && coachId !== null) query.set('coach', String(coachId));
  return `#/reports/members?${query.toString()}`;
}

/** A share as a percentage with one decimal, or a dash when there is nothing to divide by. */
export function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

export function decimal(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('en', { maximumFractionDigits: 2 });
}
