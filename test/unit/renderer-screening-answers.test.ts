import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, evaluateEligibility, type ScreeningAnswers } from '../../electron/domain/eligibility';
import { initialAnswers, toScreeningAnswers } from '../../renderer/src/pages/frontdesk/screening/answers';
import { homeEndChoice } from '../../renderer/src/components/segment-keys';
import { outcomeChangeToConfirm } from '../../renderer/src/pages/frontdesk/screening/outcome-change';

const eligibleCall: ScreeningAnswers = {
  birthDate: '1970-03-01',
  outOfWorkSince: '2026-01-01',
  livesInArea: true,
  willingToCome: true,
  soughtJobScope: 'full',
  yearsExperience: 12,
  declaresCapacity: true,
};

describe('a reopened routing call', () => {
  it('shows the answers that were saved, not "unknown"', () => {
    const values = initialAnswers({ birthDate: null, age: null, screening: { answers: eligibleCall } });
    expect(values.livesInArea).toBe('yes');
    expect(values.willingToCome).toBe('yes');
    expect(values.declaresCapacity).toBe('yes');
    expect(values.soughtJobScope).toBe('full');
    expect(values.yearsExperience).toBe(12);
  });

  it('saved again unchanged sends the same answers and keeps the recorded outcome', () => {
    const today = '2026-11-30';
    const recorded = evaluateEligibility(DEFAULT_CRITERIA, eligibleCall, today).outcome;
    expect(recorded).toBe('eligible');
    const resent = toScreeningAnswers(
      initialAnswers({ birthDate: '1970-03-01', age: 56, screening: { answers: eligibleCall } }),
      DEFAULT_CRITERIA,
    );
    expect(resent).toEqual(eligibleCall);
    expect(evaluateEligibility(DEFAULT_CRITERIA, resent, today).outcome).toBe(recorded);
  });

  it('keeps an age given on the phone and months out of work as they were answered', () => {
    const byAge: ScreeningAnswers = { age: 50, outOfWorkMonths: 7, declaresCapacity: false };
    const values = initialAnswers({ birthDate: null, age: 50, screening: { answers: byAge } });
    expect(values.ageMode).toBe('age');
    expect(values.outOfWorkMode).toBe('months');
    expect(values.declaresCapacity).toBe('no');
    expect(toScreeningAnswers(values, DEFAULT_CRITERIA)).toEqual(byAge);
  });

  it('a first call still starts from what the inquiry recorded', () => {
    const values = initialAnswers({ birthDate: null, age: 61, screening: { answers: null } });
    expect(values).toMatchObject({ ageMode: 'age', age: 61, livesInArea: 'unknown' });
  });
});

describe('a save that would change a recorded outcome', () => {
  it('asks first only when there is a recorded outcome and the new one differs', () => {
    expect(outcomeChangeToConfirm(null, 'borderline')).toBeNull();
    expect(outcomeChangeToConfirm('eligible', 'eligible')).toBeNull();
    expect(outcomeChangeToConfirm('eligible', 'borderline')).toEqual({ from: 'eligible', to: 'borderline' });
  });
});

describe('the yes/no/unknown choices', () => {
  it('jump to the first choice on Home and the last on End, and ignore other keys', () => {
    const choices = ['yes', 'no', 'unknown'];
    expect(homeEndChoice('Home', choices)).toBe('yes');
    expect(homeEndChoice('End', choices)).toBe('unknown');
    expect(homeEndChoice('ArrowLeft', choices)).toBeNull();
    expect(homeEndChoice('End', [])).toBeNull();
  });
});
