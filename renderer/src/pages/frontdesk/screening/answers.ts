import type { JobScope } from '../../../../../electron/domain/codes';
import type { EligibilityCriteria, ScreeningAnswers } from '../../../../../electron/domain/eligibility';

export type TriState = 'yes' | 'no' | 'unknown';

/** The checklist as the navigator fills it in: every answer may still be unknown. */
export interface AnswerValues {
  ageMode: 'birthDate' | 'age';
  birthDate: string | null;
  age: number | string;
  outOfWorkMode: 'since' | 'months';
  outOfWorkSince: string | null;
  outOfWorkMonths: number | string;
  livesInArea: TriState;
  willingToCome: TriState;
  soughtJobScope: JobScope | 'unknown';
  yearsExperience: number | string;
  declaresCapacity: TriState;
}

/** Starts from what the inquiry already recorded (birth date, or the age given on the phone). */
export function initialAnswers(person: { birthDate: string | null; age: number | null }): AnswerValues {
  return {
    ageMode: person.birthDate !== null || person.age === null ? 'birthDate' : 'age',
    birthDate: person.birthDate,
    age: person.birthDate === null && person.age !== null ? person.age : '',
    outOfWorkMode: 'since',
    outOfWorkSince: null,
    outOfWorkMonths: '',
    livesInArea: 'unknown',
    willingToCome: 'unknown',
    soughtJobScope: 'unknown',
    yearsExperience: '',
    declaresCapacity: 'unknown',
  };
}

const tri = (value: TriState): boolean | undefined => (value === 'unknown' ? undefined : value === 'yes');
const num = (value: number | string): number | undefined =>
  value === '' || !Number.isFinite(Number(value)) ? undefined : Number(value);

/** Which questions the centre's criteria need; age is always asked. */
export function askedQuestions(criteria: EligibilityCriteria) {
  return {
    outOfWork: criteria.minTimeOutOfWork !== null || criteria.maxYearsOutOfWork !== null,
    residence: criteria.requireLocalResidence,
    jobScope: criteria.minJobScope !== null,
    experience: criteria.minYearsExperience !== null,
    capacity: criteria.requireSelfDeclaredCapacity,
  };
}

/** Only known answers go to the server; a question the centre does not ask is left out. */
export function toScreeningAnswers(values: AnswerValues, criteria: EligibilityCriteria): ScreeningAnswers {
  const asked = askedQuestions(criteria);
  const answers: ScreeningAnswers = {};
  if (values.ageMode === 'birthDate' && values.birthDate) answers.birthDate = values.birthDate;
  const age = num(values.age);
  if (values.ageMode === 'age' && age !== undefined && Number.isInteger(age)) answers.age = age;
  if (asked.outOfWork) {
    if (values.outOfWorkMode === 'since' && values.outOfWorkSince) answers.outOfWorkSince = values.outOfWorkSince;
    const months = num(values.outOfWorkMonths);
    if (values.outOfWorkMode === 'months' && months !== undefined) answers.outOfWorkMonths = months;
  }
  if (asked.residence) {
    const lives = tri(values.livesInArea);
    const willing = tri(values.willingToCome);
    if (lives !== undefined) answers.livesInArea = lives;
    if (willing !== undefined) answers.willingToCome = willing;
  }
  if (asked.jobScope && values.soughtJobScope !== 'unknown') answers.soughtJobScope = values.soughtJobScope;
  const years = num(values.yearsExperience);
  if (asked.experience && years !== undefined) answers.yearsExperience = years;
  const capacity = tri(values.declaresCapacity);
  if (asked.capacity && capacity !== undefined) answers.declaresCapacity = capacity;
  return answers;
}
