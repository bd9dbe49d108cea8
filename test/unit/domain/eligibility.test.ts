import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CRITERIA,
  eligibilityCriteriaSchema,
  evaluateEligibility,
  screeningAnswersSchema,
  type EligibilityCriteria,
  type EligibilityCriterion,
  type ScreeningAnswers,
} from '../../../electron/domain/eligibility';

const TODAY = '2026-03-15';

/** Answers that meet every default criterion. */
const MEETS_ALL: ScreeningAnswers = {
  birthDate: '1966-05-01',
  outOfWorkSince: '2025-06-01',
  livesInArea: true,
  willingToCome: true,
  soughtJobScope: 'half',
  yearsExperience: 25,
  declaresCapacity: true,
};

const NONE_BUT_AGE: EligibilityCriteria = {
  ageMin: 45,
  ageMax: 75,
  minTimeOutOfWork: null,
  maxYearsOutOfWork: null,
  requireLocalResidence: false,
  minJobScope: null,
  minYearsExperience: null,
  requireSelfDeclaredCapacity: false,
};

function checkOf(
  criterion: EligibilityCriterion,
  answers: ScreeningAnswers,
  criteria: Partial<EligibilityCriteria> = {},
) {
  const evaluation = evaluateEligibility({ ...DEFAULT_CRITERIA, ...criteria }, { ...MEETS_ALL, ...answers }, TODAY);
  const found = evaluation.checks.find((c) => c.criterion === criterion);
  if (found === undefined) throw new Error(`no ${criterion} check`);
  return found;
}

const resultOf = (
  criterion: EligibilityCriterion,
  answers: ScreeningAnswers,
  criteria?: Partial<EligibilityCriteria>,
) => checkOf(criterion, answers, criteria).result;

describe('evaluateEligibility: outcome', () => {
  it('is eligible when every criterion is met, with one check per criterion in order', () => {
    const evaluation = evaluateEligibility(DEFAULT_CRITERIA, MEETS_ALL, TODAY);
    expect(evaluation.outcome).toBe('eligible');
    expect(evaluation.checks.map((c) => [c.criterion, c.result])).toEqual([
      ['age', 'met'],
      ['minTimeOutOfWork', 'met'],
      ['maxYearsOutOfWork', 'met'],
      ['localResidence', 'met'],
      ['jobScope', 'met'],
      ['experience', 'met'],
      ['capacity', 'met'],
    ]);
  });

  it('is borderline when a criterion is near and none is plainly not met', () => {
    expect(evaluateEligibility(DEFAULT_CRITERIA, { ...MEETS_ALL, birthDate: '1982-01-01' }, TODAY).outcome).toBe(
      'borderline',
    );
  });

  it('is borderline when a required answer is missing', () => {
    const { declaresCapacity: _omitted, ...rest } = MEETS_ALL;
    expect(evaluateEligibility(DEFAULT_CRITERIA, rest, TODAY).outcome).toBe('borderline');
    expect(evaluateEligibility(DEFAULT_CRITERIA, {}, TODAY).outcome).toBe('borderline');
  });

  it('is not eligible when any criterion is not met, even if others are near or unknown', () => {
    const answers = { ...MEETS_ALL, birthDate: '1982-01-01', declaresCapacity: false, yearsExperience: undefined };
    expect(evaluateEligibility(DEFAULT_CRITERIA, answers, TODAY).outcome).toBe('not_eligible');
  });

  it('checks only the criteria the centre uses', () => {
    const evaluation = evaluateEligibility(NONE_BUT_AGE, { age: 50 }, TODAY);
    expect(evaluation).toEqual({
      outcome: 'eligible',
      checks: [{ criterion: 'age', result: 'met', detail: { key: 'eligibility.age.met', params: { age: 50 } } }],
    });
  });
});

