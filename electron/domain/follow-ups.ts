/**
 * Retention follow-ups (pure rules). The first programme placement (CRF-1 §5: enrolmentDate ≤
 * startDate; earliest start, ties by the smallest placement id compared as strings) sets four
 * follow-ups due at 6, 12, 15 and 24 months (CRF-1 addMonths, clamped to the month's end).
 * A coach's answer updates the placements, so that CRF-1's retention figures — computed from
 * placements alone, where an empty endDate means ongoing (§7) — follow what the person said.
 */
import { AppError } from './app-error';
import { followUpMonths, type FollowUpAnswer, type FollowUpState } from './casework';
import { addDays, addMonthsClamped, startOfWeekSunday, type IsoDate } from './dates';

/** An unanswered call is tried again this many days later. */
export const RETRY_AFTER_DAYS = 7;
/** The third unanswered try marks the follow-up unreachable. */
export const MAX_TRIES = 3;

export interface PlacementDates {
  id: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export interface FollowUpRecord {
  months: number;
  dueDate: IsoDate;
  state: FollowUpState;
  attempts: number;
  nextTryDate: IsoDate | null;
  placementId: number;
}

/** CRF-1 §5: a placement that starts on or after enrolment. Nobody un-enrolled has one. */
export function isProgrammePlacement(placement: { startDate: IsoDate }, enrolmentDate: IsoDate | null): boolean {
  return enrolmentDate !== null && enrolmentDate <= placement.startDate;
}

/** CRF-1 §5 first placement: the earliest programme placement; ties by the smallest id as a string. */
export function firstProgrammePlacement<P extends PlacementDates>(
  placements: readonly P[],
  enrolmentDate: IsoDate | null,
): P | undefined {
  let first: P | undefined;
  for (const p of placements) {
    if (!isProgrammePlacement(p, enrolmentDate)) continue;
    if (
      !first ||
      p.startDate < first.startDate ||
      (p.startDate === first.startDate && String(p.id) < String(first.id))
    ) {
      first = p;
    }
  }
  return first;
}

/** The four due dates from the first programme placement's start. */
export function followUpSchedule(firstStart: IsoDate): { months: number; dueDate: IsoDate }[] {
  return followUpMonths.map((months) => ({ months, dueDate: addMonthsClamped(firstStart, months) }));
}

/** Not yet answered: still waiting for a call that gets through. */
export function isOpenFollowUp(state: FollowUpState): boolean {
  return state === 'pending' || state === 'retry';
}

/** When the follow-up is next to be called: the retry date after an unanswered try, else the due date. */
export function nextCallDate(f: Pick<FollowUpRecord, 'state' | 'dueDate' | 'nextTryDate'>): IsoDate {
  return f.state === 'retry' && f.nextTryDate ? f.nextTryDate : f.dueDate;
}

export type QueueScope = 'week' | 'overdue' | 'all';

/**
 * The call dates a queue view covers: `overdue` before today; `week` from today to the
 * Saturday of this Sunday-first week; `all` every open follow-up.
 */
export function queueBounds(scope: QueueScope, today: IsoDate): { before?: IsoDate; from?: IsoDate; to?: IsoDate } {
  if (scope === 'overdue') return { before: today };
  if (scope === 'week') return { from: today, to: addDays(startOfWeekSunday(today), 6) };
  return {};
}

/** Whether an open follow-up called on `callDate` belongs in the queue view. */
export function inQueueScope(callDate: IsoDate, scope: QueueScope, today: IsoDate): boolean {
  const { before, from, to } = queueBounds(scope, today);
  return (
    (before === undefined || callDate < before) &&
    (from === undefined || callDate >= from) &&
    (to === undefined || callDate <= to)
  );
}

/**
 * Re-dates the open follow-ups from a (new) first programme placement: an earlier programme
 * placement recorded later moves every retention point. Answered follow-ups are history and
 * keep their dates. Returns only the follow-ups that change.
 */
export function redateOpenFollowUps<F extends FollowUpRecord>(
  followUps: readonly F[],
  first: PlacementDates,
): (F & { dueDate: IsoDate; placementId: number })[] {
  const changed: (F & { dueDate: IsoDate; placementId: number })[] = [];
  for (const f of followUps) {
    if (!isOpenFollowUp(f.state)) continue;
    const dueDate = addMonthsClamped(first.startDate, f.months);
    if (dueDate !== f.dueDate || first.id !== f.placementId) changed.push({ ...f, dueDate, placementId: first.id });
  }
  return changed;
}

export interface AnswerInput {
  answer: FollowUpAnswer;
  /** not_employed: the last day worked in the job asked about; employed_elsewhere: optional, the same. */
  endDate?: IsoDate | undefined;
  /** employed_elsewhere: the new job's start date (the new placement itself is saved by the caller). */
  newStartDate?: IsoDate | undefined;
}

export interface AnswerEffect {
  state: FollowUpState;
  attempts: number;
  nextTryDate: IsoDate | null;
  /** Set when the follow-up is answered (every answer but a retry). */
  answeredDate: IsoDate | null;
  /** What happens to the placement the follow-up asks about: ongoing (null) or ended on a date. */
  placementEnd?: { endDate: IsoDate | null } | undefined;
  /** employed_elsewhere: a new placement is to be opened, and later follow-ups ask about it. */
  opensPlacement: boolean;
}

const invalid = (path: string, message: string) =>
  new AppError('invalid_input', 'errors.invalid_input', [{ path, message }]);

/**
 * What an answer does. same_job: the job is ongoing (an end date recorded by mistake is
 * cleared). employed_elsewhere: the old job ends (on the given date, else the day before the
 * new one starts, never before it began) and a new placement opens. not_employed: the job
 * ended on the date asked. no_answer: tried again in 7 days; the third try without an answer
 * marks it unreachable. Only an open follow-up can be answered.
 */
export function answerFollowUp(
  followUp: FollowUpRecord,
  placement: PlacementDates,
  input: AnswerInput,
  today: IsoDate,
): AnswerEffect {
  if (!isOpenFollowUp(followUp.state)) throw new AppError('conflict', 'errors.followups.already_answered');
  const answered = { attempts: followUp.attempts + 1, nextTryDate: null, answeredDate: today, opensPlacement: false };
  switch (input.answer) {
    case 'same_job':
      return { ...answered, state: 'same_job', placementEnd: { endDate: null } };
    case 'not_employed': {
      if (!input.endDate) throw invalid('endDate', 'validation.required');
      if (input.endDate < placement.startDate) throw invalid('endDate', 'validation.dateOrder');
      if (input.endDate > today) throw invalid('endDate', 'validation.date_in_future');
      return { ...answered, state: 'not_employed', placementEnd: { endDate: input.endDate } };
    }
    case 'employed_elsewhere': {
      if (!input.newStartDate) throw invalid('newPlacement', 'validation.required');
      const proposed = input.endDate ?? addDays(input.newStartDate, -1);
      const endDate = proposed < placement.startDate ? placement.startDate : proposed;
      const keep = placement.endDate !== null && placement.endDate <= endDate;
      return {
        ...answered,
        state: 'employed_elsewhere',
        placementEnd: keep ? undefined : { endDate },
        opensPlacement: true,
      };
    }
    case 'no_answer': {
      const attempts = followUp.attempts + 1;
      if (attempts >= MAX_TRIES) {
        return { state: 'unreachable', attempts, nextTryDate: null, answeredDate: today, opensPlacement: false };
      }
      return {
        state: 'retry',
        attempts,
        nextTryDate: addDays(today, RETRY_AFTER_DAYS),
        answeredDate: null,
        opensPlacement: false,
      };
    }
  }
}

/**
 * The job a follow-up asks about: the first programme placement, until an earlier follow-up
 * was answered "employed elsewhere" — from then on, the job that answer opened (the latest
 * such answer before this follow-up).
 */
export function subjectPlacementId(
  followUp: { months: number; placementId: number },
  all: readonly { months: number; state: FollowUpState; newPlacementId: number | null }[],
): number {
  let subject = followUp.placementId;
  let at = -1;
  for (const other of all) {
    if (
      other.months < followUp.months &&
      other.months > at &&
      other.state === 'employed_elsewhere' &&
      other.newPlacementId !== null
    ) {
      subject = other.newPlacementId;
      at = other.months;
    }
  }
  return subject;
}
