import { beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/api/contract';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';
import { eligibleAnswers } from '../fixtures/participant';

let t: TestApp;
let staff: Awaited<
  ReturnType<typeof withStaff<{ nurit: 'navigator'; avi: 'coach'; gila: 'coach'; fay: 'facilitator' }>>
>;
let aviCase: number;
let gilaCase: number;

type Draft = MethodInput<'plans.saveDraft'>;

const goal = {
  what: 'לשלוח קורות חיים למשרות הנהלת חשבונות',
  measureValue: 10,
  measureUnit: 'משרות',
  dueDate: '2026-12-31',
  status: 'open' as const,
  reviewNote: null,
};

function draft(participantId: number, expectedUpdatedAt: string | null, extra: Partial<Draft> = {}): Draft {
  return {
    participantId,
    expectedUpdatedAt,
    vision: 'לחזור לעבוד כמנהלת חשבונות',
    strengths: 'יסודית ואמינה',
    plannedMeetings: 3,
    plannedWorkshopTypes: ['OPENING', 'BACK_TO_WORK'],
    nextReviewDate: '2027-01-15',
    goals: [goal],
    tasks: [{ text: 'לעדכן קורות חיים', owner: 'participant', dueDate: '2026-11-10', doneDate: null, goalKey: null }],
    barriers: [{ code: 'digital_skills', detail: 'אינה משתמשת בדוא"ל', addressedBy: 'סדנת מחשבים' }],
    ...extra,
  };
}

function failure(result: { ok: boolean; error?: unknown }) {
  expect(result.ok).toBe(false);
  return result.error as { code: string; message: string; fields?: { path: string; message: string }[] };
}

async function caseOf(coach: 'avi' | 'gila', phone: string): Promise<number> {
  const created = await t.must('inquiries.create', { firstName: 'מרים', lastName: 'אזולאי', phone });
  if (created.kind !== 'created') throw new Error('expected a new record');
  await t.must('screening.record', { participantId: created.id, answers: eligibleAnswers });
  const conference = await t.must('conferences.save', { date: '2026-11-22' });
  await t.must('conferences.invite', { conferenceId: conference.id, participantIds: [created.id] });
  await t.must('participants.scheduleIntake', {
    id: created.id,
    coachId: staff.ids[coach],
    intakeScheduledDate: '2026-10-28',
  });
  return created.id;
}

async function planRows(participantId: number) {
  const sqlite = t.runtime.sqlite();
  const plans = sqlite.prepare('SELECT id FROM plans WHERE participant_id = ?').pluck().all(participantId) as number[];
  const count = (table: string) =>
    plans.length === 0
      ? 0
      : (sqlite
          .prepare(`SELECT count(*) FROM ${table} WHERE plan_id IN (${plans.map(() => '?').join(',')})`)
          .pluck()
          .get(...plans) as number);
  return {
    plans: plans.length,
    goals: count('plan_goals'),
    tasks: count('plan_tasks'),
    barriers: count('plan_barriers'),
  };
}

beforeAll(async () => {
  t = await createTestCentre();
  staff = await withStaff(t, { nurit: 'navigator', avi: 'coach', gila: 'coach', fay: 'facilitator' } as const);
  aviCase = await caseOf('avi', '052-300-0001');
  gilaCase = await caseOf('gila', '052-300-0002');
});

describe('writing, signing and revising a plan', () => {
  it('has no plan before the first save, and the case’s coach may write one', async () => {
    await staff.actAs('avi');
    expect(await t.must('plans.get', { participantId: aviCase })).toEqual({
      versions: [],
      current: null,
      canEdit: true,
    });
  });

  it('refuses a goal without a due date or measure in the coach’s words, and saves nothing', async () => {
    const result = await t.call(
      'plans.saveDraft',
      draft(aviCase, null, { goals: [{ ...goal, dueDate: null, measureUnit: null }] }),
    );
    const error = failure(result);
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toEqual([
      { path: 'goals.0.measureUnit', message: 'validation.plan.goal_measure_unit' },
      { path: 'goals.0.dueDate', message: 'validation.plan.goal_due_date' },
    ]);
    expect(await planRows(aviCase)).toEqual({ plans: 0, goals: 0, tasks: 0, barriers: 0 });
  });

  it('refuses a wrong code, an unknown goal key and text over its limit, naming each, with nothing saved', async () => {
    const bad = draft(aviCase, null, {
      plannedWorkshopTypes: ['NOT_A_TYPE' as 'OPENING'],
      tasks: [{ text: 'x'.repeat(301), owner: 'participant', dueDate: null, doneDate: null, goalKey: null }],
    });
    expect(failure(await t.call('plans.saveDraft', bad)).fields?.map((f) => f.path)).toEqual([
      'plannedWorkshopTypes.0',
      'tasks.0.text',
    ]);
    const orphan = draft(aviCase, null, {
      tasks: [{ text: 'משימה', owner: 'coach', dueDate: null, doneDate: null, goalKey: 'nosuchgoal' }],
    });
    expect(failure(await t.call('plans.saveDraft', orphan)).fields).toEqual([
      { path: 'tasks.0.goalKey', message: 'validation.plan.task_goal_unknown' },
    ]);
    expect(await planRows(aviCase)).toEqual({ plans: 0, goals: 0, tasks: 0, barriers: 0 });
  });

  it('saves the draft of version 1 with keys for every item, and audits the names of what changed', async () => {
    const saved = await t.must('plans.saveDraft', draft(aviCase, null));
    expect(saved).toMatchObject({ version: 1, status: 'draft', vision: 'לחזור לעבוד כמנהלת חשבונות' });
    expect(saved.goals[0]?.itemKey).toMatch(/^[0-9a-f]{16}$/);
    expect(saved.barriers).toEqual([
      expect.objectContaining({ code: 'digital_skills', detail: 'אינה משתמשת בדוא"ל', addressedBy: 'סדנת מחשבים' }),
    ]);
    const audit = await (async () => {
      await staff.actAs('admin');
      const rows = await t.must('audit.list', { entity: 'plan_version', entityId: String(saved.id) });
      await staff.actAs('avi');
      return rows.rows;
    })();
    expect(audit.map((r) => r.action).sort()).toEqual(['record_created', 'record_updated']);
    const updated = audit.find((r) => r.action === 'record_updated');
    expect(updated?.fields).toEqual(expect.arrayContaining(['vision', 'goals', 'tasks', 'barriers']));
    expect(JSON.stringify(audit)).not.toContain('מנהלת חשבונות');
  });

  it('refuses a second save made over a newer one, keeping the newer', async () => {
    const loaded = (await t.must('plans.get', { participantId: aviCase })).current!;
    const first = await t.must('plans.saveDraft', {
      ...draft(aviCase, loaded.updatedAt),
      goals: loaded.goals.map(({ itemKey, what, measureValue, measureUnit, dueDate, status, reviewNote }) => ({
        itemKey,
        what,
        measureValue,
        measureUnit,
        dueDate,
        status,
        reviewNote,
      })),
      vision: 'חזון ראשון',
    });
    const stale = await t.call('plans.saveDraft', { ...draft(aviCase, loaded.updatedAt), vision: 'חזון שני' });
    expect(failure(stale)).toMatchObject({ code: 'conflict', message: 'errors.plan.changed_elsewhere' });
    // Saying "there is no draft yet" when there is one is just as stale.
    expect(failure(await t.call('plans.saveDraft', draft(aviCase, null))).code).toBe('conflict');
    const now = (await t.must('plans.get', { participantId: aviCase })).current!;
    expect(now.vision).toBe('חזון ראשון');
    expect(now.updatedAt).toBe(first.updatedAt);
    expect(now.goals.map((g) => g.itemKey)).toEqual(loaded.goals.map((g) => g.itemKey));
  });

  it('signs with both dates only: a missing or future date is refused and the draft stays a draft', async () => {
    const missing = await t.call('plans.sign', {
      participantId: aviCase,
      participantSignedDate: '2026-11-01',
    } as MethodInput<'plans.sign'>);
    expect(failure(missing).fields?.map((f) => f.path)).toEqual(['coachSignedDate']);
    const future = await t.call('plans.sign', {
      participantId: aviCase,
      participantSignedDate: '2026-11-01',
      coachSignedDate: '2026-12-01',
    });
    expect(failure(future).fields).toEqual([{ path: 'coachSignedDate', message: 'validation.date_in_future' }]);
    expect((await t.must('plans.get', { participantId: aviCase })).current?.status).toBe('draft');

    const signed = await t.must('plans.sign', {
      participantId: aviCase,
      participantSignedDate: '2026-11-01',
      coachSignedDate: '2026-11-01',
    });
    expect(signed).toMatchObject({ version: 1, status: 'signed', signedByName: 'coach avi' });
    expect(
      failure(
        await t.call('plans.sign', {
          participantId: aviCase,
          participantSignedDate: '2026-11-01',
          coachSignedDate: '2026-11-01',
        }),
      ).message,
    ).toBe('errors.plan.nothing_to_sign');
  });

  it('opens the draft of version 2 on the next edit, leaving version 1 as signed, and compares them', async () => {
    const plan = await t.must('plans.get', { participantId: aviCase });
    expect(plan.current).toMatchObject({ version: 1, status: 'signed' });
    const v1 = plan.current!;
    const next = await t.must('plans.saveDraft', {
      ...draft(aviCase, null),
      vision: 'חשבת שכר',
      goals: [{ ...goal, itemKey: v1.goals[0]!.itemKey, status: 'achieved', reviewNote: 'נשלחו 12' }],
      tasks: [],
      barriers: v1.barriers.map(({ itemKey, code, detail }) => ({ itemKey, code, detail, addressedBy: 'המקדמת' })),
    });
    expect(next).toMatchObject({ version: 2, status: 'draft' });
    const versions = (await t.must('plans.get', { participantId: aviCase })).versions;
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'signed'],
      [2, 'draft'],
    ]);
    const first = await t.must('plans.version', { planId: versions[0]!.id });
    expect(first).toMatchObject({ vision: 'חזון ראשון', status: 'signed', participantSignedDate: '2026-11-01' });
    expect(first.tasks).toHaveLength(1);

    const compared = await t.must('plans.compare', { participantId: aviCase, fromVersion: 1, toVersion: 2 });
    expect(compared.from.version).toBe(1);
    expect(compared.to.version).toBe(2);
    expect(compared.changes.fields).toEqual(['vision']);
    expect(compared.changes.goals).toEqual([
      { itemKey: v1.goals[0]!.itemKey, change: 'changed', fields: ['status', 'reviewNote'] },
    ]);
    expect(compared.changes.tasks).toEqual([expect.objectContaining({ change: 'removed' })]);
    expect(compared.changes.barriers).toEqual([
      { itemKey: v1.barriers[0]!.itemKey, change: 'changed', fields: ['addressedBy'] },
    ]);
    expect(
      failure(await t.call('plans.compare', { participantId: aviCase, fromVersion: 1, toVersion: 9 })).message,
    ).toBe('errors.plan.version_not_found');
  });

  it('writes an audit entry, by id only, for every opening of a plan, a version or a comparison', async () => {
    await staff.actAs('admin');
    const viewed = await t.must('audit.list', { action: 'record_viewed', pageSize: 200 });
    const entities = viewed.rows
      .filter((r) => r.entity?.startsWith('plan'))
      .map((r) => [r.entity, r.entityId, r.fields]);
    const versions = (await t.must('plans.get', { participantId: aviCase })).versions;
    expect(entities).toEqual(
      expect.arrayContaining([
        ['plan', String(aviCase), null],
        ['plan_version', String(versions[0]!.id), null],
        ['plan_comparison', String(aviCase), null],
      ]),
    );
  });
});

