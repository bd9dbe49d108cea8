/**
 * §5 coaches rows with §7's clarifications: a row for every staff code in participants.coach
 * or meetings.coach (so a navigator who only held routing calls has a row with caseload 0 and
 * a null placement rate), ordered by code; meetingsInPeriod counts the ATTENDED meetings that
 * staff member held in E's month up to E; noContact90 flags an active participant whose last
 * contact is strictly before E − 89 days.
 */
import type { IsoDate } from '../dates';
import { compareCodePoints, daysBefore, periodStart } from './dates';
import { share } from './exact';
import type { CoachIndicator } from './indicator-types';
import type { MeetingRecord } from './records';
import type { Selection } from './selection';
import type { Tally } from './tally';

export function coachIndicators(
  selection: Selection,
  meetings: readonly MeetingRecord[],
  tally: Tally,
): CoachIndicator[] {
  const { periodEnd, people, byPid } = selection;
  const start = periodStart(periodEnd);
  // E − 89 is the last day that still counts as contact within 90 days.
  const lastFreshDay: IsoDate = daysBefore(periodEnd, 89);
  const codes = new Set<string>();
  const path = (code: string, field: string): string => `coaches.${code}.${field}`;
  const openRow = (code: string): void => {
    if (codes.has(code)) return;
    codes.add(code);
    for (const field of ['activeCaseload', 'meetingsInPeriod', 'enrolled', 'placed', 'noContact90']) {
      tally.open(path(code, field));
    }
  };

  for (const person of people) {
    const code = person.record.coach;
    if (code === null) continue;
    openRow(code);
    tally.add(path(code, 'enrolled'), person.pid);
    if (person.first !== null) tally.add(path(code, 'placed'), person.pid);
    if (!person.active) continue;
    tally.add(path(code, 'activeCaseload'), person.pid);
    if (person.lastContact < lastFreshDay) tally.add(path(code, 'noContact90'), person.pid);
  }
  for (const meeting of meetings) {
    // A bundle holds only the meetings of enrolled participants dated on or before E.
    if (meeting.coach === null || meeting.date > periodEnd || !byPid.has(meeting.pid)) continue;
    openRow(meeting.coach);
    if (meeting.status === 'ATTENDED' && meeting.date >= start) {
      tally.add(path(meeting.coach, 'meetingsInPeriod'), meeting.pid);
    }
  }

  return [...codes].sort(compareCodePoints).map((coach) => ({
    coach,
    activeCaseload: tally.count(path(coach, 'activeCaseload')),
    meetingsInPeriod: tally.count(path(coach, 'meetingsInPeriod')),
    placementRate: share(tally.count(path(coach, 'placed')), tally.count(path(coach, 'enrolled'))),
    noContact90: tally.count(path(coach, 'noContact90')),
  }));
}