describe('evaluateEligibility: age', () => {
  it('meets the criterion from the minimum to the maximum age inclusive', () => {
    expect(resultOf('age', { birthDate: undefined, age: 45 })).toBe('met');
    expect(resultOf('age', { birthDate: undefined, age: 75 })).toBe('met');
  });

  it('is near up to two years below the minimum and not met further below', () => {
    expect(resultOf('age', { birthDate: undefined, age: 43 })).toBe('near');
    expect(resultOf('age', { birthDate: undefined, age: 42 })).toBe('not_met');
    expect(checkOf('age', { birthDate: undefined, age: 42 }).detail).toEqual({
      key: 'eligibility.age.belowMin',
      params: { age: 42, min: 45 },
    });
  });

  it('is near up to two years above the maximum and not met further above', () => {
    expect(resultOf('age', { birthDate: undefined, age: 77 })).toBe('near');
    expect(checkOf('age', { birthDate: undefined, age: 78 })).toMatchObject({
      result: 'not_met',
      detail: { key: 'eligibility.age.aboveMax', params: { age: 78, max: 75 } },
    });
  });

  it('has no upper limit when the maximum is unset', () => {
    expect(resultOf('age', { birthDate: undefined, age: 90 }, { ageMax: null })).toBe('met');
  });

  it('uses the birth date in completed years, in preference to a stated age', () => {
    expect(resultOf('age', { birthDate: '1981-03-15', age: 30 })).toBe('met'); // 45 today
    expect(checkOf('age', { birthDate: '1981-03-16' }).detail.params).toEqual({ age: 44, min: 45 });
  });

  it('is unknown without an age, or with a birth date in the future', () => {
    expect(resultOf('age', { birthDate: undefined })).toBe('unknown');
    expect(resultOf('age', { birthDate: '2026-03-16' })).toBe('unknown');
  });

  it('follows a configured minimum', () => {
    expect(resultOf('age', { birthDate: undefined, age: 45 }, { ageMin: 50 })).toBe('not_met');
    expect(resultOf('age', { birthDate: undefined, age: 48 }, { ageMin: 50 })).toBe('near');
  });
});

describe('evaluateEligibility: minimum time out of work', () => {
  it('is met once the minimum period has passed since the first day out of work', () => {
    expect(resultOf('minTimeOutOfWork', { outOfWorkSince: '2026-03-01' }, { minTimeOutOfWork: '2w' })).toBe('met');
    expect(resultOf('minTimeOutOfWork', { outOfWorkSince: '2026-02-15' }, { minTimeOutOfWork: '1m' })).toBe('met');
    expect(resultOf('minTimeOutOfWork', { outOfWorkSince: '2026-01-15' }, { minTimeOutOfWork: '2m' })).toBe('met');
  });

  it('is near when the period will be reached within two weeks, naming that date', () => {
    expect(checkOf('minTimeOutOfWork', { outOfWorkSince: '2026-01-16' }, { minTimeOutOfWork: '2m' })).toEqual({
      criterion: 'minTimeOutOfWork',
      result: 'near',
      detail: { key: 'eligibility.minTimeOutOfWork.short', params: { required: '2m', date: '16/03/2026' } },
    });
    expect(resultOf('minTimeOutOfWork', { outOfWorkSince: '2026-03-15' }, { minTimeOutOfWork: '2w' })).toBe('near');
    expect(resultOf('minTimeOutOfWork', { outOfWorkSince: '2026-02-28' }, { minTimeOutOfWork: '1m' })).toBe('near');
  });

  it('is not met further off, including someone still at work', () => {
    expect(resultOf('minTimeOutOfWork', { outOfWorkSince: '2026-02-13' }, { minTimeOutOfWork: '2m' })).toBe('not_met');
    expect(resultOf('minTimeOutOfWork', { outOfWorkSince: '2026-03-16' }, { minTimeOutOfWork: '2w' })).toBe('not_met');
  });

  it('compares whole months when only the number of months is known', () => {
    const byMonths = (months: number, required: '2w' | '1m' | '2m') =>
      resultOf(
        'minTimeOutOfWork',
        { outOfWorkSince: undefined, outOfWorkMonths: months },
        { minTimeOutOfWork: required },
      );
    expect(byMonths(1, '1m')).toBe('met');
    expect(byMonths(0.5, '1m')).toBe('near');
    expect(byMonths(0, '1m')).toBe('not_met');
    expect(byMonths(0.25, '2w')).toBe('near');
    expect(byMonths(0, '2w')).toBe('not_met');
    expect(byMonths(1.5, '2m')).toBe('near');
    expect(byMonths(1, '2m')).toBe('not_met');
    expect(
      checkOf('minTimeOutOfWork', { outOfWorkSince: undefined, outOfWorkMonths: 1 }, { minTimeOutOfWork: '2m' }).detail,
    ).toEqual({ key: 'eligibility.minTimeOutOfWork.shortMonths', params: { required: '2m', months: 1 } });
  });

  it('prefers the date to the number of months', () => {
    expect(
      resultOf('minTimeOutOfWork', { outOfWorkSince: '2026-03-10', outOfWorkMonths: 12 }, { minTimeOutOfWork: '1m' }),
    ).toBe('not_met');
  });

  it('is unknown without either answer', () => {
    expect(resultOf('minTimeOutOfWork', { outOfWorkSince: undefined })).toBe('unknown');
  });
});

