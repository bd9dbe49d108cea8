import { beforeAll, describe, expect, it } from 'vitest';
import { insertParticipant } from '../../db/repositories/participants';
import { meetings, trafficLightChanges } from '../../db/schema/meetings';
import { followUps, placements } from '../../db/schema/placements';
import { plans, planTasks } from '../../db/schema/plans';
import { workshopInstances, workshopSessions } from '../../db/schema/workshops';
import { getParticipant } from '../../db/repositories/participants';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';

/*
 * Exits, exit proposals, the home page's day and the case-work timeline, through dispatch on
 * an encrypted store. The tables the other case-work methods write (meetings, placements,
 * plans, follow-ups) are filled directly: only the reading side is under test here.
 * The clock stands at 2026-11-01.
 */
let t: TestApp;
let staff: Awaited<
  ReturnType<typeof withStaff<{ nurit: 'navigator'; avi: 'coach'; gila: 'coach'; fadi: 'facilitator' }>>
>;
let serviceId: number;
const at = '2026-11-01T08:00:00.000Z';

function active(coach: 'avi' | 'gila', enrolmentDate: string, lastContactDate: string | null = '2026-10-20') {
  const row = insertParticipant(
    t.runtime.db(),
    {
      status: 'active',
      firstName: 'נועה',
      lastName: `כהן ${coach}`,
      phone: '0521234567',
      coachId: staff.ids[coach],
      enrolmentDate,
      track: 'SALARIED',
      lastContactDate,
      commitmentSignedDate: enrolmentDate,
    },
    null,
    new Date(at),
  );
  return row.id;
}

function placement(participantId: number, startDate: string, endDate: string | null = null) {
  return t.runtime
    .db()
    .insert(placements)
    .values({
      participantId,
      startDate,
      endDate,
      employmentType: 'SALARIED',
      foundBy: 'SELF',
      createdAt: at,
      updatedAt: at,
    })
    .returning()
    .get().id;
}

function meeting(participantId: number, date: string, state: 'BOOKED' | 'ATTENDED' | 'NO_SHOW', staffId?: number) {
  return t.runtime
    .db()
    .insert(meetings)
    .values({ participantId, staffId: staffId ?? null, date, time: '10:00', state, createdAt: at, updatedAt: at })
    .returning()
    .get().id;
}

function codeOf(result: { ok: boolean; error?: { code: string; message: string; fields?: { path: string }[] } }) {
  expect(result.ok).toBe(false);
  return result.error as { code: string; message: string; fields?: { path: string }[] };
}

beforeAll(async () => {
  t = await createTestCentre();
  staff = await withStaff(t, { nurit: 'navigator', avi: 'coach', gila: 'coach', fadi: 'facilitator' } as const);
  serviceId = (await t.must('services.save', { name: 'מרכז לבריאות הנפש', offers: 'טיפול ותמיכה', phone: null })).id;
});

