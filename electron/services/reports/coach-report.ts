/**
 * The monthly report per coach: their caseload, the meetings they held, the workshop sessions
 * their participants attended, their placement rate and who has had no contact for over 90
 * days — the coaches row of CRF-1 §5 over the coach's own caseload, for one month (E = the
 * month's last day, or today while the month is running).
 */
import { AppError } from '../../domain/app-error';
import { isAttended } from '../../domain/codes';
import { periodStart } from '../../domain/crf1/dates';
import { selectPeople } from '../../domain/crf1/selection';
import { addDays, addMonthsClamped, todayIso, type IsoDate } from '../../domain/dates';
import { lastAttendedMeetings, memberLabels, staffLabel } from '../../../db/repositories/crf1-records';
import type { StoreRuntime } from '../store/runtime';
import { auditKeepingCache, evaluationFor, membersOf, scopeFor } from './dashboards';

/** The month's last day, or today when the month has not ended yet. */
export function monthPeriodEnd(month: string, today: IsoDate): IsoDate {
  const lastDay = addDays(addMonthsClamped(`${month}-01`, 1), -1);
  return lastDay < today ? lastDay : today;
}

export function coachMonthlyReport(runtime: StoreRuntime, input: { coachId: number; month: string }) {
  const today = todayIso(runtime.now());
  if (`${input.month}-01` > today) {
    throw new AppError('invalid_input', 'errors.invalid_input', [
      { path: 'month', message: 'validation.dashboards.future_month' },
    ]);
  }
  const coachId = scopeFor(runtime, input.coachId)!;
  const coach = staffLabel(runtime.db(), coachId);
  if (coach === undefined) throw new AppError('not_found', 'errors.dashboards.coach_not_found');
  const periodEnd = monthPeriodEnd(input.month, today);
  const start = periodStart(periodEnd);
  const evaluation = evaluationFor(runtime, periodEnd, coachId);
  const { records, indicators } = evaluation;
  const members = membersOf(evaluation);
  const row = indicators.coaches.find((c) => c.coach === coach.staffCode);
  const sessionDates = new Map(records.sessions.map((s) => [`${s.workshopId}#${s.sessionNo}`, s.date]));
  const eventsAttended = records.attendance.filter((a) => {
    const date = sessionDates.get(`${a.workshopId}#${a.sessionNo}`);
    return isAttended(a.status) && date !== undefined && date >= start && date <= periodEnd;
  }).length;
  const flagged = (members.get(`coaches.${coach.staffCode}.noContact90`) ?? []).map(Number);
  const people = selectPeople(records, periodEnd).byPid;
  const labels = memberLabels(runtime.db(), flagged);
  // The dashboards' records hold a participant's latest meeting only from the last 90 days
  // (dashboard-rows): a flagged person's last contact is older, so it is read here.
  const attended = lastAttendedMeetings(runtime.db(), flagged, periodEnd);
  const noContact = flagged.flatMap((id) => {
    const label = labels.get(id);
    const person = people.get(String(id));
    if (label === undefined || person === undefined) return [];
    const meeting = attended.get(id);
    const lastContact = meeting !== undefined && meeting > person.lastContact ? meeting : person.lastContact;
    return [{ participantId: id, firstName: label.firstName, lastName: label.lastName, lastContact }];
  });
  auditKeepingCache(runtime, 'coach_report', coachId);
  return {
    coach: { id: coach.id, displayName: coach.displayName, staffCode: coach.staffCode },
    month: input.month,
    periodStart: start,
    periodEnd,
    activeCaseload: row?.activeCaseload ?? 0,
    enrolled: indicators.participants.total,
    placed: indicators.placement.placed,
    placementRate: row?.placementRate ?? null,
    meetingsHeld: row?.meetingsInPeriod ?? 0,
    eventsAttended,
    noContact90: noContact,
  };
}