describe('evaluateEligibility: maximum time out of work', () => {
  const since = (date: string) => resultOf('maxYearsOutOfWork', { outOfWorkSince: date }, { maxYearsOutOfWork: 3 });

  it('is met up to exactly the maximum number of years', () => {
    expect(since('2023-03-15')).toBe('met');
    expect(since('2026-04-01')).toBe('met'); // still at work
  });

  it('is near up to 20% over the maximum and not met beyond', () => {
    expect(since('2023-03-14')).toBe('near');
    expect(since('2022-08-15')).toBe('near'); // 43 months
    expect(since('2022-08-14')).toBe('not_met');
    expect(checkOf('maxYearsOutOfWork', { outOfWorkSince: '2020-01-01' }, { maxYearsOutOfWork: 3 }).detail).toEqual({
      key: 'eligibility.maxYearsOutOfWork.over',
      params: { max: 3, years: 6 },
    });
  });

  it('compares months when only the number of months is known', () => {
    const months = (m: number) =>
      resultOf('maxYearsOutOfWork', { outOfWorkSince: undefined, outOfWorkMonths: m }, { maxYearsOutOfWork: 10 });
    expect(months(120)).toBe('met');
    expect(months(121)).toBe('near');
    expect(months(144)).toBe('near');
    expect(months(145)).toBe('not_met');
  });

  it('is unknown without either answer', () => {
    expect(resultOf('maxYearsOutOfWork', { outOfWorkSince: undefined })).toBe('unknown');
  });
});

describe('evaluateEligibility: living in the area and coming to the centre', () => {
  it('is met when the person lives in the area and is willing to come', () => {
    expect(resultOf('localResidence', { livesInArea: true, willingToCome: true })).toBe('met');
  });

  it('is near when the person lives outside the area but is willing to come', () => {
    expect(checkOf('localResidence', { livesInArea: false, willingToCome: true })).toMatchObject({
      result: 'near',
      detail: { key: 'eligibility.localResidence.outsideArea' },
    });
    expect(resultOf('localResidence', { livesInArea: false, willingToCome: undefined })).toBe('near');
  });

  it('is not met when the person will not come to the centre', () => {
    expect(resultOf('localResidence', { livesInArea: true, willingToCome: false })).toBe('not_met');
    expect(resultOf('localResidence', { livesInArea: false, willingToCome: false })).toBe('not_met');
  });

  it('is unknown while either answer is missing and nothing rules it out', () => {
    expect(resultOf('localResidence', { livesInArea: undefined, willingToCome: true })).toBe('unknown');
    expect(resultOf('localResidence', { livesInArea: true, willingToCome: undefined })).toBe('unknown');
  });
});

