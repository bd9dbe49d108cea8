import { describe, expect, it } from 'vitest';
import {
  answerFollowUp,
  firstProgrammePlacement,
  inQueueScope,
  isProgrammePlacement,
  nextCallDate,
  redateOpenFollowUps,
  subjectPlacementId,
  type AnswerInput,
  type FollowUpRecord,
} from '../../../electron/domain/follow-ups';

const TODAY = '2026-11-30';
const open: FollowUpRecord = {
  months: 3,
  dueDate: '2026-11-29',
  state: 'pending',
  attempts: 0,
  nextTryDate: null,
  placementId: 1,
};
const job = { id: 1, startDate: '2026-08-29', endDate: null };

/** The refusal an answer gets, as the API would return it. */
function refusal(input: AnswerInput, record = open, placement = job) {
  try {
    answerFollowUp(record, placement, input, TODAY);
  } catch (error) {
    const { code, messageKey, fields } = error as { code: string; messageKey: string; fields?: unknown };
    return { code, messageKey, fields };
  }
  throw new Error('the answer was accepted');
}

describe('which job a follow-up asks about', () => {
  const answered = (months: number, newPlacementId: number | null, state = 'employed_elsewhere' as const) => ({
    months,
    state,
    newPlacementId,
  });

  it('is the first placement until someone answers "employed elsewhere"', () => {
    expect(subjectPlacementId({ months: 6, placementId: 1 }, [])).toBe(1);
    expect(
      subjectPlacementId({ months: 6, placementId: 1 }, [{ months: 3, state: 'same_job', newPlacementId: null }]),
    ).toBe(1);
  });

  it('is the job opened by the latest earlier "employed elsewhere", whatever order the answers are listed in', () => {
    const all = [answered(6, 30), answered(3, 20), answered(12, 40)];
    expect(subjectPlacementId({ months: 9, placementId: 1 }, all)).toBe(30);
    expect(subjectPlacementId({ months: 9, placementId: 1 }, [...all].reverse())).toBe(30);
    // Its own answer and later ones do not change the job a follow-up asks about.
    expect(subjectPlacementId({ months: 6, placementId: 1 }, all)).toBe(20);
    expect(subjectPlacementId({ months: 3, placementId: 1 }, all)).toBe(1);
  });

  it('moves only on an "employed elsewhere" answer, even with a job id left on another answer', () => {
    expect(
      subjectPlacementId({ months: 12, placementId: 1 }, [{ months: 6, state: 'not_employed', newPlacementId: 20 }]),
    ).toBe(1);
  });

  it('ignores an "employed elsewhere" whose new job was not saved', () => {
    expect(subjectPlacementId({ months: 6, placementId: 1 }, [answered(3, null)])).toBe(1);
  });
});

describe('the first programme placement', () => {
  it('has none for someone never enrolled', () => {
    expect(isProgrammePlacement({ startDate: '2026-01-01' }, null)).toBe(false);
    expect(firstProgrammePlacement([{ id: 1, startDate: '2026-01-01', endDate: null }], null)).toBeUndefined();
  });

  it('is the earliest, whichever is listed first; a tie goes to the smaller id read as text', () => {
    const a = { id: 9, startDate: '2026-05-01', endDate: null };
    const b = { id: 10, startDate: '2026-05-01', endDate: null };
    const c = { id: 11, startDate: '2026-04-01', endDate: null };
    expect(firstProgrammePlacement([a, b], '2026-01-01')?.id).toBe(10);
    expect(firstProgrammePlacement([b, a], '2026-01-01')?.id).toBe(10);
    expect(firstProgrammePlacement([a, b, c], '2026-01-01')?.id).toBe(11);
    expect(firstProgrammePlacement([c, a], '2026-01-01')?.id).toBe(11);
    expect(firstProgrammePlacement([a, a], '2026-01-01')).toBe(a);
    // The id decides only a tie: a later job with a smaller id does not displace the earliest.
    const later = { id: 1, startDate: '2026-06-01', endDate: null };
    expect(firstProgrammePlacement([c, later], '2026-01-01')?.id).toBe(11);
  });
});

