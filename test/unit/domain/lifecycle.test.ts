import { describe, expect, it } from 'vitest';
import { participantStatuses, type ParticipantStatus } from '../../../electron/domain/codes';
import {
  availableTransitions,
  canRecordCoordinatorDecision,
  canTransition,
  isScreeningClosed,
  structuralTargets,
  transition,
  type LifecycleFacts,
} from '../../../electron/domain/lifecycle';

const TODAY = '2026-03-15';

/** Facts under which every move the machine has is allowed (exited → invited aside). */
const COMPLETE: LifecycleFacts = {
  today: TODAY,
  actorRole: 'coordinator',
  screeningOutcome: 'eligible',
  coachId: 7,
  intakeScheduledDate: '2026-03-10',
  enrolmentDate: '2026-03-10',
  track: 'SALARIED',
  requiredForms: ['registration', 'cv'],
  forms: { registration: '2026-03-01', cv: '2026-03-02' },
  commitmentSignedDate: '2026-03-10',
  exitDate: '2026-03-14',
  exitReason: 'MOVED',
  reopenReason: 'Lost the new job after a month',
};

const LEGAL: readonly string[] = [
  'inquiry→screened',
  'screened→invited',
  'invited→intake',
  'invited→exited',
  'intake→active',
  'intake→exited',
  'active→exited',
  'exited→active',
  'exited→invited',
];

const reasonOf = (from: ParticipantStatus, to: ParticipantStatus, facts: Partial<LifecycleFacts>) => {
  const verdict = canTransition(from, to, { ...COMPLETE, ...facts });
  return verdict.ok ? 'ok' : verdict.reason;
};

describe('canTransition: every pair of statuses', () => {
  for (const from of participantStatuses) {
    for (const to of participantStatuses) {
      const pair = `${from}→${to}`;
      if (LEGAL.includes(pair)) {
        it(`allows ${pair} when its requirements are met`, () => {
          const facts = pair === 'exited→invited' ? { enrolmentDate: null } : {};
          expect(reasonOf(from, to, facts)).toBe('ok');
        });
      } else {
        const expected =
          from === to
            ? 'errors.lifecycle.same_status'
            : to === 'exited'
              ? 'errors.lifecycle.close_screening_instead'
              : 'errors.lifecycle.not_allowed';
        it(`refuses ${pair} with ${expected}`, () => {
          expect(reasonOf(from, to, {})).toBe(expected);
        });
      }
    }
  }
});

describe('canTransition: inquiry → screened', () => {
  it('requires a screening outcome', () => {
    expect(reasonOf('inquiry', 'screened', { screeningOutcome: null })).toBe('errors.lifecycle.screening_required');
    expect(reasonOf('inquiry', 'screened', { screeningOutcome: 'not_eligible' })).toBe('ok');
  });
});

describe('canTransition: screened → invited', () => {
  it('allows an eligible screening without any decision', () => {
    expect(reasonOf('screened', 'invited', { decision: null, decisionReason: null })).toBe('ok');
  });

  it('requires the coordinator to approve a borderline or not-eligible screening', () => {
    for (const outcome of ['borderline', 'not_eligible'] as const) {
      expect(reasonOf('screened', 'invited', { screeningOutcome: outcome })).toBe(
        'errors.lifecycle.coordinator_approval_required',
      );
      expect(
        reasonOf('screened', 'invited', { screeningOutcome: outcome, decision: 'approved', decisionReason: 'x' }),
      ).toBe('ok');
    }
  });

  it('requires the reason for an approved exception', () => {
    const verdict = canTransition('screened', 'invited', {
      ...COMPLETE,
      screeningOutcome: 'borderline',
      decision: 'approved',
      decisionReason: '   ',
    });
    expect(verdict).toEqual({
      ok: false,
      reason: 'errors.lifecycle.decision_reason_required',
      fields: ['decisionReason'],
    });
  });

  it('refuses after a coordinator rejected the case, whatever the outcome', () => {
    expect(reasonOf('screened', 'invited', { decision: 'rejected' })).toBe('errors.lifecycle.coordinator_rejected');
  });

  it('refuses without a screening outcome', () => {
    expect(reasonOf('screened', 'invited', { screeningOutcome: undefined })).toBe(
      'errors.lifecycle.screening_required',
    );
  });
});

