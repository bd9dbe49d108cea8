import { beforeAll, describe, expect, it } from 'vitest';
import he from '../../electron/api/messages.he.json';
import en from '../../electron/api/messages.en.json';
import { insertParticipant } from '../../db/repositories/participants';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';

/*
 * Placements and retention follow-ups through dispatch on an encrypted store. The test
 * centre's clock says 1 November 2026.
 */
let t: TestApp;
let staff: Awaited<
  ReturnType<typeof withStaff<{ nurit: 'navigator'; avi: 'coach'; gila: 'coach'; fanny: 'facilitator' }>>
>;
let aviCase: number;
let gilaCase: number;
let lateCase: number;

type Failure = { code: string; message: string; fields?: { path: string; message: string }[] };

function failureOf(result: { ok: boolean; error?: Failure }): Failure {
  expect(result.ok).toBe(false);
  return result.error as Failure;
}

/** A key means a translated message only if both languages have words for it. */
function translated(key: string): boolean {
  const lookup = (messages: unknown) =>
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  return typeof lookup(he) === 'string' && typeof lookup(en) === 'string';
}

function enrolled(coachId: number, enrolmentDate: string, phone: string): number {
  return insertParticipant(
    t.runtime.db(),
    { firstName: 'רחל', lastName: 'מזרחי', phone, status: 'active', coachId, enrolmentDate, trafficLight: 'GREEN' },
    null,
    t.runtime.now(),
  ).id;
}

const job = {
  employer: 'מאפיית השכונה',
  occupationCode: '4120',
  startDate: '2025-08-31',
  employmentType: 'SALARIED' as const,
  jobScopePct: 50,
  monthlySalaryNis: 4200,
  foundBy: 'PROGRAMME' as const,
};

beforeAll(async () => {
  t = await createTestCentre();
  staff = await withStaff(t, { nurit: 'navigator', avi: 'coach', gila: 'coach', fanny: 'facilitator' } as const);
  aviCase = enrolled(staff.ids.avi, '2025-06-01', '0521110001');
  gilaCase = enrolled(staff.ids.gila, '2025-06-01', '0521110002');
  lateCase = enrolled(staff.ids.avi, '2025-09-15', '0521110003');
});

async function placementCount(participantId: number): Promise<number> {
  return (await t.must('placements.list', { participantId })).placements.length;
}