describe('when and where a follow-up is called', () => {
  it('uses a retry date only for a follow-up waiting for a retry', () => {
    expect(nextCallDate({ state: 'pending', dueDate: '2026-12-01', nextTryDate: '2026-12-08' })).toBe('2026-12-01');
    expect(nextCallDate({ state: 'retry', dueDate: '2026-12-01', nextTryDate: null })).toBe('2026-12-01');
    expect(nextCallDate({ state: 'retry', dueDate: '2026-12-01', nextTryDate: '2026-12-08' })).toBe('2026-12-08');
  });

  it("leaves an overdue call out of this week's view", () => {
    expect(inQueueScope('2026-11-29', 'week', TODAY)).toBe(false);
    expect(inQueueScope(TODAY, 'week', TODAY)).toBe(true);
  });

  it('re-dates a follow-up when only its placement changes, or only its date', () => {
    expect(redateOpenFollowUps([open], { id: 2, startDate: '2026-08-29', endDate: null })).toEqual([
      { ...open, placementId: 2 },
    ]);
    expect(redateOpenFollowUps([open], { id: 1, startDate: '2026-08-01', endDate: null })).toEqual([
      { ...open, dueDate: '2026-11-01' },
    ]);
    expect(redateOpenFollowUps([open], { id: 1, startDate: '2026-08-29', endDate: null })).toEqual([]);
  });
});

describe('answering a follow-up: refusals name the field', () => {
  it('refuses an answered follow-up as a conflict', () => {
    expect(refusal({ answer: 'same_job' }, { ...open, state: 'same_job' })).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.followups.already_answered',
    });
  });

  it.each<[AnswerInput, string, string]>([
    [{ answer: 'not_employed' }, 'endDate', 'validation.required'],
    [{ answer: 'not_employed', endDate: '2026-08-28' }, 'endDate', 'validation.dateOrder'],
    [{ answer: 'not_employed', endDate: '2026-12-01' }, 'endDate', 'validation.date_in_future'],
    [{ answer: 'employed_elsewhere' }, 'newPlacement', 'validation.required'],
  ])('%o → %s: %s', (input, path, message) => {
    expect(refusal(input)).toEqual({
      code: 'invalid_input',
      messageKey: 'errors.invalid_input',
      fields: [{ path, message }],
    });
  });

  it('accepts a job that ended today', () => {
    expect(answerFollowUp(open, job, { answer: 'not_employed', endDate: TODAY }, TODAY).placementEnd).toEqual({
      endDate: TODAY,
    });
  });
});

describe('answering "employed elsewhere"', () => {
  const elsewhere = (placement: typeof job | { id: number; startDate: string; endDate: string }, input = {}) =>
    answerFollowUp(open, placement, { answer: 'employed_elsewhere', newStartDate: '2026-11-15', ...input }, TODAY);

  it('ends an ongoing job the day before the new one and opens the new one', () => {
    expect(elsewhere(job)).toStrictEqual({
      state: 'employed_elsewhere',
      attempts: 1,
      nextTryDate: null,
      answeredDate: TODAY,
      placementEnd: { endDate: '2026-11-14' },
      opensPlacement: true,
    });
  });

  it('keeps an end date already recorded on or before that day', () => {
    expect(elsewhere({ ...job, endDate: '2026-11-14' }).placementEnd).toBeUndefined();
    expect(elsewhere({ ...job, endDate: '2026-10-01' }).placementEnd).toBeUndefined();
    expect(elsewhere({ ...job, endDate: '2026-11-20' }).placementEnd).toEqual({ endDate: '2026-11-14' });
  });
});

describe('answering "no answer"', () => {
  it('tries again in a week, then gives up on the third try, opening nothing', () => {
    expect(answerFollowUp(open, job, { answer: 'no_answer' }, TODAY)).toStrictEqual({
      state: 'retry',
      attempts: 1,
      nextTryDate: '2026-12-07',
      answeredDate: null,
      opensPlacement: false,
    });
    expect(answerFollowUp({ ...open, state: 'retry', attempts: 2 }, job, { answer: 'no_answer' }, TODAY)).toStrictEqual(
      {
        state: 'unreachable',
        attempts: 3,
        nextTryDate: null,
        answeredDate: TODAY,
        opensPlacement: false,
      },
    );
  });
});