describe('canTransition: invited → intake', () => {
  it('requires a coach and a booked intake date', () => {
    expect(reasonOf('invited', 'intake', { coachId: null })).toBe('errors.lifecycle.coach_required');
    expect(reasonOf('invited', 'intake', { intakeScheduledDate: null })).toBe('errors.lifecycle.intake_date_required');
  });

  it('allows booking an intake in the future', () => {
    expect(reasonOf('invited', 'intake', { intakeScheduledDate: '2026-04-01', enrolmentDate: null })).toBe('ok');
  });
});

describe('canTransition: intake → active', () => {
  it('requires the intake date, not in the future', () => {
    expect(reasonOf('intake', 'active', { enrolmentDate: null })).toBe('errors.lifecycle.intake_date_required');
    expect(reasonOf('intake', 'active', { enrolmentDate: '2026-03-16' })).toBe(
      'errors.lifecycle.intake_date_in_future',
    );
    expect(reasonOf('intake', 'active', { enrolmentDate: TODAY, commitmentSignedDate: TODAY })).toBe('ok');
  });

  it('requires a coach and a track', () => {
    expect(reasonOf('intake', 'active', { coachId: undefined })).toBe('errors.lifecycle.coach_required');
    expect(reasonOf('intake', 'active', { track: null })).toBe('errors.lifecycle.track_required');
    expect(reasonOf('intake', 'active', { track: 'UNDECIDED' })).toBe('ok');
  });

  it('requires every required form, naming the missing ones', () => {
    const verdict = canTransition('intake', 'active', {
      ...COMPLETE,
      requiredForms: ['registration', 'cv', 'health'],
      forms: { cv: '2026-03-02' },
    });
    expect(verdict).toEqual({
      ok: false,
      reason: 'errors.lifecycle.required_forms_missing',
      fields: ['forms.registration', 'forms.health'],
    });
  });

  it('passes when the centre requires no forms', () => {
    expect(reasonOf('intake', 'active', { requiredForms: [], forms: null })).toBe('ok');
    expect(reasonOf('intake', 'active', { requiredForms: undefined, forms: undefined })).toBe('ok');
  });

  it('requires the signed commitment, dated no later than today', () => {
    expect(reasonOf('intake', 'active', { commitmentSignedDate: null })).toBe('errors.lifecycle.commitment_required');
    expect(reasonOf('intake', 'active', { commitmentSignedDate: '2026-03-20' })).toBe(
      'errors.lifecycle.commitment_date_in_future',
    );
  });
});

describe('canTransition: → exited', () => {
  for (const from of ['invited', 'intake', 'active'] as const) {
    it(`requires an exit date and reason from ${from}`, () => {
      expect(reasonOf(from, 'exited', { exitDate: null })).toBe('errors.lifecycle.exit_date_required');
      expect(reasonOf(from, 'exited', { exitReason: null })).toBe('errors.lifecycle.exit_reason_required');
    });
  }

  it('refuses an exit date in the future or before enrolment', () => {
    expect(reasonOf('active', 'exited', { exitDate: '2026-03-16' })).toBe('errors.lifecycle.exit_date_in_future');
    expect(reasonOf('active', 'exited', { exitDate: '2026-03-09' })).toBe('errors.lifecycle.exit_before_enrolment');
    expect(reasonOf('active', 'exited', { exitDate: '2026-03-10' })).toBe('ok');
  });

  it('allows any exit date up to today for someone never enrolled', () => {
    expect(reasonOf('invited', 'exited', { enrolmentDate: null, exitDate: '2020-01-01' })).toBe('ok');
  });

  it('sends inquiries and screenings to closure instead of exit', () => {
    expect(reasonOf('screened', 'exited', {})).toBe('errors.lifecycle.close_screening_instead');
    expect(reasonOf('inquiry', 'exited', {})).toBe('errors.lifecycle.close_screening_instead');
  });
});