describe('evaluateEligibility: job scope sought', () => {
  it('is met at or above the minimum scope', () => {
    expect(resultOf('jobScope', { soughtJobScope: 'third' }, { minJobScope: 'third' })).toBe('met');
    expect(resultOf('jobScope', { soughtJobScope: 'full' }, { minJobScope: 'half' })).toBe('met');
  });

  it('is near one step below the minimum and not met further below', () => {
    expect(resultOf('jobScope', { soughtJobScope: 'quarter' }, { minJobScope: 'third' })).toBe('near');
    expect(checkOf('jobScope', { soughtJobScope: 'quarter' }, { minJobScope: 'half' })).toMatchObject({
      result: 'not_met',
      detail: { key: 'eligibility.jobScope.belowMin', params: { sought: 'quarter', min: 'half' } },
    });
  });

  it('is unknown without an answer', () => {
    expect(resultOf('jobScope', { soughtJobScope: undefined })).toBe('unknown');
  });
});

describe('evaluateEligibility: work experience', () => {
  it('is met at the minimum years', () => {
    expect(resultOf('experience', { yearsExperience: 10 }, { minYearsExperience: 10 })).toBe('met');
  });

  it('is near from 80% of the minimum and not met below', () => {
    expect(resultOf('experience', { yearsExperience: 8 }, { minYearsExperience: 10 })).toBe('near');
    expect(resultOf('experience', { yearsExperience: 7.9 }, { minYearsExperience: 10 })).toBe('not_met');
    expect(resultOf('experience', { yearsExperience: 16 }, { minYearsExperience: 20 })).toBe('near');
    expect(checkOf('experience', { yearsExperience: 3 }, { minYearsExperience: 5 }).detail).toEqual({
      key: 'eligibility.experience.belowMin',
      params: { years: 3, min: 5 },
    });
  });

  it('is unknown without an answer', () => {
    expect(resultOf('experience', { yearsExperience: undefined })).toBe('unknown');
  });
});

describe('evaluateEligibility: self-declared capacity to work', () => {
  it('is met when declared, not met when denied, unknown when not asked', () => {
    expect(resultOf('capacity', { declaresCapacity: true })).toBe('met');
    expect(checkOf('capacity', { declaresCapacity: false }).detail.key).toBe('eligibility.capacity.notDeclared');
    expect(resultOf('capacity', { declaresCapacity: false })).toBe('not_met');
    expect(resultOf('capacity', { declaresCapacity: undefined })).toBe('unknown');
  });
});

describe('eligibilityCriteriaSchema', () => {
  it('accepts the defaults and a minimal set', () => {
    expect(eligibilityCriteriaSchema.safeParse(DEFAULT_CRITERIA).success).toBe(true);
    expect(eligibilityCriteriaSchema.safeParse(NONE_BUT_AGE).success).toBe(true);
  });

  it('defaults to ages 45–75', () => {
    expect([DEFAULT_CRITERIA.ageMin, DEFAULT_CRITERIA.ageMax]).toEqual([45, 75]);
  });

  it('rejects a maximum age below the minimum, naming ageMax', () => {
    const parsed = eligibilityCriteriaSchema.safeParse({ ...DEFAULT_CRITERIA, ageMin: 50, ageMax: 49 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['ageMax'], message: 'validation.eligibility.age_range' });
  });

  it('accepts only the option values the report lists', () => {
    for (const bad of [
      { maxYearsOutOfWork: 4 },
      { minYearsExperience: 7 },
      { minTimeOutOfWork: '3w' },
      { minJobScope: 'full' },
    ]) {
      expect(eligibilityCriteriaSchema.safeParse({ ...DEFAULT_CRITERIA, ...bad }).success, JSON.stringify(bad)).toBe(
        false,
      );
    }
  });

  it('rejects unknown keys', () => {
    expect(eligibilityCriteriaSchema.safeParse({ ...DEFAULT_CRITERIA, requireHebrew: true }).success).toBe(false);
  });
});

describe('screeningAnswersSchema', () => {
  it('accepts partial answers', () => {
    expect(screeningAnswersSchema.safeParse({}).success).toBe(true);
    expect(screeningAnswersSchema.safeParse(MEETS_ALL).success).toBe(true);
  });

  it('rejects impossible dates, negative numbers and unknown keys', () => {
    for (const bad of [{ birthDate: '1970-02-30' }, { outOfWorkMonths: -1 }, { yearsExperience: -2 }, { salary: 1 }]) {
      expect(screeningAnswersSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