describe('placements.save', () => {
  it('records the first programme placement and creates the four follow-ups from its start', async () => {
    await staff.actAs('avi');
    const saved = await t.must('placements.save', { participantId: aviCase, ...job });
    expect(saved).toMatchObject({ occupationCode: '4120', programme: true, endDate: null, employer: job.employer });
    const { followUps, canEdit } = await t.must('placements.list', { participantId: aviCase });
    expect(canEdit).toBe(true);
    // 31 August + 6 months is 28 February (2026 is not a leap year).
    expect(followUps.map((f) => [f.months, f.dueDate, f.state, f.placementId])).toEqual([
      [6, '2026-02-28', 'pending', saved.id],
      [12, '2026-08-31', 'pending', saved.id],
      [15, '2026-11-30', 'pending', saved.id],
      [24, '2027-08-31', 'pending', saved.id],
    ]);
  });

  it('refuses bad input with a translated reason on the field, and saves nothing', async () => {
    await staff.actAs('avi');
    const before = await placementCount(aviCase);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ occupationCode: '9999' }, 'occupationCode', 'validation.occupation_unknown'],
      [{ occupationCode: 'מזכירה' }, 'occupationCode', 'validation.occupation_unknown'],
      [{ jobScopePct: 0 }, 'jobScopePct', 'validation.too_small'],
      [{ jobScopePct: 101 }, 'jobScopePct', 'validation.too_big'],
      [{ monthlySalaryNis: 1.5 }, 'monthlySalaryNis', 'validation.whole_shekels'],
      [{ monthlySalaryNis: -1 }, 'monthlySalaryNis', 'validation.too_small'],
      [{ endDate: '2025-08-30' }, 'endDate', 'validation.dateOrder'],
      [{ startDate: '2025-02-30' }, 'startDate', 'validation.iso_date'],
    ];
    for (const [bad, path, message] of cases) {
      const failure = failureOf(await t.call('placements.save', { participantId: aviCase, ...job, ...bad } as never));
      expect(failure.code, path).toBe('invalid_input');
      expect(failure.fields, path).toContainEqual({ path, message });
      expect(translated(message), message).toBe(true);
      expect(translated(failure.message)).toBe(true);
    }
    expect(await placementCount(aviCase)).toBe(before);
  });

  it('updates with the updatedAt it was opened with, and refuses a stale one', async () => {
    await staff.actAs('avi');
    const [first] = (await t.must('placements.list', { participantId: aviCase })).placements;
    const updated = await t.must('placements.save', {
      participantId: aviCase,
      ...job,
      placementId: first!.id,
      expectedUpdatedAt: first!.updatedAt,
      monthlySalaryNis: 4500,
    });
    expect(updated.monthlySalaryNis).toBe(4500);
    const stale = await t.call('placements.save', {
      participantId: aviCase,
      ...job,
      placementId: first!.id,
      expectedUpdatedAt: first!.updatedAt,
      monthlySalaryNis: 1,
    });
    expect(failureOf(stale)).toMatchObject({ code: 'conflict', message: 'errors.placement.changed_elsewhere' });
    expect(translated('errors.placement.changed_elsewhere')).toBe(true);
  });

  it('re-dates the unanswered follow-ups when an earlier programme placement is added', async () => {
    await staff.actAs('avi');
    const earlier = await t.must('placements.save', {
      participantId: aviCase,
      ...job,
      startDate: '2025-07-31',
      endDate: '2025-08-20',
    });
    const { followUps } = await t.must('placements.list', { participantId: aviCase });
    expect(followUps.map((f) => [f.months, f.dueDate, f.placementId])).toEqual([
      [6, '2026-01-31', earlier.id],
      [12, '2026-07-31', earlier.id],
      [15, '2026-10-31', earlier.id],
      [24, '2027-07-31', earlier.id],
    ]);
  });

  it('creates no follow-ups for a placement that starts before enrolment', async () => {
    await staff.actAs('avi');
    const before = await t.must('placements.save', { participantId: lateCase, ...job, startDate: '2025-09-01' });
    expect(before.programme).toBe(false);
    expect((await t.must('placements.list', { participantId: lateCase })).followUps).toEqual([]);
  });
});

describe('placements.end', () => {
  it('ends a placement, refusing an end before the start', async () => {
    await staff.actAs('avi');
    const [, second] = (await t.must('placements.list', { participantId: aviCase })).placements;
    const early = failureOf(await t.call('placements.end', { placementId: second!.id, endDate: '2025-01-01' }));
    expect(early.fields).toEqual([{ path: 'endDate', message: 'validation.dateOrder' }]);
    expect((await t.must('placements.list', { participantId: aviCase })).placements[1]?.endDate).toBeNull();
    const ended = await t.must('placements.end', { placementId: second!.id, endDate: '2026-03-31' });
    expect(ended.endDate).toBe('2026-03-31');
    await t.must('placements.save', {
      participantId: aviCase,
      ...job,
      placementId: second!.id,
      endDate: null,
      monthlySalaryNis: 4500,
    });
  });

  it('answers not_found for a placement that does not exist', async () => {
    await staff.actAs('avi');
    expect(failureOf(await t.call('placements.end', { placementId: 99999, endDate: '2026-01-01' })).code).toBe(
      'not_found',
    );
  });
});