describe('participants.exit', () => {
  it('records the reason, date, farewell note and referral, after confirmation', async () => {
    const id = active('avi', '2026-05-01');
    await staff.actAs('avi');
    const exited = await t.must('participants.exit', {
      id,
      exitDate: '2026-10-30',
      exitReason: 'HEALTH',
      exitNote: 'נפרדנו בשיחה טובה',
      referralServiceId: serviceId,
      referralProgramme: 'תכנית לאנשים עם מוגבלות',
      confirmed: true,
    });
    expect(exited).toMatchObject({ status: 'exited', exitReason: 'HEALTH', exitDate: '2026-10-30' });
    expect(await t.must('exits.get', { id })).toEqual({
      exitDate: '2026-10-30',
      exitReason: 'HEALTH',
      exitNote: 'נפרדנו בשיחה טובה',
      referralServiceId: serviceId,
      referralServiceName: 'מרכז לבריאות הנפש',
      referralProgramme: 'תכנית לאנשים עם מוגבלות',
      proposal: null,
    });
    // Only a coordinator reopens.
    expect(codeOf(await t.call('participants.reopen', { id, to: 'active', reason: 'חזרה' })).code).toBe('forbidden');
    await staff.actAs('admin');
  });

  it('refuses an exit that was not confirmed, and bad input, saving nothing', async () => {
    const id = active('avi', '2026-05-01');
    const before = getParticipant(t.runtime.db(), id);
    const unconfirmed = await t.call('participants.exit', {
      id,
      exitDate: '2026-10-30',
      exitReason: 'PERSONAL',
    } as never);
    expect(codeOf(unconfirmed).fields?.map((f) => f.path)).toContain('confirmed');
    const bad = await t.call('participants.exit', {
      id,
      exitDate: '30/10/2026',
      exitReason: 'GONE',
      confirmed: true,
    } as never);
    expect(codeOf(bad).code).toBe('invalid_input');
    expect(codeOf(bad).message).toMatch(/^errors\./);
    const unknownService = await t.call('participants.exit', {
      id,
      exitDate: '2026-10-30',
      exitReason: 'PERSONAL',
      referralServiceId: 9999,
      confirmed: true,
    });
    expect(codeOf(unknownService).message).toBe('errors.exit.unknown_service');
    expect(getParticipant(t.runtime.db(), id)).toEqual(before);
  });

  it('refuses EMPLOYED_6M without a programme placement of six months by the exit date', async () => {
    const id = active('avi', '2026-03-01');
    const tryExit = (exitDate: string) =>
      t.call('participants.exit', { id, exitDate, exitReason: 'EMPLOYED_6M', confirmed: true });
    expect(codeOf(await tryExit('2026-10-30'))).toMatchObject({
      code: 'invalid_input',
      message: 'errors.exit.employed_6m_without_placement',
      fields: [expect.objectContaining({ path: 'exitReason' })],
    });
    placement(id, '2026-02-01'); // before enrolment: not a programme placement
    placement(id, '2026-04-30'); // six months on 2026-10-30
    expect(codeOf(await tryExit('2026-10-29')).message).toBe('errors.exit.employed_6m_without_placement');
    expect(getParticipant(t.runtime.db(), id)?.status).toBe('active');
    expect((await t.must('exits.get', { id })).proposal).toEqual({
      reason: 'EMPLOYED_6M',
      placementStart: '2026-04-30',
      sixMonthsOn: '2026-10-30',
    });
    expect((await tryExit('2026-10-30')).ok).toBe(true);
  });

  it('lets a coach exit only their own caseload; navigators and facilitators not at all', async () => {
    const id = active('gila', '2026-05-01');
    const input = { id, exitDate: '2026-10-30', exitReason: 'MOVED', confirmed: true } as const;
    await staff.actAs('avi');
    expect(codeOf(await t.call('participants.exit', input)).message).toBe('errors.participant.not_your_caseload');
    for (const who of ['nurit', 'fadi'] as const) {
      await staff.actAs(who);
      for (const result of [
        await t.call('participants.exit', input),
        await t.call('exits.due', {}),
        await t.call('exits.get', { id }),
        await t.call('timeline.casework', { id }),
      ])
        expect(codeOf(result).code).toBe('forbidden');
    }
    await staff.actAs('admin');
    expect(getParticipant(t.runtime.db(), id)?.status).toBe('active');
  });
});

