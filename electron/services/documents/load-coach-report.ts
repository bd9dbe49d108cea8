import { AppError } from '../../domain/app-error';
import { addDays, todayIso } from '../../domain/dates';
import { NO_CONTACT_DAYS } from '../../../db/repositories/caseload';
import { coachMonth } from '../../../db/repositories/documents';
import { findStaffById } from '../../../db/repositories/staff';
import type { StoreRuntime } from '../store/runtime';
import type { CoachReportData } from './coach-report';
import { centreName } from './load-casework';

/** The first and last day of a YYYY-MM month. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** A coach's own month, or any coach's for a coordinator. */
export function loadCoachReport(runtime: StoreRuntime, coachId: number, month: string): CoachReportData {
  const me = runtime.requireSession();
  if (me.role !== 'coordinator' && me.userId !== coachId)
    throw new AppError('forbidden', 'errors.documents.not_your_report');
  const coach = findStaffById(runtime.db(), coachId);
  if (!coach || coach.role !== 'coach') throw new AppError('not_found', 'errors.documents.coach_not_found');
  const { from, to } = monthRange(month);
  const people = coachMonth(runtime.db(), coachId, from, to);
  const cutoff = addDays(to, -NO_CONTACT_DAYS);
  const stillIn = people.filter((p) => p.exitDate === null || p.exitDate > to);
  return {
    centreName: centreName(runtime),
    coachName: coach.displayName,
    month,
    printedOn: todayIso(runtime.now()),
    rows: people.map((p) => ({
      firstName: p.firstName,
      lastName: p.lastName,
      status: p.status,
      enrolmentDate: p.enrolmentDate,
      meetingsHeld: p.meetingsHeld,
      eventsAttended: p.eventsAttended,
      lastContactDate: p.lastContactDate,
      placed: Boolean(p.placed),
    })),
    newIntakes: people.filter((p) => p.enrolmentDate !== null && p.enrolmentDate >= from).length,
    exits: people.filter((p) => p.exitDate !== null && p.exitDate <= to).length,
    noShows: people.reduce((n, p) => n + p.noShows, 0),
    placementsStarted: people.reduce((n, p) => n + p.placementsStarted, 0),
    noContact: stillIn
      .filter((p) => p.lastContactDate === null || p.lastContactDate < cutoff)
      .map(({ firstName, lastName, lastContactDate }) => ({ firstName, lastName, lastContactDate })),
  };
}