describe('roles', () => {
  it('refuses navigators and facilitators every placement and follow-up method', async () => {
    for (const who of ['nurit', 'fanny'] as const) {
      await staff.actAs(who);
      expect(failureOf(await t.call('placements.list', { participantId: aviCase })).code).toBe('forbidden');
      expect(failureOf(await t.call('placements.save', { participantId: aviCase, ...job })).code).toBe('forbidden');
      expect(failureOf(await t.call('followUps.queue', { scope: 'all' })).code).toBe('forbidden');
      expect(failureOf(await t.call('followUps.answer', { followUpId: 1, answer: 'same_job' })).code).toBe('forbidden');
    }
  });

  it("lets a coach read another coach's placements but not change them", async () => {
    await staff.actAs('gila');
    const { canEdit, placements } = await t.must('placements.list', { participantId: aviCase });
    expect(canEdit).toBe(false);
    const refused = failureOf(await t.call('placements.save', { participantId: aviCase, ...job }));
    expect(refused).toMatchObject({ code: 'forbidden', message: 'errors.participant.not_your_caseload' });
    expect(
      failureOf(await t.call('placements.end', { placementId: placements[0]!.id, endDate: '2026-01-01' })).code,
    ).toBe('forbidden');
    expect((await t.must('placements.list', { participantId: aviCase })).placements).toHaveLength(placements.length);
  });
});

