import { describe, expect, it } from 'vitest';
import {
  changedNames,
  comparePlans,
  isEditable,
  signingProblems,
  smartProblems,
  structureProblems,
  type ComparablePlan,
} from '../../../electron/domain/plans';
import { goalInputSchema } from '../../../electron/api/contracts/plans';
import {
  ensureDraft,
  getDraft,
  getPlanVersion,
  listPlanVersions,
  replaceDraftContent,
  signDraft,
  touchDraft,
  type PlanVersion,
} from '../../../db/repositories/plans';
import { createEncryptedStore } from '../../fixtures/store';

const goal = { what: 'לשלוח קורות חיים', measureValue: 10, measureUnit: 'משרות', dueDate: '2026-12-31' };

describe('SMART goals', () => {
  it('accepts a goal with a number, its unit and a due date', () => {
    expect(smartProblems(goal)).toEqual([]);
    expect(smartProblems({ ...goal, measureValue: 0 })).toEqual([]);
  });

  it('refuses a goal without a measure value, a unit or a due date, each on its own field', () => {
    expect(smartProblems({ ...goal, dueDate: null })).toEqual([
      { path: 'dueDate', message: 'validation.plan.goal_due_date' },
    ]);
    expect(smartProblems({ ...goal, measureValue: null, measureUnit: '  ' }).map((p) => p.path)).toEqual([
      'measureValue',
      'measureUnit',
    ]);
    expect(smartProblems({ ...goal, measureValue: Number.NaN }).map((p) => p.path)).toEqual(['measureValue']);
  });

  it('the contract refuses the same goal with the same message key', () => {
    const parsed = goalInputSchema.safeParse({ ...goal, dueDate: null, status: 'open', reviewNote: null });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['dueDate', 'validation.plan.goal_due_date'],
    ]);
  });
});

describe('signing', () => {
  it('needs both dates, neither in the future', () => {
    expect(
      signingProblems({ participantSignedDate: '2026-11-01', coachSignedDate: '2026-11-01' }, '2026-11-01'),
    ).toEqual([]);
    expect(signingProblems({ participantSignedDate: '2026-11-01' }, '2026-11-01')).toEqual([
      { path: 'coachSignedDate', message: 'validation.plan.signature_date_required' },
    ]);
    expect(
      signingProblems({ participantSignedDate: '2026-11-02', coachSignedDate: '2026-11-01' }, '2026-11-01'),
    ).toEqual([{ path: 'participantSignedDate', message: 'validation.date_in_future' }]);
  });

  it('freezes a signed version; only a draft is editable', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('signed')).toBe(false);
  });
});

describe('item structure', () => {
  it('refuses a repeated item key and a task serving a goal that is not there', () => {
    expect(
      structureProblems({
        goals: [{ itemKey: 'g1' }, { itemKey: 'g1' }],
        tasks: [{ itemKey: 't1', goalKey: 'g1' }, { goalKey: 'nope' }],
        barriers: [],
      }),
    ).toEqual([
      { path: 'goals.1.itemKey', message: 'validation.plan.duplicate_item' },
      { path: 'tasks.1.goalKey', message: 'validation.plan.task_goal_unknown' },
    ]);
  });
});

const base: ComparablePlan = {
  plan: {
    vision: 'מנהלת חשבונות',
    strengths: null,
    plannedMeetings: 3,
    plannedWorkshopTypes: ['OPENING'],
    nextReviewDate: null,
  },
  goals: [{ itemKey: 'g1', ...goal, status: 'open', reviewNote: null }],
  tasks: [{ itemKey: 't1', text: 'לעדכן קו"ח', owner: 'participant', dueDate: null, doneDate: null, goalKey: 'g1' }],
  barriers: [{ itemKey: 'b1', code: 'digital_skills', detail: null, addressedBy: 'סדנה' }],
};

describe('comparing two versions', () => {
  it('finds nothing between a version and itself, and treats empty text as no value', () => {
    expect(comparePlans(base, base)).toEqual({ fields: [], goals: [], tasks: [], barriers: [] });
    expect(comparePlans(base, { ...base, plan: { ...base.plan, strengths: '' } }).fields).toEqual([]);
  });

  it('names changed plan fields, and added, removed and changed items by key with their fields', () => {
    const next: ComparablePlan = {
      plan: { ...base.plan, vision: 'חשבת שכר', plannedWorkshopTypes: ['OPENING', 'JOB_CLUB'] },
      goals: [
        { itemKey: 'g1', ...goal, status: 'achieved', reviewNote: 'הושג' },
        {
          itemKey: 'g2',
          what: 'ראיונות',
          measureValue: 3,
          measureUnit: 'ראיונות',
          dueDate: '2027-01-31',
          status: 'open',
          reviewNote: null,
        },
      ],
      tasks: [{ ...base.tasks[0]!, doneDate: '2026-11-20' }],
      barriers: [],
    };
    const changes = comparePlans(base, next);
    expect(changes.fields).toEqual(['vision', 'plannedWorkshopTypes']);
    expect(changes.goals).toEqual([
      { itemKey: 'g1', change: 'changed', fields: ['status', 'reviewNote'] },
      {
        itemKey: 'g2',
        change: 'added',
        fields: ['what', 'measureValue', 'measureUnit', 'dueDate', 'status', 'reviewNote'],
      },
    ]);
    expect(changes.tasks).toEqual([{ itemKey: 't1', change: 'changed', fields: ['doneDate'] }]);
    expect(changes.barriers).toEqual([{ itemKey: 'b1', change: 'removed', fields: ['code', 'detail', 'addressedBy'] }]);
    expect(changedNames(changes)).toEqual(['vision', 'plannedWorkshopTypes', 'goals', 'tasks', 'barriers']);
  });
});

