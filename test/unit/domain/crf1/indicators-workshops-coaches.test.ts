/**
 * §5 workshops and coaches rows with §7's clarifications, derived by hand. E = 2026-10-31,
 * so E − 89 = 3 Aug 2026 and E − 90 = 2 Aug 2026; the period is 1–31 Oct 2026.
 */
import { describe, expect, it } from 'vitest';
import { evaluateIndicators } from '../../../../electron/domain/crf1/indicators';
import type { SessionRecord } from '../../../../electron/domain/crf1/records';
import { job, mark, meeting, person, records } from './builders';

const E = '2026-10-31';

function sessions(workshopId: string, dates: string[]): SessionRecord[] {
  return dates.map((date, i) => ({ workshopId, sessionNo: i + 1, date }));
}

describe('workshops', () => {
  const data = records({
    // a, b, d, e are enrolled in the programme; c is an inquiry and never counts.
    participants: [
      person('a', '2026-01-01'),
      person('b', '2026-01-01'),
      person('c', null),
      person('d', '2026-01-01'),
      person('e', '2026-01-01'),
    ],
    workshops: [
      { workshopId: 'w1', type: 'OFFICE_BEG', title: 'Office Oct', facilitator: null },
      { workshopId: 'w2', type: 'OFFICE_BEG', title: 'Office late Oct', facilitator: null },
      { workshopId: 'w3', type: 'EXCEL_BEG', title: 'Excel', facilitator: null },
      { workshopId: 'w4', type: 'EXCEL_ADV', title: 'Excel adv', facilitator: null },
      { workshopId: 'w5', type: 'JOB_CLUB', title: 'Club', facilitator: null },
      { workshopId: 'w6', type: 'JOB_CLUB', title: 'Club 2', facilitator: null },
      { workshopId: 'w7', type: 'MOL_TRAINING', title: 'MOL', facilitator: null },
    ],
    sessions: [
      ...sessions('w1', ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22']),
      ...sessions('w2', ['2026-10-20', '2026-10-27', '2026-11-03']), // last session after E
      ...sessions('w3', ['2026-10-01', '2026-10-02', '2026-10-03']),
      ...sessions('w4', ['2026-11-05']), // no session by E: the type has no row
      ...sessions('w5', ['2026-10-05', '2026-10-12']),
      ...sessions('w6', ['2026-10-19']),
      ...sessions('w7', [
        '2026-09-01',
        '2026-09-02',
        '2026-09-03',
        '2026-09-04',
        '2026-09-07',
        '2026-09-08',
        '2026-09-09',
        '2026-09-10',
      ]),
    ],
    enrolments: [
      { workshopId: 'w1', pid: 'a' },
      { workshopId: 'w1', pid: 'b' },
      { workshopId: 'w1', pid: 'c' },
      { workshopId: 'w2', pid: 'a' },
      { workshopId: 'w2', pid: 'd' },
      { workshopId: 'w3', pid: 'a' },
      { workshopId: 'w4', pid: 'a' },
      { workshopId: 'w7', pid: 'e' },
    ],
    attendance: [
      // w1 (4 sessions): a attends 3 of 4 → completes (4·3 ≥ 3·4); b attends 2 (LATE counts,
      // EXCUSED does not, no row = absent) → does not; c is not enrolled in the programme.
      mark('w1', 1, 'a'),
      mark('w1', 2, 'a'),
      mark('w1', 3, 'a', 'LATE'),
      mark('w1', 4, 'a', 'ABSENT'),
      mark('w1', 1, 'b', 'LATE'),
      mark('w1', 2, 'b'),
      mark('w1', 3, 'b', 'EXCUSED'),
      ...[1, 2, 3, 4].map((n) => mark('w1', n, 'c')),
      // w2: not finished by E, so nobody completes; d's mark at session 3 is after E.
      mark('w2', 1, 'a'),
      mark('w2', 2, 'a'),
      mark('w2', 1, 'd'),
      mark('w2', 2, 'd'),
      mark('w2', 3, 'd'),
      // w3 (3 sessions): a attends 2 → 4·2 = 8 < 9: not complete.
      mark('w3', 1, 'a'),
      mark('w3', 2, 'a'),
      // w5 drop-in: attendees a (twice) and e; b ABSENT and d EXCUSED are not attendees.
      mark('w5', 1, 'a'),
      mark('w5', 2, 'a', 'LATE'),
      mark('w5', 1, 'b', 'ABSENT'),
      mark('w5', 2, 'd', 'EXCUSED'),
      mark('w5', 1, 'e'),
      mark('w6', 1, 'a'),
      // w7 (8 sessions): e attends 6 → 4·6 = 24 ≥ 24: complete.
      ...[1, 2, 3, 4, 5, 6].map((n) => mark('w7', n, 'e')),
    ],
  });
  // Evaluated inside each test, not while the file is collected: Stryker switches a mutant on
  // only when the tests start, so a figure computed at collection never sees it.
  const evaluated = () => evaluateIndicators(data, E, 'TLV');

  it('gives one row per type with an instance by E, in §4 order', () => {
    const { indicators } = evaluated();
    expect(indicators.workshops).toEqual([
      // Drop-in: w5 has attendees a, e (2), w6 has a (1) → 3; rows 3 + 1 = 4; no completion, no rate.
      { type: 'JOB_CLUB', instances: 2, enrolled: 3, completed: null, attendances: 4, attendanceRate: null },
      // Course: enrolments w1 {a, b} + w2 {a, d} = 4; completed a in w1 = 1; attended rows
      // w1 3 + 2, w2 2 + 2 = 9; expected w1 2×4 + w2 2×2 (sessions ≤ E) = 12 → 0.75.
      { type: 'OFFICE_BEG', instances: 2, enrolled: 4, completed: 1, attendances: 9, attendanceRate: 0.75 },
      // 2 of 3 attended: not complete; rate 2/3.
      { type: 'EXCEL_BEG', instances: 1, enrolled: 1, completed: 0, attendances: 2, attendanceRate: 0.6667 },
      // 6 of 8 complete; rate 6/8.
      { type: 'MOL_TRAINING', instances: 1, enrolled: 1, completed: 1, attendances: 6, attendanceRate: 0.75 },
    ]);
  });

  it('lists who is behind each workshop count', () => {
    const { members } = evaluated();
    expect(members.get('workshops.OFFICE_BEG.completed')).toEqual(['a']);
    expect(members.get('workshops.JOB_CLUB.enrolled')).toEqual(['a', 'e', 'a']);
    expect(members.get('workshops.OFFICE_BEG.enrolled')?.length).toBe(4);
  });
});

describe('coaches', () => {
  const data = records({
    participants: [
      // Last contact 3 Aug = E − 89: not flagged.
      person('c1', '2026-01-01', { coach: 'S03' }),
      // Last attended contact 2 Aug = E − 90 (held by S01): flagged. A NO_SHOW later is no contact.
      person('c2', '2026-01-01', { coach: 'S03' }),
      // Enrolled on E − 90 with no meeting: the enrolment is the last contact → flagged.
      person('c3', '2026-08-02', { coach: 'S03' }),
      // Attended in May, and a meeting after E that does not count → flagged.
      person('c4', '2026-01-01', { coach: 'S03' }),
      // Exited: not in the caseload; placed; their October meeting counts for S03.
      person('c5', '2026-01-01', { coach: 'S03', exitDate: '2026-10-20' }),
      // Enrolled on E: contact on E, not flagged; S10's only participant, not placed.
      person('c6', E, { coach: 'S10' }),
      // No coach; a navigator (S02) held a phone call in the period.
      person('c7', '2026-01-01'),
      // Not enrolled: their meetings are not in a bundle, so S04 gets no row.
      person('c8', null, { coach: 'S04' }),
    ],
    placements: [job('c5', '1', '2026-03-01')],
    meetings: [
      meeting('c1', '2026-08-03', 'S03'),
      meeting('c2', '2026-08-02', 'S01'),
      meeting('c2', '2026-10-10', 'S03', 'NO_SHOW'),
      meeting('c4', '2026-05-01', 'S03'),
      meeting('c4', '2026-11-05', 'S03'),
      meeting('c5', '2026-09-30', 'S03'),
      meeting('c5', '2026-10-15', 'S03'),
      meeting('c7', '2026-10-01', 'S02'),
      meeting('c8', '2026-10-20', 'S04'),
    ],
  });
  // Evaluated inside each test, not while the file is collected: Stryker switches a mutant on
  // only when the tests start, so a figure computed at collection never sees it.
  const evaluated = () => evaluateIndicators(data, E, 'TLV');

  it('has a row for every staff code in participants or meetings, ordered by code', () => {
    const { indicators, members } = evaluated();
    expect(indicators.coaches).toEqual([
      // S01 held c2's August meeting only: outside the period.
      { coach: 'S01', activeCaseload: 0, meetingsInPeriod: 0, placementRate: null, noContact90: 0 },
      { coach: 'S02', activeCaseload: 0, meetingsInPeriod: 1, placementRate: null, noContact90: 0 },
      // Active c1–c4; one attended October meeting (c5's on 15 Oct); placed c5 of c1–c5 = 0.2;
      // flagged c2, c3, c4.
      { coach: 'S03', activeCaseload: 4, meetingsInPeriod: 1, placementRate: 0.2, noContact90: 3 },
      { coach: 'S10', activeCaseload: 1, meetingsInPeriod: 0, placementRate: 0, noContact90: 0 },
    ]);
    expect(members.get('coaches.S03.noContact90')).toEqual(['c2', 'c3', 'c4']);
    expect(members.get('coaches.S03.placed')).toEqual(['c5']);
  });
});
