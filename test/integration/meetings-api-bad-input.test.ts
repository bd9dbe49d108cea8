import { beforeAll, describe, expect, it } from 'vitest';
import { listPlanVersions } from '../../db/repositories/plans';
import { translatedApiMessage } from '../fixtures/api-messages';
import type { TestApp } from '../fixtures/centre';
import { createMeetingsCentre, failure, meetingCount, type MeetingsCentre } from '../fixtures/meetings';

/*
 * Refused meeting input through dispatch, on the centre of fixtures/meetings.ts brought to
 * where meetings-api-log.test.ts leaves it: Thursday 2026-11-05, a meeting held today that
 * ticked the overdue task (so it is no longer open) and turned the light green.
 */
let t: TestApp;
let aviCase: number;
let keys: MeetingsCentre['keys'];
let staff: MeetingsCentre['staff'];

beforeAll(async () => {
  ({ t, staff, aviCase, keys } = await createMeetingsCentre());
  t.clock.advance(4 * 86_400_000);
  await staff.actAs('avi');
  await t.must('meetings.record', {
    participantId: aviCase,
    date: '2026-11-05',
    state: 'ATTENDED',
    taskKeysDone: [keys.overdue],
    trafficLight: 'GREEN',
  });
});

/** A message key resolves to words in both languages: the error is translated, not a code. */
function translated(key: string): void {
  expect(translatedApiMessage(key), key).toBe(true);
}

describe('bad input: a translated reason, nothing saved', () => {
  const base = { participantId: 0, date: '2026-11-05', state: 'ATTENDED' as const };

  it('refuses a held meeting dated in the future, a next meeting not after it, and a past booking', async () => {
    const n = meetingCount(t).n;
    const cases = [
      [{ ...base, participantId: aviCase, date: '2026-11-06' }, 'errors.meetings.held_in_future', 'date'],
      [
        { ...base, participantId: aviCase, next: { date: '2026-11-05' } },
        'errors.meetings.next_not_after',
        'next.date',
      ],
    ] as const;
    for (const [input, message, path] of cases) {
      const error = failure(await t.call('meetings.record', input));
      expect(error).toMatchObject({ code: 'invalid_input', message, fields: [{ path, message }] });
      translated(message);
    }
    const late = failure(
      await t.call('meetings.record', {
        ...base,
        participantId: aviCase,
        date: '2026-11-02',
        next: { date: '2026-11-04' },
      }),
    );
    expect(late.fields).toEqual([{ path: 'next.date', message: 'errors.meetings.booked_in_past' }]);
    const past = failure(await t.call('meetings.book', { participantId: aviCase, date: '2026-11-04' }));
    expect(past.message).toBe('errors.meetings.booked_in_past');
    translated(past.message);
    expect(meetingCount(t).n).toBe(n);
  });

  it('refuses malformed fields by name through the contract', async () => {
    const n = meetingCount(t).n;
    const error = failure(
      await t.call('meetings.record', {
        ...base,
        participantId: aviCase,
        time: '25:00',
        tools: ['not_a_tool' as 'swot'],
        newTasks: [{ text: '' }],
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['newTasks.0.text', 'time', 'tools.0']);
    expect(error.fields?.find((f) => f.path === 'time')?.message).toBe('validation.time');
    translated('validation.time');
    expect(meetingCount(t).n).toBe(n);
  });

  it('rolls the whole meeting back when a ticked task is not open: no meeting, no new plan version', async () => {
    const n = meetingCount(t).n;
    const versions = listPlanVersions(t.runtime.db(), aviCase).length;
    const error = failure(
      await t.call('meetings.record', {
        ...base,
        participantId: aviCase,
        taskKeysDone: [keys.overdue],
        newTasks: [{ text: 'משימה' }],
        trafficLight: 'RED',
      }),
    );
    expect(error.message).toBe('errors.meetings.unknown_task');
    translated(error.message);
    expect(meetingCount(t).n).toBe(n);
    expect(listPlanVersions(t.runtime.db(), aviCase)).toHaveLength(versions);
    expect((await t.must('participants.get', { id: aviCase })).trafficLight).toBe('GREEN');
  });

  it('refuses a meeting for someone not active in the programme', async () => {
    await staff.actAs('admin');
    const created = await t.must('inquiries.create', { firstName: 'דן', lastName: 'פז', phone: '052-300-0099' });
    if (created.kind !== 'created') throw new Error('expected a new record');
    const error = failure(await t.call('meetings.book', { participantId: created.id, date: '2026-11-10' }));
    expect(error.message).toBe('errors.meetings.not_active');
    translated(error.message);
    await staff.actAs('avi');
  });
});
