import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/domain/app-error';
import {
  answerFollowUp,
  firstProgrammePlacement,
  followUpSchedule,
  inQueueScope,
  isProgrammePlacement,
  nextCallDate,
  redateOpenFollowUps,
  type FollowUpRecord,
} from '../../../electron/domain/follow-ups';

const dueDates = (start: string) => followUpSchedule(start).map((f) => `${f.months}:${f.dueDate}`);

describe('follow-up due dates (CRF-1 addMonths)', () => {
  it('falls due at 6, 12, 15 and 24 months', () => {
    expect(dueDates('2025-03-10')).toEqual(['6:2025-09-10', '12:2026-03-10', '15:2026-06-10', '24:2027-03-10']);
  });

  it('clamps a start on the 31st to the end of shorter months, February of a leap year included', () => {
    expect(dueDates('2023-08-31')).toEqual(['6:2024-02-29', '12:2024-08-31', '15:2024-11-30', '24:2025-08-31']);
    expect(dueDates('2024-08-31')).toEqual(['6:2025-02-28', '12:2025-08-31', '15:2025-11-30', '24:2026-08-31']);
  });

  it('takes a start on 29 February to 28 February in common years', () => {
    expect(dueDates('2024-02-29')).toEqual(['6:2024-08-29', '12:2025-02-28', '15:2025-05-29', '24:2026-02-28']);
  });

  it('crosses the year end', () => {
    expect(dueDates('2025-12-31')).toEqual(['6:2026-06-30', '12:2026-12-31', '15:2027-03-31', '24:2027-12-31']);
  });
});

describe('programme placements and the first one (CRF-1 §5)', () => {
  const placements = [
    { id: 9, startDate: '2025-05-01', endDate: null },
    { id: 10, startDate: '2025-05-01', endDate: null },
    { id: 3, startDate: '2024-12-01', endDate: '2025-01-31' },
  ];

  it('counts a placement starting on the enrolment day, not one before it', () => {
    expect(isProgrammePlacement({ startDate: '2025-01-05' }, '2025-01-05')).toBe(true);
    expect(isProgrammePlacement({ startDate: '2025-01-04' }, '2025-01-05')).toBe(false);
    expect(isProgrammePlacement({ startDate: '2025-01-04' }, null)).toBe(false);
  });

  it('takes the earliest programme placement, ties by the smaller id as a string ("10" < "9")', () => {
    expect(firstProgrammePlacement(placements, '2025-01-01')?.id).toBe(10);
    expect(firstProgrammePlacement(placements, '2024-11-01')?.id).toBe(3);
    expect(firstProgrammePlacement(placements, '2025-06-01')).toBeUndefined();
  });
});

const open = (over: Partial<FollowUpRecord> = {}): FollowUpRecord => ({
  months: 6,
  dueDate: '2025-09-10',
  state: 'pending',
  attempts: 0,
  nextTryDate: null,
  placementId: 1,
  ...over,
});
const job = { id: 1, startDate: '2025-03-10', endDate: null };
const today = '2025-09-12';

