import { describe, expect, it } from 'vitest';
import {
  proposeExit,
  sixMonthPlacement,
  type ExitFacts,
  type MeetingFact,
} from '../../../electron/domain/exit-proposals';

const TODAY = '2026-11-30';
// Enrolled 100 days ago: far from the 18-month limit, past the 90 silent days.
const base: ExitFacts = {
  today: TODAY,
  enrolmentDate: '2026-08-22',
  maxProgrammeMonths: 18,
  placements: [],
  meetings: [],
  lastContactDate: null,
};
const noShow = (date: string): MeetingFact => ({ date, state: 'NO_SHOW' });
const attended = (date: string): MeetingFact => ({ date, state: 'ATTENDED' });
const propose = (more: Partial<ExitFacts>) => proposeExit({ ...base, ...more });

describe('six months employed: which placement', () => {
  it('counts a job that started on the day of enrolment', () => {
    expect(sixMonthPlacement('2026-01-01', [{ startDate: '2026-01-01', endDate: null }], TODAY)).toEqual({
      placementStart: '2026-01-01',
      sixMonthsOn: '2026-07-01',
    });
  });

  it('names the earliest qualifying job, whatever order the jobs are listed in', () => {
    const jobs = [
      { startDate: '2026-04-01', endDate: null },
      { startDate: '2026-02-01', endDate: null },
      { startDate: '2026-03-01', endDate: null },
    ];
    expect(sixMonthPlacement('2026-01-01', jobs, TODAY)?.placementStart).toBe('2026-02-01');
    expect(sixMonthPlacement('2026-01-01', [...jobs].reverse(), TODAY)?.placementStart).toBe('2026-02-01');
  });
});

describe('non-cooperation: three no-shows in a row', () => {
  it('reads the meetings in date order, whatever order they are listed in', () => {
    const meetings = [noShow('2026-11-20'), attended('2026-10-01'), noShow('2026-11-10'), noShow('2026-11-30')];
    expect(propose({ meetings, lastContactDate: '2026-11-25' })).toEqual({
      reason: 'NON_COOPERATION',
      rule: 'consecutive_no_shows',
      noShows: 3,
      lastNoShow: '2026-11-30',
    });
  });

  it('looks only at the last three: an attended meeting before them does not clear them', () => {
    const meetings = [attended('2026-10-01'), noShow('2026-10-10'), noShow('2026-10-20'), noShow('2026-10-30')];
    expect(propose({ meetings, lastContactDate: '2026-11-25' })).toMatchObject({ rule: 'consecutive_no_shows' });
  });

  it('is broken by an attended meeting among the last three', () => {
    const meetings = [noShow('2026-11-10'), attended('2026-11-20'), noShow('2026-11-30'), noShow('2026-10-01')];
    expect(propose({ meetings, lastContactDate: null })).toBeNull();
  });
});

describe('non-cooperation: silent for 90 days', () => {
  const twoNoShows = [noShow('2026-11-10'), noShow('2026-11-20')];

  it('counts from the last attended meeting when no other contact is recorded', () => {
    expect(propose({ meetings: [attended('2026-08-22'), ...twoNoShows] })).toEqual({
      reason: 'NON_COOPERATION',
      rule: 'silent',
      noShows: 2,
      daysSinceContact: 100,
    });
    expect(propose({ meetings: [attended('2026-10-01'), ...twoNoShows] })).toBeNull();
  });

  it('counts from the later of the recorded contact and the last attended meeting', () => {
    const meetings = [attended('2026-08-22'), ...twoNoShows];
    expect(propose({ meetings, lastContactDate: '2026-10-11' })).toBeNull();
    expect(propose({ meetings: [attended('2026-10-11'), ...twoNoShows], lastContactDate: '2026-08-22' })).toBeNull();
    expect(propose({ meetings, lastContactDate: '2026-08-01' })).toMatchObject({
      rule: 'silent',
      daysSinceContact: 100,
    });
  });

  it('counts only no-shows after the last contact, and never attended meetings', () => {
    const meetings = [noShow('2026-08-10'), attended('2026-08-22'), noShow('2026-11-20')];
    expect(propose({ meetings })).toBeNull();
  });

  it('with no contact on record, waits 90 days from enrolment', () => {
    expect(propose({ meetings: twoNoShows })).toEqual({
      reason: 'NON_COOPERATION',
      rule: 'silent',
      noShows: 2,
      daysSinceContact: null,
    });
    expect(propose({ meetings: twoNoShows, enrolmentDate: '2026-09-11' })).toBeNull();
    expect(propose({ meetings: twoNoShows, enrolmentDate: null })).toBeNull();
  });

  it('counts a meeting held today', () => {
    expect(propose({ meetings: [noShow('2026-11-10'), noShow(TODAY)] })).toMatchObject({ rule: 'silent', noShows: 2 });
  });
});

describe('non-cooperation: edges of the two rules', () => {
  it('counts a day with an attended meeting and a no-show as a day the person came in, in any listed order', () => {
    const day = [noShow('2026-11-10'), attended('2026-11-10')];
    const after = [noShow('2026-11-20'), noShow('2026-11-30')];
    expect(propose({ meetings: [...day, ...after], lastContactDate: '2026-11-10' })).toBeNull();
    expect(propose({ meetings: [...day.reverse(), ...after], lastContactDate: '2026-11-10' })).toBeNull();
  });

  it('waits exactly 90 days from enrolment when no contact is recorded', () => {
    const meetings = [noShow('2026-11-10'), noShow('2026-11-20')];
    // 01/09/2026 is 90 days before 30/11/2026; 02/09 is 89.
    expect(propose({ meetings, enrolmentDate: '2026-09-01' })).toMatchObject({ rule: 'silent', noShows: 2 });
    expect(propose({ meetings, enrolmentDate: '2026-09-02' })).toBeNull();
  });

  it('counts the silence from a contact made before enrolment (the intake), however recent the enrolment', () => {
    const meetings = [noShow('2026-11-10'), noShow('2026-11-20')];
    expect(propose({ meetings, enrolmentDate: '2026-10-01', lastContactDate: '2026-08-22' })).toEqual({
      reason: 'NON_COOPERATION',
      rule: 'silent',
      noShows: 2,
      daysSinceContact: 100,
    });
  });

  it('does not count a no-show on the day of the last contact', () => {
    const meetings = [noShow('2026-08-22'), noShow('2026-11-20')];
    expect(propose({ meetings, lastContactDate: '2026-08-22' })).toBeNull();
    expect(
      propose({ meetings: [noShow('2026-08-23'), noShow('2026-11-20')], lastContactDate: '2026-08-22' }),
    ).toMatchObject({
      rule: 'silent',
      noShows: 2,
    });
  });
});
