/**
 * The routing call's eligibility check against the centre's written criteria (DOMAIN.md,
 * "Eligibility criteria"). Each criterion the centre uses yields one check: met, not met,
 * near (just short — the "almost meets them" case the coordinator decides), or unknown (not
 * asked or not answered). The outcome:
 *   - not_eligible when any check is not met;
 *   - otherwise borderline when any check is near or unknown, so a coordinator looks at it
 *     rather than a missing answer letting someone through or turning them away;
 *   - otherwise eligible.
 * "Near" means: age at most 2 years below the minimum or above the maximum; at most 2 weeks
 * short of the minimum time out of work (with whole months: half a month short, and out of
 * work at all); out of work at most 20% longer than the maximum; seeking a job scope one
 * step below the minimum; at least 80% of the required experience; living outside the area
 * but willing to come to the centre.
 */
import { z } from 'zod';
import { jobScopes, jobScopeSchema, type JobScope } from './codes';
import { addDays, addMonthsClamped, ageOn, completedMonths, formatDisplayDate, isoDateSchema } from './dates';
import type { IsoDate } from './dates';

export const minTimeOutOfWorkOptions = ['2w', '1m', '2m'] as const;
export type MinTimeOutOfWork = (typeof minTimeOutOfWorkOptions)[number];
export const maxYearsOutOfWorkOptions = [3, 10, 20] as const;
export const minJobScopeOptions = ['quarter', 'third', 'half'] as const;
export const minYearsExperienceOptions = [5, 10, 20] as const;

export const eligibilityCriteriaSchema = z
  .object({
    ageMin: z.number().int().min(18).max(99),
    ageMax: z.number().int().min(18).max(120).nullable(),
    minTimeOutOfWork: z.enum(minTimeOutOfWorkOptions).nullable(),
    maxYearsOutOfWork: z.literal(maxYearsOutOfWorkOptions).nullable(),
    requireLocalResidence: z.boolean(),
    minJobScope: z.enum(minJobScopeOptions).nullable(),
    minYearsExperience: z.literal(minYearsExperienceOptions).nullable(),
    requireSelfDeclaredCapacity: z.boolean(),
  })
  .strict()
  .refine((c) => c.ageMax === null || c.ageMax >= c.ageMin, {
    message: 'validation.eligibility.age_range',
    path: ['ageMax'],
  });
export type EligibilityCriteria = z.infer<typeof eligibilityCriteriaSchema>;

/**
 * The programme's age band with the least restrictive of the report's other options, so a
 * centre that has not yet written its criteria turns nobody away by default.
 */
export const DEFAULT_CRITERIA: EligibilityCriteria = Object.freeze({
  ageMin: 45,
  ageMax: 75,
  minTimeOutOfWork: '2w',
  maxYearsOutOfWork: 20,
  requireLocalResidence: true,
  minJobScope: 'quarter',
  minYearsExperience: 5,
  requireSelfDeclaredCapacity: true,
});

/** What the navigator learned on the call; everything is optional because calls are partial. */
export const screeningAnswersSchema = z
  .object({
    age: z.number().int().min(0).max(130).optional(),
    birthDate: isoDateSchema.optional(),
    /** The first day out of work; preferred to outOfWorkMonths when both are known. */
    outOfWorkSince: isoDateSchema.optional(),
    outOfWorkMonths: z.number().min(0).max(1200).optional(),
    livesInArea: z.boolean().optional(),
    willingToCome: z.boolean().optional(),
    soughtJobScope: jobScopeSchema.optional(),
    yearsExperience: z.number().min(0).max(80).optional(),
    declaresCapacity: z.boolean().optional(),
  })
  .strict();
export type ScreeningAnswers = z.infer<typeof screeningAnswersSchema>;

export type EligibilityCriterion =
  'age' | 'minTimeOutOfWork' | 'maxYearsOutOfWork' | 'localResidence' | 'jobScope' | 'experience' | 'capacity';
export type CheckResult = 'met' | 'not_met' | 'near' | 'unknown';
export type EligibilityOutcome = 'eligible' | 'not_eligible' | 'borderline';