describe('exits.due', () => {
  let employed: number;
  let maxed: number;
  let noShows: number;
  let silent: number;
  let fine: number;

  beforeAll(() => {
    employed = active('avi', '2026-01-10');
    placement(employed, '2026-04-15'); // six months on 2026-10-15
    maxed = active('gila', '2025-05-01'); // 18 months on 2026-11-01, today
    noShows = active('avi', '2026-06-01');
    for (const date of ['2026-09-01', '2026-09-15', '2026-10-01']) meeting(noShows, date, 'NO_SHOW');
    silent = active('avi', '2026-02-01', '2026-08-03'); // 90 days before today
    for (const date of ['2026-09-01', '2026-10-01']) meeting(silent, date, 'NO_SHOW');
    meeting(silent, '2026-09-10', 'ATTENDED' as const);
    fine = active('avi', '2026-06-01');
    meeting(fine, '2026-10-20', 'ATTENDED');
  });

  it('lists each proposal kind with why, oldest enrolment first', async () => {
    const due = await t.must('exits.due', {});
    const ours = due.filter((d) => [employed, maxed, noShows, silent, fine].includes(d.id));
    expect(ours.map((d) => [d.id, d.proposal.reason])).toEqual([
      [maxed, 'MAX_DURATION'],
      [employed, 'EMPLOYED_6M'],
      [noShows, 'NON_COOPERATION'],
    ]);
    expect(ours[0]?.proposal).toEqual({
      reason: 'MAX_DURATION',
      enrolmentDate: '2025-05-01',
      months: 18,
      reachedOn: '2026-11-01',
    });
  });

  it('follows the centre setting, and a coach sees only their own caseload', async () => {
    await t.must('settings.update', { maxProgrammeMonths: 36 });
    expect((await t.must('settings.get', {})).maxProgrammeMonths).toBe(36);
    expect((await t.must('exits.due', {})).some((d) => d.id === maxed)).toBe(false);
    expect(codeOf(await t.call('settings.update', { maxProgrammeMonths: 24 } as never)).code).toBe('invalid_input');
    await t.must('settings.update', { maxProgrammeMonths: 18 });
    await staff.actAs('avi');
    const mine = await t.must('exits.due', {});
    expect(mine.some((d) => d.id === maxed)).toBe(false);
    expect(mine.every((d) => d.coachId === staff.ids.avi)).toBe(true);
    await staff.actAs('admin');
  });

  it('counts silence after two no-shows since the last contact', async () => {
    // Unlike `silent` above, no attended meeting since 3 August: two no-shows and 90 days.
    const silentOne = active('gila', '2026-02-01', '2026-08-03');
    meeting(silentOne, '2026-09-01', 'NO_SHOW');
    meeting(silentOne, '2026-10-01', 'NO_SHOW');
    const due = await t.must('exits.due', {});
    expect(due.find((d) => d.id === silentOne)?.proposal).toEqual({
      reason: 'NON_COOPERATION',
      rule: 'silent',
      noShows: 2,
      daysSinceContact: 90,
    });
  });
});