describe('canTransition: re-opening an exited case', () => {
  it('is for coordinators only', () => {
    for (const role of ['navigator', 'coach', 'facilitator', null, undefined] as const) {
      expect(reasonOf('exited', 'active', { actorRole: role }), String(role)).toBe('errors.lifecycle.coordinator_only');
    }
  });

  it('requires a reason', () => {
    expect(reasonOf('exited', 'active', { reopenReason: '' })).toBe('errors.lifecycle.reopen_reason_required');
  });

  it('returns an enrolled person to active and a never-enrolled one to invited', () => {
    expect(reasonOf('exited', 'active', { enrolmentDate: null })).toBe(
      'errors.lifecycle.reopen_not_enrolled_to_invited',
    );
    expect(reasonOf('exited', 'invited', {})).toBe('errors.lifecycle.reopen_enrolled_to_active');
    expect(reasonOf('exited', 'invited', { enrolmentDate: null })).toBe('ok');
  });
});

describe('transition', () => {
  it('returns a copy in the new status and leaves the original alone', () => {
    const participant = { id: 3, status: 'intake' as ParticipantStatus };
    const moved = transition(participant, 'active', COMPLETE);
    expect(moved).toEqual({ ok: true, value: { id: 3, status: 'active' } });
    expect(participant.status).toBe('intake');
  });

  it('returns the refusal unchanged', () => {
    expect(transition({ status: 'inquiry' as ParticipantStatus }, 'active', COMPLETE)).toEqual({
      ok: false,
      reason: 'errors.lifecycle.not_allowed',
    });
  });
});

describe('structuralTargets and availableTransitions', () => {
  it('list the moves from each status in journey order', () => {
    expect(structuralTargets('invited')).toEqual(['intake', 'exited']);
    expect(structuralTargets('active')).toEqual(['exited']);
  });

  it('agree with canTransition for every target', () => {
    const facts = { ...COMPLETE, exitDate: null };
    expect(availableTransitions('intake', facts)).toEqual([
      { to: 'active', check: { ok: true } },
      { to: 'exited', check: { ok: false, reason: 'errors.lifecycle.exit_date_required', fields: ['exitDate'] } },
    ]);
  });
});

describe('canRecordCoordinatorDecision', () => {
  it('lets a coordinator decide a borderline or not-eligible screening with a reason', () => {
    expect(canRecordCoordinatorDecision('coordinator', 'borderline', 'Age 44, strong motivation')).toEqual({
      ok: true,
    });
    expect(canRecordCoordinatorDecision('coordinator', 'not_eligible', 'Special circumstances')).toEqual({ ok: true });
  });

  it('refuses other roles, missing or eligible outcomes and blank reasons', () => {
    expect(canRecordCoordinatorDecision('navigator', 'borderline', 'x')).toMatchObject({
      reason: 'errors.lifecycle.coordinator_only',
    });
    expect(canRecordCoordinatorDecision('coordinator', null, 'x')).toMatchObject({
      reason: 'errors.lifecycle.screening_required',
    });
    expect(canRecordCoordinatorDecision('coordinator', 'eligible', 'x')).toMatchObject({
      reason: 'errors.lifecycle.decision_not_needed',
    });
    expect(canRecordCoordinatorDecision('coordinator', 'borderline', ' ')).toMatchObject({
      reason: 'errors.lifecycle.decision_reason_required',
    });
  });
});

describe('isScreeningClosed', () => {
  it('is true for a not-eligible screening without an approved exception', () => {
    expect(isScreeningClosed('screened', { screeningOutcome: 'not_eligible', decision: null })).toBe(true);
    expect(isScreeningClosed('screened', { screeningOutcome: 'not_eligible', decision: 'approved' })).toBe(false);
  });

  it('is true for any screening the coordinator rejected', () => {
    expect(isScreeningClosed('screened', { screeningOutcome: 'borderline', decision: 'rejected' })).toBe(true);
  });

  it('is false for open screenings and for other statuses', () => {
    expect(isScreeningClosed('screened', { screeningOutcome: 'borderline', decision: null })).toBe(false);
    expect(isScreeningClosed('screened', { screeningOutcome: 'eligible' })).toBe(false);
    expect(isScreeningClosed('invited', { screeningOutcome: 'not_eligible', decision: null })).toBe(false);
  });
});