export interface EligibilityCheck {
  criterion: EligibilityCriterion;
  result: CheckResult;
  /** i18n key under `eligibility.` and its interpolation values (numbers, codes, display dates). */
  detail: { key: string; params: Record<string, string | number> };
}

export interface EligibilityEvaluation {
  outcome: EligibilityOutcome;
  checks: EligibilityCheck[];
}

export const AGE_NEAR_YEARS = 2;
export const OUT_OF_WORK_NEAR_DAYS = 14;
export const MAX_OUT_OF_WORK_NEAR_FACTOR = 1.2;
export const EXPERIENCE_NEAR_FACTOR = 0.8;

function check(
  criterion: EligibilityCriterion,
  result: CheckResult,
  detail: string,
  params: Record<string, string | number> = {},
): EligibilityCheck {
  return { criterion, result, detail: { key: `eligibility.${criterion}.${detail}`, params } };
}

function knownAge(answers: ScreeningAnswers, today: IsoDate): number | undefined {
  if (answers.birthDate !== undefined) return answers.birthDate <= today ? ageOn(answers.birthDate, today) : undefined;
  return answers.age;
}

function checkAge(criteria: EligibilityCriteria, answers: ScreeningAnswers, today: IsoDate): EligibilityCheck {
  const age = knownAge(answers, today);
  if (age === undefined) return check('age', 'unknown', 'unknown');
  if (age < criteria.ageMin) {
    const result = criteria.ageMin - age <= AGE_NEAR_YEARS ? 'near' : 'not_met';
    return check('age', result, 'belowMin', { age, min: criteria.ageMin });
  }
  if (criteria.ageMax !== null && age > criteria.ageMax) {
    const result = age - criteria.ageMax <= AGE_NEAR_YEARS ? 'near' : 'not_met';
    return check('age', result, 'aboveMax', { age, max: criteria.ageMax });
  }
  return check('age', 'met', 'met', { age });
}

const MIN_OUT_OF_WORK_MONTHS: Record<MinTimeOutOfWork, number> = { '2w': 0.5, '1m': 1, '2m': 2 };

function minOutOfWorkReachedOn(since: IsoDate, required: MinTimeOutOfWork): IsoDate {
  return required === '2w' ? addDays(since, 14) : addMonthsClamped(since, MIN_OUT_OF_WORK_MONTHS[required]);
}

function checkMinTimeOutOfWork(
  required: MinTimeOutOfWork,
  answers: ScreeningAnswers,
  today: IsoDate,
): EligibilityCheck {
  if (answers.outOfWorkSince !== undefined) {
    const reachedOn = minOutOfWorkReachedOn(answers.outOfWorkSince, required);
    if (reachedOn <= today) return check('minTimeOutOfWork', 'met', 'met', { required });
    const result = reachedOn <= addDays(today, OUT_OF_WORK_NEAR_DAYS) ? 'near' : 'not_met';
    return check('minTimeOutOfWork', result, 'short', { required, date: formatDisplayDate(reachedOn) });
  }
  if (answers.outOfWorkMonths !== undefined) {
    const months = answers.outOfWorkMonths;
    const requiredMonths = MIN_OUT_OF_WORK_MONTHS[required];
    if (months >= requiredMonths) return check('minTimeOutOfWork', 'met', 'met', { required });
    const result = months > 0 && months >= requiredMonths - 0.5 ? 'near' : 'not_met';
    return check('minTimeOutOfWork', result, 'shortMonths', { required, months });
  }
  return check('minTimeOutOfWork', 'unknown', 'unknown', { required });
}

