import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPlanVersion, listPlanVersions } from '../../db/repositories/plans';
import { meetings } from '../../db/schema/meetings';
import type { TestApp } from '../fixtures/centre';
import { createMeetingsCentre, failure, meetingCount, type MeetingsCentre } from '../fixtures/meetings';

/*
 * The meeting log through dispatch, on the centre of fixtures/meetings.ts (the clock on
 * Sunday 2026-11-01, Avi's participant's 90-day flag up), and who may read and write it.
 * The tests run in order: each builds on the meetings the ones before it recorded. Refused
 * input is in meetings-api-bad-input.test.ts.
 */
let t: TestApp;
let staff: MeetingsCentre['staff'];
let aviCase: number;
let gilaCase: number;
let keys: MeetingsCentre['keys'];

beforeAll(async () => {
  ({ t, staff, aviCase, gilaCase, keys } = await createMeetingsCentre());
});

describe('the meeting log of a coach’s own participant', () => {
  it('lists nothing yet, the plan’s open tasks with the overdue one marked, and audits the opening', async () => {
    const list = await t.must('meetings.list', { participantId: aviCase });
    expect(list.meetings).toEqual([]);
    expect(list.canWrite).toBe(true);
    expect(list.openTasks.map((task) => [task.itemKey, task.overdue])).toEqual([
      [keys.overdue, true],
      [keys.coachTask, false],
      [keys.later, false],
    ]);
    await staff.actAs('admin');
    const audit = await t.must('audit.list', { entity: 'meetings', entityId: String(aviCase) });
    expect(audit.rows[0]).toMatchObject({ action: 'record_viewed', actorId: staff.ids.avi, fields: null });
    await staff.actAs('avi');
  });

  it('flags a booking while an agreed task is overdue, without refusing it', async () => {
    const booked = await t.must('meetings.book', { participantId: aviCase, date: '2026-11-05', time: '09:30' });
    expect(booked).toMatchObject({
      state: 'BOOKED',
      tasksOverdueFlag: true,
      staffId: staff.ids.avi,
      mode: 'IN_PERSON',
    });
  });

  it('records a held meeting in one call: tasks into a new draft, light history, last contact, next booking', async () => {
    const before = await t.must('participants.list', { coachId: staff.ids.avi, noContactOver90: true });
    expect(before.rows.map((row) => row.id)).toContain(aviCase);
    const recorded = await t.must('meetings.record', {
      participantId: aviCase,
      date: '2026-11-01',
      time: '10:00',
      state: 'ATTENDED',
      tools: ['scale_coaching', 'cv_tailoring'],
      topics: 'קורות חיים',
      taskKeysDone: [keys.overdue],
      newTasks: [{ text: 'לשלוח קו"ח לשתי משרות', dueDate: '2026-11-10' }],
      trafficLight: 'YELLOW',
      note: 'הגיעה מוכנה',
      next: { date: '2026-11-15', time: '10:00' },
    });
    expect(recorded.meeting).toMatchObject({ state: 'ATTENDED', tools: ['scale_coaching', 'cv_tailoring'] });
    // The overdue task was ticked in this meeting, so the next booking is not flagged.
    expect(recorded.next).toMatchObject({ date: '2026-11-15', state: 'BOOKED', tasksOverdueFlag: false });
    expect(recorded.lastContactDate).toBe('2026-11-01');

    const record = await t.must('participants.get', { id: aviCase });
    expect(record).toMatchObject({ lastContactDate: '2026-11-01', daysSinceContact: 0, trafficLight: 'YELLOW' });
    const after = await t.must('participants.list', { coachId: staff.ids.avi, noContactOver90: true });
    expect(after.rows.map((row) => row.id)).not.toContain(aviCase);

    const versions = listPlanVersions(t.runtime.db(), aviCase);
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'signed'],
      [2, 'draft'],
    ]);
    const signed = getPlanVersion(t.runtime.db(), versions[0]!.id)!;
    expect(signed.tasks.every((task) => task.doneDate === null)).toBe(true);
    expect(signed.tasks).toHaveLength(3);
    const draft = getPlanVersion(t.runtime.db(), versions[1]!.id)!;
    expect(draft.tasks.find((task) => task.itemKey === keys.overdue)?.doneDate).toBe('2026-11-01');
    expect(draft.tasks.at(-1)).toMatchObject({
      text: 'לשלוח קו"ח לשתי משרות',
      owner: 'participant',
      dueDate: '2026-11-10',
      meetingId: recorded.meeting.id,
    });

    const list = await t.must('meetings.list', { participantId: aviCase });
    expect(list.meetings.map((m) => m.date)).toEqual(['2026-11-15', '2026-11-05', '2026-11-01']);
    expect(list.meetings[2]).toMatchObject({ note: 'הגיעה מוכנה', topics: 'קורות חיים', staffName: 'coach avi' });
    expect(list.trafficLights).toEqual([
      { date: '2026-11-01', light: 'YELLOW', setByName: 'coach avi', meetingId: recorded.meeting.id },
    ]);
    expect(list.openTasks.map((task) => task.itemKey)).not.toContain(keys.overdue);
  });

  it('turns the day’s booking into the held meeting and keeps the light’s history', async () => {
    t.clock.advance(4 * 86_400_000); // Thursday 2026-11-05; the idle session locked meanwhile
    await staff.actAs('avi');
    const booked = (await t.must('meetings.list', { participantId: aviCase })).meetings.find(
      (m) => m.date === '2026-11-05',
    )!;
    const recorded = await t.must('meetings.record', {
      participantId: aviCase,
      date: '2026-11-05',
      state: 'ATTENDED',
      trafficLight: 'GREEN',
    });
    expect(recorded.meeting.id).toBe(booked.id);
    expect(recorded.meeting.state).toBe('ATTENDED');
    expect(recorded.next).toBeNull();
    const list = await t.must('meetings.list', { participantId: aviCase });
    expect(list.trafficLights.map((c) => [c.date, c.light])).toEqual([
      ['2026-11-05', 'GREEN'],
      ['2026-11-01', 'YELLOW'],
    ]);
    expect((await t.must('participants.get', { id: aviCase })).lastContactDate).toBe('2026-11-05');
  });

  it('corrects a meeting with the version it was read at, and rolls last contact back with it', async () => {
    const held = (await t.must('meetings.list', { participantId: aviCase })).meetings.find(
      (m) => m.date === '2026-11-05',
    )!;
    const changed = await t.must('meetings.update', {
      id: held.id,
      expectedUpdatedAt: held.updatedAt,
      patch: { state: 'NO_SHOW', topics: null },
    });
    expect(changed.state).toBe('NO_SHOW');
    expect((await t.must('participants.get', { id: aviCase })).lastContactDate).toBe('2026-11-01');
    const stale = await t.call('meetings.update', {
      id: held.id,
      expectedUpdatedAt: held.updatedAt,
      patch: { state: 'ATTENDED' },
    });
    expect(failure(stale)).toMatchObject({ code: 'conflict', message: 'errors.meetings.changed_elsewhere' });
    await t.must('meetings.update', {
      id: held.id,
      expectedUpdatedAt: changed.updatedAt,
      patch: { state: 'ATTENDED' },
    });
    expect((await t.must('participants.get', { id: aviCase })).lastContactDate).toBe('2026-11-05');
  });

  it('cancels a booked meeting once, and only a booked one', async () => {
    const booked = await t.must('meetings.book', { participantId: aviCase, date: '2026-11-19', mode: 'PHONE' });
    expect((await t.must('meetings.cancel', { id: booked.id })).state).toBe('CANCELLED');
    expect(failure(await t.call('meetings.cancel', { id: booked.id })).message).toBe('errors.meetings.not_booked');
    expect(failure(await t.call('meetings.cancel', { id: 999_999 })).code).toBe('not_found');
  });

  it('lists the next working day’s bookings with phone and email to remind, and the coach’s day', async () => {
    await t.must('meetings.book', { participantId: aviCase, date: '2026-11-08', time: '11:00' });
    // Thursday: the reminder list is Sunday's.
    const reminders = await t.must('meetings.reminders', {});
    expect(reminders.date).toBe('2026-11-08');
    expect(reminders.meetings).toEqual([
      expect.objectContaining({
        participantId: aviCase,
        phone: '0523000001',
        email: 'avi@example.org',
        time: '11:00',
        state: 'BOOKED',
      }),
    ]);
    expect(reminders.meetings[0]).not.toHaveProperty('note');
    const day = await t.must('meetings.day', { date: '2026-11-05' });
    expect(day.map((m) => [m.participantId, m.state])).toEqual([[aviCase, 'ATTENDED']]);
    expect(failure(await t.call('meetings.day', { date: '2026-11-05', staffId: staff.ids.gila })).code).toBe(
      'forbidden',
    );
    await staff.actAs('gila');
    expect((await t.must('meetings.reminders', { date: '2026-11-08' })).meetings).toEqual([]);
    await staff.actAs('admin');
    expect((await t.must('meetings.reminders', { date: '2026-11-08' })).meetings).toHaveLength(1);
    expect(await t.must('meetings.day', { date: '2026-11-05', staffId: staff.ids.avi })).toHaveLength(1);
    await staff.actAs('avi');
  });
});

