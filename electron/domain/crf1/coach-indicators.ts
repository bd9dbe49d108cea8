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

const FIELDS = ['activeCaseload', 'meetingsInPeriod', 'enrolled', 'placed', 'noContact90'] as const;

export function coachIndicators(
  selection: Selection,
  meetings: readonly MeetingRecord[],
  tally: Tally,
): CoachIndicator[] {
  const { periodEnd, people, byPid } = selection;
  const start = periodStart(periodEnd);
  // E − 89 is the last day that still counts as contact within 90 days.
  const lastFreshDay: IsoDate = daysBefore(periodEnd, 89);
  const path = (code: string, field: string): string => `coaches.${code}.${field}`;
  // Each row's paths built once (a lookup of a freshly built string hashes it every time).
  const rows = new Map<string, Record<(typeof FIELDS)[number], string>>();
  const openRow = (code: string): Record<(typeof FIELDS)[number], string> => {
    let row = rows.get(code);
    if (row !== undefined) return row;
    row = {
      activeCaseload: path(code, 'activeCaseload'),
      meetingsInPeriod: path(code, 'meetingsInPeriod'),
      enrolled: path(code, 'enrolled'),
      placed: path(code, 'placed'),
      noContact90: path(code, 'noContact90'),
    };
    rows.set(code, row);
    for (const field of FIELDS) tally.open(row[field]);
    return row;
  };

  for (const person of people) {
    const code = person.record.coach;
    if (code === null) continue;
    const row = openRow(code);
    tally.add(row.enrolled, person.pid);
    if (person.first !== null) tally.add(row.placed, person.pid);
    if (!person.active) continue;
    tally.add(row.activeCaseload, person.pid);
    if (person.lastContact < lastFreshDay) tally.add(row.noContact90, person.pid);
  }
  for (const meeting of meetings) {
    // A bundle holds only the meetings of enrolled participants dated on or before E.
    if (meeting.coach === null || meeting.date > periodEnd || !byPid.has(meeting.pid)) continue;
    const row = openRow(meeting.coach);
    if (meeting.status === 'ATTENDED' && meeting.date >= start) tally.add(row.meetingsInPeriod, meeting.pid);
  }
  const codes = rows.keys();

  return [...codes].sort(compareCodePoints).map((coach) => ({
    coach,
    activeCaseload: tally.count(path(coach, 'activeCaseload')),
    meetingsInPeriod: tally.count(path(coach, 'meetingsInPeriod')),
    placementRate: share(tally.count(path(coach, 'placed')), tally.count(path(coach, 'enrolled'))),
    noContact90: tally.count(path(coach, 'noContact90')),
  }));
}