describe('comparing two versions: what counts as a change', () => {
  it('reads a field left out the same as one with no value', () => {
    const without = { ...base, plan: { ...base.plan, nextReviewDate: undefined } };
    expect(comparePlans(base, without).fields).toEqual([]);
    expect(comparePlans(without, base).fields).toEqual([]);
    const barrierWithout = { ...base, barriers: [{ ...base.barriers[0]!, detail: undefined }] };
    expect(comparePlans(base, barrierWithout).barriers).toEqual([]);
  });

  it('names for the audit log only the lists that changed', () => {
    const taskDone = { ...base, tasks: [{ ...base.tasks[0]!, doneDate: '2026-11-20' }] };
    expect(changedNames(comparePlans(base, taskDone))).toEqual(['tasks']);
    const visionOnly = { ...base, plan: { ...base.plan, vision: 'חשבת שכר' } };
    expect(changedNames(comparePlans(base, visionOnly))).toEqual(['vision']);
    expect(changedNames(comparePlans(base, base))).toEqual([]);
  });
});

describe('item structure: items not yet keyed', () => {
  it('does not take two new items without a key for a repeated key', () => {
    expect(
      structureProblems({
        goals: [{}, { itemKey: undefined }, { itemKey: 'g1' }],
        tasks: [{}, {}],
        barriers: [{ itemKey: '' }, { itemKey: '' }],
      }),
    ).toEqual([]);
  });
});

describe('versions in the store', () => {
  const now = new Date('2026-11-01T08:00:00Z');

  function storeWithPerson() {
    const { store } = createEncryptedStore();
    store.sqlite
      .prepare(
        `INSERT INTO participants (id, first_name, last_name, search_name, status, created_at, updated_at)
         VALUES (1, 'רות', 'לוי', 'רות לוי', 'active', ?, ?)`,
      )
      .run(now.toISOString(), now.toISOString());
    store.sqlite
      .prepare(
        `INSERT INTO staff (id, username, display_name, role, staff_code, created_at) VALUES (1, 'avi', 'אבי', 'coach', 'S01', ?)`,
      )
      .run(now.toISOString());
    return store.db;
  }

  it('signing freezes version 1; the next edit opens the draft of version 2 as a copy of it', () => {
    const db = storeWithPerson();
    const first = ensureDraft(db, 1, null, now);
    expect(first).toMatchObject({ version: 1, status: 'draft' });
    const saved = replaceDraftContent(
      db,
      first,
      {
        fields: {
          vision: 'עבודה משרדית',
          strengths: 'יסודית',
          plannedMeetings: 3,
          plannedWorkshopTypes: ['OPENING'],
          nextReviewDate: '2027-01-01',
        },
        goals: [{ itemKey: 'g1', ...goal, status: 'open', reviewNote: null }],
        tasks: [
          {
            itemKey: 't1',
            text: 'קו"ח',
            owner: 'participant',
            dueDate: null,
            doneDate: null,
            goalKey: 'g1',
            meetingId: null,
          },
        ],
        barriers: [{ itemKey: 'b1', code: 'transport', detail: null, addressedBy: 'מקדמת' }],
      },
      now,
    );
    expect(saved.updatedAt > first.updatedAt).toBe(true);
    // A change from the meeting log moves the draft's version on, even within the same millisecond.
    const touched = touchDraft(db, saved, now);
    expect(touched.updatedAt > saved.updatedAt).toBe(true);
    // The same draft is returned while it is open.
    expect(ensureDraft(db, 1, null, now).id).toBe(first.id);

    signDraft(db, touched, { participantSignedDate: '2026-11-01', coachSignedDate: '2026-11-01' }, 1, now);
    expect(getDraft(db, 1)).toBeUndefined();
    // Signing twice is a no-op at the storage level: the row is no longer a draft.
    expect(
      signDraft(db, saved, { participantSignedDate: '2026-10-01', coachSignedDate: '2026-10-01' }, 1, now),
    ).toBeUndefined();

    const second = ensureDraft(db, 1, null, now);
    expect(second).toMatchObject({ version: 2, status: 'draft', vision: 'עבודה משרדית', participantSignedDate: null });
    const v1 = getPlanVersion(db, first.id) as PlanVersion;
    const v2 = getPlanVersion(db, second.id) as PlanVersion;
    expect(v2.goals.map((g) => g.itemKey)).toEqual(['g1']);
    expect(v2.tasks.map((t) => t.itemKey)).toEqual(['t1']);
    expect(v2.barriers.map((b) => b.code)).toEqual(['transport']);

    // Editing the draft leaves version 1 exactly as it was signed.
    replaceDraftContent(
      db,
      second,
      {
        fields: { ...v2.plan, vision: 'הנהלת חשבונות' },
        goals: v2.goals.map(({ id: _i, planId: _p, position: _o, ...g }) => ({ ...g, status: 'achieved' as const })),
        tasks: [],
        barriers: [],
      },
      now,
    );
    const frozen = getPlanVersion(db, first.id) as PlanVersion;
    expect(frozen.plan).toMatchObject({
      status: 'signed',
      vision: 'עבודה משרדית',
      participantSignedDate: '2026-11-01',
    });
    expect(frozen.goals).toEqual(v1.goals);
    expect(frozen.tasks).toEqual(v1.tasks);
    expect(listPlanVersions(db, 1).map((p) => [p.version, p.status])).toEqual([
      [1, 'signed'],
      [2, 'draft'],
    ]);
  });
});
