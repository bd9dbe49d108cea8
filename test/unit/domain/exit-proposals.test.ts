import { describe, expect, it } from 'vitest';
import {
  mayExitAsEmployed6m,
  proposeExit,
  type ExitFacts,
  type MeetingFact,
} from '../../../electron/domain/exit-proposals';

const base: ExitFacts = {
  today: '2026-11-30',
  enrolmentDate: '2026-06-01',
  maxProgrammeMonths: 18,
  placements: [],
  meetings: [],
  lastContactDate: '2026-11-20',
};

const on = (today: string, more: Partial<ExitFacts> = {}) => proposeExit({ ...base, today, ...more });

describe('employed six months', () => {
  const placements = [{ startDate: '2026-06-15', endDate: null }];

  it('proposes EMPLOYED_6M on exactly the day six months are reached, not the day before', () => {
    expect(on('2026-12-15', { placements })).toEqual({
      reason: 'EMPLOYED_6M',
      placementStart: '2026-06-15',
      sixMonthsOn: '2026-12-15',
    });
    expect(on('2026-12-14', { placements })?.reason).not.toBe('EMPLOYED_6M');
  });

  it('clamps at month ends (CRF-1 addMonths): 31 Aug + 6 months is 28 Feb', () => {
    const late = { enrolmentDate: '2026-08-01', placements: [{ startDate: '2026-08-31', endDate: null }] };
    expect(on('2027-02-28', late)?.reason).toBe('EMPLOYED_6M');
    expect(on('2027-02-27', late)).toBeNull();
  });

  it('ignores a placement started before enrolment and one that ended a day short of six months', () => {
    expect(on('2027-03-01', { placements: [{ startDate: '2026-05-31', endDate: null }] })).toBeNull();
    expect(on('2027-03-01', { placements: [{ startDate: '2026-06-15', endDate: '2026-12-14' }] })).toBeNull();
    expect(on('2027-03-01', { placements: [{ startDate: '2026-06-15', endDate: '2026-12-15' }] })?.reason).toBe(
      'EMPLOYED_6M',
    );
  });

  it('the exit rule: EMPLOYED_6M needs the six months by the exit date', () => {
    expect(mayExitAsEmployed6m('2026-06-01', placements, '2026-12-15')).toBe(true);
    expect(mayExitAsEmployed6m('2026-06-01', placements, '2026-12-14')).toBe(false);
    expect(mayExitAsEmployed6m('2026-06-01', [], '2027-12-14')).toBe(false);
    expect(mayExitAsEmployed6m(null, placements, '2027-12-14')).toBe(false);
  });
});

describe('maximum time in the programme', () => {
  it('is reached exactly at addMonths(enrolment, setting)', () => {
    expect(on('2027-12-01')).toEqual({
      reason: 'MAX_DURATION',
      enrolmentDate: '2026-06-01',
      months: 18,
      reachedOn: '2027-12-01',
    });
    expect(on('2027-11-30', { lastContactDate: '2027-11-01' })).toBeNull();
    expect(on('2027-06-01', { maxProgrammeMonths: 12 })?.reason).toBe('MAX_DURATION');
    expect(on('2027-06-01', { maxProgrammeMonths: 36 })).toBeNull();
  });
});

describe('long non-cooperation', () => {
  const m = (date: string, state: MeetingFact['state']): MeetingFact => ({ date, state });

  it('three no-shows in a row propose it; two do not; a cancellation between does not break the run', () => {
    const three = [
      m('2026-10-01', 'NO_SHOW'),
      m('2026-10-15', 'CANCELLED'),
      m('2026-11-01', 'NO_SHOW'),
      m('2026-11-15', 'NO_SHOW'),
    ];
    expect(on('2026-11-30', { meetings: three })).toMatchObject({
      reason: 'NON_COOPERATION',
      rule: 'consecutive_no_shows',
    });
    expect(on('2026-11-30', { meetings: three.slice(0, 3) })).toBeNull();
    const broken = [...three.slice(0, 3), m('2026-11-10', 'ATTENDED'), m('2026-11-15', 'NO_SHOW')];
    expect(on('2026-11-30', { meetings: broken })).toBeNull();
  });

  it('ignores booked meetings in the future', () => {
    const future = [m('2026-12-01', 'NO_SHOW'), m('2026-12-02', 'NO_SHOW'), m('2026-12-03', 'NO_SHOW')];
    expect(on('2026-11-30', { meetings: future })).toBeNull();
  });

  it('silent for exactly 90 days after two no-shows proposes it; 89 days or one no-show do not', () => {
    const meetings = [m('2026-09-10', 'NO_SHOW'), m('2026-10-10', 'NO_SHOW')];
    const contact = { lastContactDate: '2026-09-01', meetings };
    expect(on('2026-11-30', contact)).toEqual({
      reason: 'NON_COOPERATION',
      rule: 'silent',
      noShows: 2,
      daysSinceContact: 90,
    });
    expect(on('2026-11-29', contact)).toBeNull();
    expect(on('2026-11-30', { ...contact, meetings: meetings.slice(0, 1) })).toBeNull();
    // An attended meeting is contact even before last_contact_date follows it.
    expect(on('2026-11-30', { ...contact, meetings: [...meetings, m('2026-09-20', 'ATTENDED')] })).toBeNull();
    // No-shows before the last contact do not count towards the silence.
    expect(on('2026-11-30', { ...contact, lastContactDate: '2026-10-11' })).toBeNull();
  });
});