describe('who may', () => {
  it('refuses navigators and facilitators every meeting method', async () => {
    for (const who of ['nurit', 'fay'] as const) {
      await staff.actAs(who);
      for (const [method, input] of [
        ['meetings.list', { participantId: aviCase }],
        ['meetings.record', { participantId: aviCase, date: '2026-11-05', state: 'ATTENDED' }],
        ['meetings.book', { participantId: aviCase, date: '2026-11-20' }],
        ['meetings.cancel', { id: 1 }],
        ['meetings.update', { id: 1, patch: {} }],
        ['meetings.reminders', {}],
        ['meetings.day', { date: '2026-11-05' }],
      ] as const)
        expect(failure(await t.call(method, input as never)).code, `${who} ${method}`).toBe('forbidden');
    }
  });

  it('lets a coach read but not write another coach’s participant’s meetings', async () => {
    await staff.actAs('gila');
    const n = meetingCount(t).n;
    const list = await t.must('meetings.list', { participantId: aviCase });
    expect(list.canWrite).toBe(false);
    const someMeeting = list.meetings[0]!;
    for (const result of [
      await t.call('meetings.record', { participantId: aviCase, date: '2026-11-05', state: 'ATTENDED' }),
      await t.call('meetings.book', { participantId: aviCase, date: '2026-11-22' }),
      await t.call('meetings.update', { id: someMeeting.id, patch: { topics: 'x' } }),
      await t.call('meetings.cancel', { id: someMeeting.id }),
    ])
      expect(failure(result)).toMatchObject({ code: 'forbidden', message: 'errors.participant.not_your_caseload' });
    // And on her own case she records only meetings she holds herself.
    const other = failure(
      await t.call('meetings.record', {
        participantId: gilaCase,
        date: '2026-11-05',
        state: 'ATTENDED',
        staffId: staff.ids.avi,
      }),
    );
    expect(other.message).toBe('errors.meetings.own_meetings_only');
    expect(meetingCount(t).n).toBe(n);
    await staff.actAs('admin');
    const byCoordinator = await t.must('meetings.record', {
      participantId: gilaCase,
      date: '2026-11-05',
      state: 'NO_SHOW',
      staffId: staff.ids.gila,
    });
    expect(byCoordinator.meeting).toMatchObject({ staffName: 'coach gila', state: 'NO_SHOW' });
    expect(byCoordinator.lastContactDate).toBe('2026-10-15');
  });

  it('writes ids and field names to the audit log, never the note or topics', async () => {
    const rows = (await t.must('audit.list', { entity: 'meeting', pageSize: 200 })).rows;
    expect(rows.length).toBeGreaterThan(3);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('הגיעה מוכנה');
    expect(text).not.toContain('קורות חיים');
    const plan = (await t.must('audit.list', { entity: 'plan', entityId: String(aviCase) })).rows;
    expect(plan[0]?.fields).toEqual(['tasks.doneDate', 'tasks']);
    const stored = t.runtime.db().select().from(meetings).where(eq(meetings.participantId, aviCase)).all();
    expect(stored.every((m) => m.participantId === aviCase)).toBe(true);
  });
});
