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

const fromBoolean = (value: boolean | undefined): TriState => (value === undefined ? 'unknown' : value ? 'yes' : 'no');

/**
 * Starts from the saved routing call when there is one, so reopening it shows what was recorded
 * (and saving again unchanged keeps its outcome); otherwise from what the inquiry recorded
 * (birth date, or the age given on the phone).
 */
export function initialAnswers(person: {
  birthDate: string | null;
  age: number | null;
  screening?: { answers: ScreeningAnswers | null };
}): AnswerValues {
  const saved = person.screening?.answers ?? null;
  const birthDate = saved?.birthDate ?? person.birthDate;
  const age = saved ? (saved.birthDate === undefined ? (saved.age ?? null) : null) : person.age;
  return {
    ageMode: birthDate !== null || age === null ? 'birthDate' : 'age',
    birthDate,
    age: birthDate === null && age !== null ? age : '',
    outOfWorkMode: saved?.outOfWorkSince === undefined && saved?.outOfWorkMonths !== undefined ? 'months' : 'since',
    outOfWorkSince: saved?.outOfWorkSince ?? null,
    outOfWorkMonths: saved?.outOfWorkMonths ?? '',
    livesInArea: fromBoolean(saved?.livesInArea),
    willingToCome: fromBoolean(saved?.willingToCome),
    soughtJobScope: saved?.soughtJobScope ?? 'unknown',
    yearsExperience: saved?.yearsExperience ?? '',
    declaresCapacity: fromBoolean(saved?.declaresCapacity),
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