describe('home.day', () => {
  let mine: number;
  let theirs: number;

  beforeAll(() => {
    const db = t.runtime.db();
    mine = active('avi', '2026-06-01', '2026-07-01');
    theirs = active('gila', '2026-06-01');
    meeting(mine, '2026-11-01', 'BOOKED', staff.ids.avi);
    meeting(theirs, '2026-11-01', 'BOOKED', staff.ids.gila);
    meeting(mine, '2026-11-02', 'BOOKED', staff.ids.avi);
    const job = placement(mine, '2026-05-01');
    db.insert(followUps)
      .values([
        { participantId: mine, placementId: job, months: 6, dueDate: '2026-11-01', updatedAt: at },
        {
          participantId: mine,
          placementId: job,
          months: 12,
          dueDate: '2026-10-01',
          state: 'retry',
          nextTryDate: '2026-11-05',
          updatedAt: at,
        },
      ])
      .run();
    const signed = db
      .insert(plans)
      .values({ participantId: mine, version: 1, status: 'signed', createdAt: at, updatedAt: at })
      .returning()
      .get();
    const draft = db
      .insert(plans)
      .values({ participantId: mine, version: 2, status: 'draft', createdAt: at, updatedAt: at })
      .returning()
      .get();
    db.insert(planTasks)
      .values([
        { planId: signed.id, itemKey: 'a', text: 'old copy', owner: 'participant', dueDate: '2026-10-01' },
        { planId: draft.id, itemKey: 'a', text: 'לשלוח קורות חיים', owner: 'participant', dueDate: '2026-10-01' },
        { planId: draft.id, itemKey: 'b', text: 'done', owner: 'coach', dueDate: '2026-10-01', doneDate: '2026-10-02' },
        { planId: draft.id, itemKey: 'c', text: 'later', owner: 'coach', dueDate: '2026-11-02' },
      ])
      .run();
    db.insert(trafficLightChanges)
      .values({ participantId: mine, date: '2026-10-20', light: 'GREEN', createdAt: at })
      .run();
  });

  it('gives a coach their own meetings, follow-ups, current-plan tasks and silent participants', async () => {
    await staff.actAs('avi');
    const day = await t.must('home.day', {});
    expect(day).toMatchObject({ date: '2026-11-01', role: 'coach', calls: null, sessions: null });
    expect(day.meetings?.items.map((m) => m.participantId)).toEqual([mine]);
    expect(day.followUps?.items.map((f) => [f.participantId, f.months])).toEqual([[mine, 6]]);
    expect(day.tasks?.items.map((x) => x.text)).toEqual(['לשלוח קורות חיים']);
    expect(day.noContact?.items.map((p) => p.participantId)).toContain(mine);
    expect(day.noContact?.items.map((p) => p.participantId)).not.toContain(theirs);
    const later = await t.must('home.day', { date: '2026-11-05' });
    expect(later.followUps?.items.map((f) => f.months).sort()).toEqual([12, 6]);
    expect(later.meetings?.total).toBe(0);
    await staff.actAs('admin');
  });

  it('gives the coordinator the whole centre and the front-desk counts', async () => {
    const day = await t.must('home.day', {});
    expect(day.meetings?.items.map((m) => m.participantId).sort()).toEqual([mine, theirs].sort());
    expect(day.calls).toEqual({ routing: expect.any(Number), reminders: expect.any(Number) });
  });

  it('gives a navigator the calls only and a facilitator their sessions only', async () => {
    await staff.actAs('nurit');
    const nav = await t.must('home.day', {});
    expect(nav).toMatchObject({ role: 'navigator', meetings: null, tasks: null, noContact: null, followUps: null });
    expect(nav.calls).not.toBeNull();
    await staff.actAs('fadi');
    expect((await t.must('home.day', {})).sessions).toEqual({ items: [], total: 0 });
    const instance = t.runtime
      .db()
      .insert(workshopInstances)
      .values({ type: 'JOB_CLUB', title: 'מועדון עבודה', facilitatorId: staff.ids.fadi, createdAt: at, updatedAt: at })
      .returning()
      .get();
    t.runtime
      .db()
      .insert(workshopSessions)
      .values([
        { instanceId: instance.id, date: '2026-10-25', createdAt: at, updatedAt: at },
        { instanceId: instance.id, date: '2026-11-03', startTime: '10:00', createdAt: at, updatedAt: at },
      ])
      .run();
    const facilitator = await t.must('home.day', {});
    expect(facilitator).toMatchObject({ role: 'facilitator', meetings: null, calls: null });
    expect(facilitator.sessions?.items.map((s) => s.date)).toEqual(['2026-11-03']);
    await staff.actAs('admin');
  });

  it('refuses a malformed date', async () => {
    expect(codeOf(await t.call('home.day', { date: '1/11/2026' })).code).toBe('invalid_input');
  });

  it('puts case work on the timeline with the tab each entry opens', async () => {
    const entries = await t.must('timeline.casework', { id: mine });
    expect(entries.map((e) => [e.kind, e.date, e.code, e.tab])).toEqual(
      expect.arrayContaining([
        ['placement_start', '2026-05-01', 'SALARIED', 'placements'],
        ['light', '2026-10-20', 'GREEN', 'meetings'],
        ['meeting_booked', '2026-11-01', 'BOOKED', 'meetings'],
      ]),
    );
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort());
  });
});