describe('who may see and change a plan', () => {
  beforeAll(async () => {
    await staff.actAs('gila');
    await t.must('plans.saveDraft', draft(gilaCase, null));
  });

  it('refuses navigators and facilitators every plan method', async () => {
    for (const who of ['nurit', 'fay'] as const) {
      await staff.actAs(who);
      const calls = [
        t.call('plans.get', { participantId: aviCase }),
        t.call('plans.version', { planId: 1 }),
        t.call('plans.compare', { participantId: aviCase, fromVersion: 1, toVersion: 2 }),
        t.call('plans.saveDraft', draft(aviCase, null)),
        t.call('plans.sign', {
          participantId: aviCase,
          participantSignedDate: '2026-11-01',
          coachSignedDate: '2026-11-01',
        }),
      ];
      for (const result of await Promise.all(calls)) expect(failure(result).code).toBe('forbidden');
    }
  });

  it('lets a coach read another coach’s plan but not change or sign it', async () => {
    await staff.actAs('avi');
    const theirs = await t.must('plans.get', { participantId: gilaCase });
    expect(theirs.canEdit).toBe(false);
    expect(theirs.current?.vision).toBe('לחזור לעבוד כמנהלת חשבונות');
    const before = await planRows(gilaCase);
    const edit = await t.call('plans.saveDraft', { ...draft(gilaCase, theirs.current!.updatedAt), vision: 'x' });
    expect(failure(edit)).toMatchObject({ code: 'forbidden', message: 'errors.participant.not_your_caseload' });
    const sign = await t.call('plans.sign', {
      participantId: gilaCase,
      participantSignedDate: '2026-11-01',
      coachSignedDate: '2026-11-01',
    });
    expect(failure(sign).message).toBe('errors.participant.not_your_caseload');
    expect(await planRows(gilaCase)).toEqual(before);
    expect((await t.must('plans.get', { participantId: gilaCase })).current?.status).toBe('draft');
  });

  it('lets a coordinator change any open case’s plan, and nobody a closed one', async () => {
    await staff.actAs('admin');
    const theirs = (await t.must('plans.get', { participantId: gilaCase })).current!;
    expect(
      (await t.must('plans.saveDraft', { ...draft(gilaCase, theirs.updatedAt), plannedMeetings: 5 })).plannedMeetings,
    ).toBe(5);
    const created = await t.must('inquiries.create', { firstName: 'יוסי', lastName: 'לוי', phone: '052-300-0009' });
    if (created.kind !== 'created') throw new Error('expected a new record');
    const notYet = await t.call('plans.saveDraft', draft(created.id, null));
    expect(failure(notYet).message).toBe('errors.plan.case_not_open');
    expect(await planRows(created.id)).toEqual({ plans: 0, goals: 0, tasks: 0, barriers: 0 });
  });

  it('answers an unknown participant or version as not found', async () => {
    expect(failure(await t.call('plans.get', { participantId: 99_999 })).code).toBe('not_found');
    expect(failure(await t.call('plans.version', { planId: 99_999 })).message).toBe('errors.plan.version_not_found');
  });
});
