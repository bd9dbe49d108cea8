import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../electron/api/contract';
import { DEFAULT_VIEW, listInput, readView, writeView } from '../../renderer/src/pages/caseload/caseload-query';
import { changedPatch, valuesOf } from '../../renderer/src/pages/participant/details-values';
import { availability } from '../../renderer/src/pages/participant/status-actions';
import { storedParticipant } from '../fixtures/participant';

type Participant = MethodOutput<'participants.get'>;

const base: Participant = storedParticipant;

describe('caseload filters in the address', () => {
  it('round-trips every filter, the sort and the page through the hash query', () => {
    const view = {
      ...DEFAULT_VIEW,
      status: ['active' as const, 'intake' as const],
      trafficLight: ['RED' as const],
      coachId: 12,
      populationTag: 'HAREDI' as const,
      noContactOver90: true,
      sort: 'age' as const,
      direction: 'desc' as const,
      page: 3,
    };
    expect(readView(writeView(view))).toEqual({ ...view, status: ['intake', 'active'] });
  });

  it('writes nothing for the defaults and keeps unrelated parameters such as the tab', () => {
    expect(writeView(DEFAULT_VIEW).toString()).toBe('');
    expect(writeView(DEFAULT_VIEW, new URLSearchParams('tab=notes')).toString()).toBe('tab=notes');
  });

  it('ignores codes, sorts and pages it does not know instead of sending them', () => {
    const view = readView(new URLSearchParams('status=active,bogus&sort=salary&page=-2&coach=x&tag=NOPE'));
    expect(view).toEqual({ ...DEFAULT_VIEW, status: ['active'] });
  });

  it('asks "my caseload" without a coach filter and pages by fifty', () => {
    const input = listInput({ ...DEFAULT_VIEW, coachId: 4 }, 'mine');
    expect(input).toEqual({ scope: 'mine', sort: 'lastName', direction: 'asc', page: 1, pageSize: 50 });
    expect(listInput({ ...DEFAULT_VIEW, coachId: 4 }, 'all').coachId).toBe(4);
  });
});

describe('the details form patch', () => {
  it('sends only the fields the user changed, blanks as null, and nothing the role may not edit', () => {
    const values = { ...valuesOf(base), city: '  ', phone: '052-123-4567', previousOccupation: 'נהג' };
    expect(changedPatch(values, base, ['city', 'phone'])).toEqual({ city: null });
    expect(changedPatch(values, base, ['city', 'previousOccupation'])).toEqual({
      city: null,
      previousOccupation: 'נהג',
    });
  });

  it('shows a stored phone the Israeli way', () => {
    expect(valuesOf(base).phone).toBe('052-123-4567');
  });
});

describe('which status actions a user is offered', () => {
  const today = '2026-11-23';

  it('offers booking an intake for an invited participant, and explains the rest with lifecycle reasons', () => {
    expect(availability('scheduleIntake', base, 'navigator', 3, today)).toEqual({ ok: true });
    expect(availability('completeIntake', base, 'coordinator', 1, today)).toEqual({
      ok: false,
      reason: 'errors.lifecycle.not_allowed',
    });
    expect(availability('exit', { ...base, status: 'screened' }, 'coordinator', 1, today)).toEqual({
      ok: false,
      reason: 'errors.lifecycle.close_screening_instead',
    });
  });

  it('lets only the case’s own coach or a coordinator complete the intake', () => {
    const booked = { ...base, status: 'intake' as const, coachId: 5 };
    expect(availability('completeIntake', booked, 'coach', 5, today)).toEqual({ ok: true });
    expect(availability('completeIntake', booked, 'coach', 6, today)).toEqual({
      ok: false,
      reason: 'errors.participant.not_your_caseload',
    });
    expect(availability('completeIntake', booked, 'navigator', 3, today).ok).toBe(false);
    expect(availability('completeIntake', booked, 'coordinator', 1, today)).toEqual({ ok: true });
  });

  it('offers nothing once the participant has exited', () => {
    const exited = { ...base, status: 'exited' as const };
    for (const action of ['scheduleIntake', 'completeIntake', 'exit'] as const) {
      expect(availability(action, exited, 'coordinator', 1, today)).toEqual({
        ok: false,
        reason: 'participant.actions.alreadyExited',
      });
    }
  });
});