describe('canTransition: each refusal names the fact the form marks', () => {
  const verdict = (from: ParticipantStatus, to: ParticipantStatus, facts: Partial<LifecycleFacts>) =>
    canTransition(from, to, { ...COMPLETE, ...facts });
  const refused = (reason: string, fields?: string[]) =>
    fields
      ? { ok: false, reason: `errors.lifecycle.${reason}`, fields }
      : { ok: false, reason: `errors.lifecycle.${reason}` };

  it.each<[ParticipantStatus, ParticipantStatus, Partial<LifecycleFacts>, string, string[]]>([
    ['invited', 'intake', { coachId: null }, 'coach_required', ['coachId']],
    ['invited', 'intake', { coachId: undefined }, 'coach_required', ['coachId']],
    ['invited', 'intake', { intakeScheduledDate: null }, 'intake_date_required', ['intakeScheduledDate']],
    ['intake', 'active', { enrolmentDate: null }, 'intake_date_required', ['enrolmentDate']],
    ['intake', 'active', { enrolmentDate: '2026-03-16' }, 'intake_date_in_future', ['enrolmentDate']],
    ['intake', 'active', { coachId: null }, 'coach_required', ['coachId']],
    ['intake', 'active', { coachId: undefined }, 'coach_required', ['coachId']],
    ['intake', 'active', { track: null }, 'track_required', ['track']],
    ['intake', 'active', { commitmentSignedDate: null }, 'commitment_required', ['commitmentSignedDate']],
    ['intake', 'active', { commitmentSignedDate: '2026-03-16' }, 'commitment_date_in_future', ['commitmentSignedDate']],
    ['active', 'exited', { exitDate: null }, 'exit_date_required', ['exitDate']],
    ['active', 'exited', { exitReason: null }, 'exit_reason_required', ['exitReason']],
    ['active', 'exited', { exitDate: '2026-03-16' }, 'exit_date_in_future', ['exitDate']],
    ['active', 'exited', { exitDate: '2026-03-09' }, 'exit_before_enrolment', ['exitDate']],
    ['exited', 'active', { reopenReason: '  ' }, 'reopen_reason_required', ['reopenReason']],
    ['exited', 'active', { reopenReason: null }, 'reopen_reason_required', ['reopenReason']],
    ['exited', 'active', { reopenReason: undefined }, 'reopen_reason_required', ['reopenReason']],
    [
      'screened',
      'invited',
      { screeningOutcome: 'borderline', decision: 'approved', decisionReason: null },
      'decision_reason_required',
      ['decisionReason'],
    ],
  ])('%s → %s with %o: %s on %o', (from, to, facts, reason, fields) => {
    expect(verdict(from, to, facts)).toStrictEqual(refused(reason, fields));
  });

  it('names no field for refusals that no form field can fix', () => {
    expect(verdict('screened', 'invited', { screeningOutcome: null })).toStrictEqual(refused('screening_required'));
    expect(verdict('screened', 'invited', { screeningOutcome: undefined })).toStrictEqual(
      refused('screening_required'),
    );
    expect(verdict('active', 'active', {})).toStrictEqual(refused('same_status'));
    expect(verdict('inquiry', 'active', {})).toStrictEqual(refused('not_allowed'));
  });

  it('allows an exit dated today', () => {
    expect(verdict('active', 'exited', { exitDate: TODAY })).toStrictEqual({ ok: true });
  });

  it('refuses a coordinator decision without a reason, naming the reason field', () => {
    for (const reason of [null, undefined, ' '])
      expect(canRecordCoordinatorDecision('coordinator', 'borderline', reason)).toStrictEqual(
        refused('decision_reason_required', ['decisionReason']),
      );
  });
});
