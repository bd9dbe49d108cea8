/**
 * The personal work plan's rules, free of storage: what makes a goal SMART enough to keep,
 * when a version may be signed, and how two versions differ field by field. Goals, tasks
 * and barriers keep an `itemKey` across versions, so a comparison matches them by it.
 */
import { isNotFuture, type IsoDate } from './dates';
import type { PlanStatus } from './casework';

/** The reasons a goal is refused, as message keys shown on the goal's own fields. */
export const smartMessages = {
  measureValue: 'validation.plan.goal_measure_value',
  measureUnit: 'validation.plan.goal_measure_unit',
  dueDate: 'validation.plan.goal_due_date',
} as const;

export interface GoalDraft {
  measureValue?: number | null | undefined;
  measureUnit?: string | null | undefined;
  dueDate?: string | null | undefined;
}

export interface PlanIssue {
  /** The field's path inside the goal, task or plan (e.g. `measureUnit`). */
  path: string;
  message: string;
}

/**
 * SMART, as a coach meets it: a goal is measurable (a number and its unit: "10 CVs sent")
 * and time-bound (a due date). What it says and whether it is realistic stay the coach's
 * judgement; these two the app can hold them to.
 */
export function smartProblems(goal: GoalDraft): PlanIssue[] {
  const problems: PlanIssue[] = [];
  if (goal.measureValue === null || goal.measureValue === undefined || !Number.isFinite(goal.measureValue))
    problems.push({ path: 'measureValue', message: smartMessages.measureValue });
  if (!goal.measureUnit || goal.measureUnit.trim() === '')
    problems.push({ path: 'measureUnit', message: smartMessages.measureUnit });
  if (!goal.dueDate) problems.push({ path: 'dueDate', message: smartMessages.dueDate });
  return problems;
}

export interface Signatures {
  participantSignedDate?: IsoDate | null | undefined;
  coachSignedDate?: IsoDate | null | undefined;
}

/** Both people sign, on a real day that has come: one signature alone does not make a version. */
export function signingProblems(signatures: Signatures, today: IsoDate): PlanIssue[] {
  const problems: PlanIssue[] = [];
  for (const path of ['participantSignedDate', 'coachSignedDate'] as const) {
    const date = signatures[path];
    if (!date) problems.push({ path, message: 'validation.plan.signature_date_required' });
    else if (!isNotFuture(date, today)) problems.push({ path, message: 'validation.date_in_future' });
  }
  return problems;
}

/** A signed version is frozen: only the draft takes edits (the next edit opens version N+1). */
export function isEditable(status: PlanStatus): boolean {
  return status === 'draft';
}

// ---- comparing two versions ---------------------------------------------------------------

/** The plan's own fields that a comparison looks at (signatures and timestamps are not content). */
export const planFields = ['vision', 'strengths', 'plannedMeetings', 'plannedWorkshopTypes', 'nextReviewDate'] as const;
export const goalFields = ['what', 'measureValue', 'measureUnit', 'dueDate', 'status', 'reviewNote'] as const;
export const taskFields = ['text', 'owner', 'dueDate', 'doneDate', 'goalKey'] as const;
export const barrierFields = ['code', 'detail', 'addressedBy'] as const;

export type PlanField = (typeof planFields)[number];
type Keyed = { itemKey: string };

export interface ComparablePlan {
  plan: Record<PlanField, unknown>;
  goals: readonly (Keyed & Record<(typeof goalFields)[number], unknown>)[];
  tasks: readonly (Keyed & Record<(typeof taskFields)[number], unknown>)[];
  barriers: readonly (Keyed & Record<(typeof barrierFields)[number], unknown>)[];
}

export type ItemChangeKind = 'added' | 'removed' | 'changed';

export interface ItemChange {
  itemKey: string;
  change: ItemChangeKind;
  /** The fields that differ; every compared field for an added or removed item. */
  fields: string[];
}

export interface PlanComparison {
  /** The plan's own fields that differ. */
  fields: PlanField[];
  goals: ItemChange[];
  tasks: ItemChange[];
  barriers: ItemChange[];
}

/** Empty text and no value read the same; lists compare by content. */
function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : v);
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

function compareItems<T extends Keyed>(
  from: readonly T[],
  to: readonly T[],
  fields: readonly (keyof T & string)[],
): ItemChange[] {
  const before = new Map(from.map((item) => [item.itemKey, item]));
  const after = new Map(to.map((item) => [item.itemKey, item]));
  const changes: ItemChange[] = [];
  for (const item of to) {
    const old = before.get(item.itemKey);
    if (!old) {
      changes.push({ itemKey: item.itemKey, change: 'added', fields: [...fields] });
      continue;
    }
    const differing = fields.filter((field) => !same(old[field], item[field]));
    if (differing.length) changes.push({ itemKey: item.itemKey, change: 'changed', fields: differing });
  }
  for (const item of from) {
    if (!after.has(item.itemKey)) changes.push({ itemKey: item.itemKey, change: 'removed', fields: [...fields] });
  }
  return changes;
}

/** What changed from one version to another: plan fields, and goals, tasks and barriers by their item key. */
export function comparePlans(from: ComparablePlan, to: ComparablePlan): PlanComparison {
  return {
    fields: planFields.filter((field) => !same(from.plan[field], to.plan[field])),
    goals: compareItems(from.goals, to.goals, goalFields),
    tasks: compareItems(from.tasks, to.tasks, taskFields),
    barriers: compareItems(from.barriers, to.barriers, barrierFields),
  };
}

/** The names of what a save changed, for the audit log (names only, never values). */
export function changedNames(comparison: PlanComparison): string[] {
  return [
    ...comparison.fields,
    ...(['goals', 'tasks', 'barriers'] as const).filter((list) => comparison[list].length > 0),
  ];
}

/** Each item key once in its list, and a task's goal among the plan's goals. */
export function structureProblems(plan: {
  goals: readonly { itemKey?: string | undefined }[];
  tasks: readonly { itemKey?: string | undefined; goalKey?: string | null | undefined }[];
  barriers: readonly { itemKey?: string | undefined }[];
}): PlanIssue[] {
  const problems: PlanIssue[] = [];
  for (const list of ['goals', 'tasks', 'barriers'] as const) {
    const seen = new Set<string>();
    plan[list].forEach((item, index) => {
      if (!item.itemKey) return;
      if (seen.has(item.itemKey))
        problems.push({ path: `${list}.${index}.itemKey`, message: 'validation.plan.duplicate_item' });
      seen.add(item.itemKey);
    });
  }
  const goalKeys = new Set(plan.goals.map((goal) => goal.itemKey).filter(Boolean));
  plan.tasks.forEach((task, index) => {
    if (task.goalKey && !goalKeys.has(task.goalKey))
      problems.push({ path: `tasks.${index}.goalKey`, message: 'validation.plan.task_goal_unknown' });
  });
  return problems;
}