describe('followUps.queue and followUps.answer', () => {
  beforeAll(async () => {
    await staff.actAs('gila');
    await t.must('placements.save', { participantId: gilaCase, ...job, startDate: '2026-05-01' });
  });

  it("gives a coach their own participants' calls, and the coordinator everyone's or one coach's", async () => {
    await staff.actAs('avi');
    const mine = await t.must('followUps.queue', { scope: 'all', coachId: staff.ids.gila });
    expect(new Set(mine.items.map((i) => i.participantId))).toEqual(new Set([aviCase]));
    expect(mine.items[0]).toMatchObject({ name: 'רחל מזרחי', phone: '0521110001', months: 6, overdue: true });
    await staff.actAs('admin');
    const everyone = await t.must('followUps.queue', { scope: 'all' });
    expect(new Set(everyone.items.map((i) => i.participantId))).toEqual(new Set([aviCase, gilaCase]));
    const gilas = await t.must('followUps.queue', { scope: 'all', coachId: staff.ids.gila });
    expect(new Set(gilas.items.map((i) => i.participantId))).toEqual(new Set([gilaCase]));
  });

  it('splits overdue calls from those due this week', async () => {
    await staff.actAs('admin');
    // Today is Sunday 1 November 2026: Gila's 6-month call (1 November) is due this week.
    const week = await t.must('followUps.queue', { scope: 'week' });
    expect(week.items.map((i) => [i.participantId, i.months, i.callDate])).toEqual([[gilaCase, 6, '2026-11-01']]);
    const overdue = await t.must('followUps.queue', { scope: 'overdue' });
    expect(overdue.items.map((i) => [i.participantId, i.months])).toEqual([
      [aviCase, 6],
      [aviCase, 12],
      [aviCase, 15],
    ]);
  });

  it('retries an unanswered call in 7 days and marks the third unreachable', async () => {
    await staff.actAs('gila');
    const [call] = (await t.must('followUps.queue', { scope: 'week' })).items;
    const first = await t.must('followUps.answer', { followUpId: call!.id, answer: 'no_answer' });
    expect(first.followUp).toMatchObject({ state: 'retry', attempts: 1, nextTryDate: '2026-11-08' });
    await t.must('followUps.answer', { followUpId: call!.id, answer: 'no_answer' });
    const third = await t.must('followUps.answer', { followUpId: call!.id, answer: 'no_answer' });
    expect(third.followUp).toMatchObject({ state: 'unreachable', attempts: 3, answeredDate: '2026-11-01' });
    const again = failureOf(await t.call('followUps.answer', { followUpId: call!.id, answer: 'same_job' }));
    expect(again).toMatchObject({ code: 'conflict', message: 'errors.followups.already_answered' });
    expect(translated(again.message)).toBe(true);
  });

  it('same job makes the job asked about ongoing again, even where an end date had been recorded', async () => {
    await staff.actAs('avi');
    const [six] = (await t.must('followUps.queue', { scope: 'overdue' })).items;
    const answered = await t.must('followUps.answer', { followUpId: six!.id, answer: 'same_job' });
    expect(answered).toMatchObject({ followUp: { state: 'same_job' }, newPlacement: null });
    const first = (await t.must('placements.list', { participantId: aviCase })).placements[0];
    expect(first?.endDate).toBeNull();
  });

  it('not employed needs the end date and sets it on the job asked about', async () => {
    await staff.actAs('avi');
    const [twelve] = (await t.must('followUps.queue', { scope: 'overdue' })).items;
    const missing = failureOf(await t.call('followUps.answer', { followUpId: twelve!.id, answer: 'not_employed' }));
    expect(missing.fields).toEqual([{ path: 'endDate', message: 'validation.required' }]);
    const future = failureOf(
      await t.call('followUps.answer', { followUpId: twelve!.id, answer: 'not_employed', endDate: '2026-12-01' }),
    );
    expect(future.fields).toEqual([{ path: 'endDate', message: 'validation.date_in_future' }]);
    const answered = await t.must('followUps.answer', {
      followUpId: twelve!.id,
      answer: 'not_employed',
      endDate: '2026-06-30',
    });
    expect(answered.followUp.state).toBe('not_employed');
  });

  it('employed elsewhere opens the new placement, and the next follow-up asks about it', async () => {
    await staff.actAs('avi');
    const [fifteen] = (await t.must('followUps.queue', { scope: 'overdue' })).items;
    const bad = failureOf(
      await t.call('followUps.answer', {
        followUpId: fifteen!.id,
        answer: 'employed_elsewhere',
        newPlacement: { ...job, occupationCode: '0000', startDate: '2026-09-01' },
      }),
    );
    expect(bad.fields).toContainEqual({
      path: 'newPlacement.occupationCode',
      message: 'validation.occupation_unknown',
    });
    const count = await placementCount(aviCase);
    const answered = await t.must('followUps.answer', {
      followUpId: fifteen!.id,
      answer: 'employed_elsewhere',
      newPlacement: { ...job, employer: 'סופר השכונה', occupationCode: '5230', startDate: '2026-09-01' },
    });
    expect(answered.newPlacement).toMatchObject({ occupationCode: '5230', startDate: '2026-09-01', endDate: null });
    expect(await placementCount(aviCase)).toBe(count + 1);
    const all = await t.must('followUps.queue', { scope: 'all' });
    const next = all.items.find((i) => i.participantId === aviCase);
    expect(next).toMatchObject({
      months: 24,
      placementId: answered.newPlacement!.id,
      placementStartDate: '2026-09-01',
    });
  });

  it("refuses a coach another coach's follow-up and an unknown one", async () => {
    await staff.actAs('gila');
    const { followUps } = await t.must('placements.list', { participantId: aviCase });
    const open = followUps.find((f) => f.state === 'pending');
    const refused = failureOf(await t.call('followUps.answer', { followUpId: open!.id, answer: 'same_job' }));
    expect(refused.message).toBe('errors.participant.not_your_caseload');
    expect(failureOf(await t.call('followUps.answer', { followUpId: 99999, answer: 'same_job' }))).toMatchObject({
      code: 'not_found',
      message: 'errors.followups.not_found',
    });
  });
});

describe('audit', () => {
  it('records opening placements, saves and answers by id and field name, never the employer', async () => {
    await staff.actAs('admin');
    const viewed = await t.must('audit.list', { action: 'record_viewed', entityId: String(aviCase) });
    expect(viewed.rows.some((r) => r.entity === 'placements')).toBe(true);
    const created = await t.must('audit.list', { action: 'record_created' });
    expect(created.rows.filter((r) => r.entity === 'placement').length).toBeGreaterThanOrEqual(4);
    const updated = await t.must('audit.list', { action: 'record_updated' });
    expect(updated.rows.some((r) => r.entity === 'follow_up' && r.outcome === 'employed_elsewhere')).toBe(true);
    const salaryChange = updated.rows.find((r) => r.entity === 'placement' && r.fields?.includes('monthlySalaryNis'));
    expect(salaryChange).toBeDefined();
    const everything = JSON.stringify([viewed.rows, created.rows, updated.rows]);
    expect(everything).not.toContain('מאפיית');
    expect(everything).not.toContain('4500');
  });
});