describe('answering a follow-up', () => {
  it('same job keeps the placement ongoing, clearing an end date recorded by mistake', () => {
    const effect = answerFollowUp(open(), { ...job, endDate: '2025-06-01' }, { answer: 'same_job' }, today);
    expect(effect).toMatchObject({ state: 'same_job', answeredDate: today, attempts: 1, opensPlacement: false });
    expect(effect.placementEnd).toEqual({ endDate: null });
  });

  it('not employed ends the placement on the date given', () => {
    const effect = answerFollowUp(open(), job, { answer: 'not_employed', endDate: '2025-08-15' }, today);
    expect(effect).toMatchObject({ state: 'not_employed', placementEnd: { endDate: '2025-08-15' } });
  });

  it('not employed refuses a missing end date, one before the start and one in the future', () => {
    const codeOf = (endDate?: string) => {
      try {
        answerFollowUp(open(), job, { answer: 'not_employed', endDate }, today);
        return 'accepted';
      } catch (e) {
        return (e as AppError).fields?.[0]?.message;
      }
    };
    expect(codeOf(undefined)).toBe('validation.required');
    expect(codeOf('2025-03-09')).toBe('validation.dateOrder');
    expect(codeOf('2025-09-13')).toBe('validation.date_in_future');
    expect(codeOf('2025-03-10')).toBe('accepted');
  });

  it('employed elsewhere ends the old job the day before the new one and opens a placement', () => {
    const effect = answerFollowUp(open(), job, { answer: 'employed_elsewhere', newStartDate: '2025-08-01' }, today);
    expect(effect).toMatchObject({
      state: 'employed_elsewhere',
      opensPlacement: true,
      placementEnd: { endDate: '2025-07-31' },
    });
  });

  it('employed elsewhere keeps an earlier recorded end and never ends a job before it began', () => {
    const ended = { ...job, endDate: '2025-05-31' };
    expect(
      answerFollowUp(open(), ended, { answer: 'employed_elsewhere', newStartDate: '2025-08-01' }, today).placementEnd,
    ).toBeUndefined();
    expect(
      answerFollowUp(open(), job, { answer: 'employed_elsewhere', newStartDate: '2025-03-10' }, today).placementEnd,
    ).toEqual({ endDate: '2025-03-10' });
  });

  it('no answer retries in 7 days, and the third unanswered try makes it unreachable', () => {
    const first = answerFollowUp(open(), job, { answer: 'no_answer' }, today);
    expect(first).toMatchObject({ state: 'retry', attempts: 1, nextTryDate: '2025-09-19', answeredDate: null });
    expect(first.placementEnd).toBeUndefined();
    const second = answerFollowUp(open({ ...first }), job, { answer: 'no_answer' }, '2025-09-19');
    expect(second).toMatchObject({ state: 'retry', attempts: 2, nextTryDate: '2025-09-26' });
    const third = answerFollowUp(open({ ...second }), job, { answer: 'no_answer' }, '2025-09-26');
    expect(third).toMatchObject({ state: 'unreachable', attempts: 3, nextTryDate: null, answeredDate: '2025-09-26' });
  });

  it('a retry answered on the next try records the answer', () => {
    const retry = open({ state: 'retry', attempts: 2, nextTryDate: '2025-09-19' });
    expect(answerFollowUp(retry, job, { answer: 'same_job' }, '2025-09-19')).toMatchObject({
      state: 'same_job',
      attempts: 3,
    });
  });

  it('refuses to answer again once answered or unreachable', () => {
    for (const state of ['same_job', 'not_employed', 'employed_elsewhere', 'unreachable'] as const) {
      expect(() => answerFollowUp(open({ state }), job, { answer: 'same_job' }, today)).toThrow(
        'errors.followups.already_answered',
      );
    }
  });
});

describe('re-dating when an earlier programme placement is added', () => {
  const followUps = followUpSchedule('2025-03-10').map(({ months, dueDate }) => open({ months, dueDate }));

  it('moves the open follow-ups to the new first placement and leaves answered ones alone', () => {
    const [six, twelve, fifteen, twentyFour] = followUps as [FollowUpRecord, ...FollowUpRecord[]];
    const withAnswered = [
      { ...six, state: 'same_job' as const },
      twelve!,
      { ...fifteen!, state: 'retry' as const },
      twentyFour!,
    ];
    const changed = redateOpenFollowUps(withAnswered, { id: 7, startDate: '2024-12-31', endDate: null });
    expect(changed.map((f) => `${f.months}:${f.dueDate}:${f.placementId}:${f.state}`)).toEqual([
      '12:2025-12-31:7:pending',
      '15:2026-03-31:7:retry',
      '24:2026-12-31:7:pending',
    ]);
  });

  it('changes nothing when the first placement is the same', () => {
    expect(redateOpenFollowUps(followUps, job)).toEqual([]);
  });
});

describe('the queue views', () => {
  // 2025-09-10 is a Wednesday: the week runs Sunday 7 to Saturday 13 September.
  it('puts a call due before today in overdue, today to Saturday in this week', () => {
    expect(inQueueScope('2025-09-09', 'overdue', '2025-09-10')).toBe(true);
    expect(inQueueScope('2025-09-10', 'overdue', '2025-09-10')).toBe(false);
    expect(inQueueScope('2025-09-10', 'week', '2025-09-10')).toBe(true);
    expect(inQueueScope('2025-09-13', 'week', '2025-09-10')).toBe(true);
    expect(inQueueScope('2025-09-14', 'week', '2025-09-10')).toBe(false);
    expect(inQueueScope('2030-01-01', 'all', '2025-09-10')).toBe(true);
  });

  it('calls a retry on its next try date', () => {
    expect(nextCallDate(open({ state: 'retry', nextTryDate: '2025-09-19' }))).toBe('2025-09-19');
    expect(nextCallDate(open())).toBe('2025-09-10');
  });
});