function checkMaxYearsOutOfWork(maxYears: number, answers: ScreeningAnswers, today: IsoDate): EligibilityCheck {
  const allowedMonths = maxYears * 12;
  const nearMonths = Math.round(allowedMonths * MAX_OUT_OF_WORK_NEAR_FACTOR);
  if (answers.outOfWorkSince !== undefined) {
    const since = answers.outOfWorkSince;
    if (since > today || today <= addMonthsClamped(since, allowedMonths)) {
      return check('maxYearsOutOfWork', 'met', 'met', { max: maxYears });
    }
    const result = today <= addMonthsClamped(since, nearMonths) ? 'near' : 'not_met';
    return check('maxYearsOutOfWork', result, 'over', {
      max: maxYears,
      years: Math.floor(completedMonths(since, today) / 12),
    });
  }
  if (answers.outOfWorkMonths !== undefined) {
    const months = answers.outOfWorkMonths;
    if (months <= allowedMonths) return check('maxYearsOutOfWork', 'met', 'met', { max: maxYears });
    const result = months <= nearMonths ? 'near' : 'not_met';
    return check('maxYearsOutOfWork', result, 'over', { max: maxYears, years: Math.floor(months / 12) });
  }
  return check('maxYearsOutOfWork', 'unknown', 'unknown', { max: maxYears });
}

function checkLocalResidence(answers: ScreeningAnswers): EligibilityCheck {
  if (answers.willingToCome === false) return check('localResidence', 'not_met', 'notWilling');
  if (answers.livesInArea === false) return check('localResidence', 'near', 'outsideArea');
  if (answers.livesInArea === true && answers.willingToCome === true) return check('localResidence', 'met', 'met');
  return check('localResidence', 'unknown', 'unknown');
}

function checkJobScope(min: JobScope, answers: ScreeningAnswers): EligibilityCheck {
  const sought = answers.soughtJobScope;
  if (sought === undefined) return check('jobScope', 'unknown', 'unknown', { min });
  const gap = jobScopes.indexOf(min) - jobScopes.indexOf(sought);
  if (gap <= 0) return check('jobScope', 'met', 'met', { sought, min });
  return check('jobScope', gap === 1 ? 'near' : 'not_met', 'belowMin', { sought, min });
}

function checkExperience(minYears: number, answers: ScreeningAnswers): EligibilityCheck {
  const years = answers.yearsExperience;
  if (years === undefined) return check('experience', 'unknown', 'unknown', { min: minYears });
  if (years >= minYears) return check('experience', 'met', 'met', { years, min: minYears });
  const result = years >= minYears * EXPERIENCE_NEAR_FACTOR ? 'near' : 'not_met';
  return check('experience', result, 'belowMin', { years, min: minYears });
}

function checkCapacity(answers: ScreeningAnswers): EligibilityCheck {
  if (answers.declaresCapacity === true) return check('capacity', 'met', 'met');
  if (answers.declaresCapacity === false) return check('capacity', 'not_met', 'notDeclared');
  return check('capacity', 'unknown', 'unknown');
}

function outcomeOf(checks: readonly EligibilityCheck[]): EligibilityOutcome {
  if (checks.some((c) => c.result === 'not_met')) return 'not_eligible';
  if (checks.some((c) => c.result === 'near' || c.result === 'unknown')) return 'borderline';
  return 'eligible';
}

/** Checks appear in the order of the criteria list, one per criterion the centre uses. */
export function evaluateEligibility(
  criteria: EligibilityCriteria,
  answers: ScreeningAnswers,
  today: IsoDate,
): EligibilityEvaluation {
  const checks: EligibilityCheck[] = [checkAge(criteria, answers, today)];
  if (criteria.minTimeOutOfWork !== null) checks.push(checkMinTimeOutOfWork(criteria.minTimeOutOfWork, answers, today));
  if (criteria.maxYearsOutOfWork !== null)
    checks.push(checkMaxYearsOutOfWork(criteria.maxYearsOutOfWork, answers, today));
  if (criteria.requireLocalResidence) checks.push(checkLocalResidence(answers));
  if (criteria.minJobScope !== null) checks.push(checkJobScope(criteria.minJobScope, answers));
  if (criteria.minYearsExperience !== null) checks.push(checkExperience(criteria.minYearsExperience, answers));
  if (criteria.requireSelfDeclaredCapacity) checks.push(checkCapacity(answers));
  return { outcome: outcomeOf(checks), checks };
}
