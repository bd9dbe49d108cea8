import { z } from 'zod';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { barrierInputSchema, goalInputSchema, taskInputSchema } from '../../../../../electron/api/contracts/plans';
import {
  goalStatusSchema,
  taskOwnerSchema,
  type GoalStatus,
  type TaskOwner,
} from '../../../../../electron/domain/casework';
import { barrierCodeSchema, type BarrierCode, type WorkshopType } from '../../../../../electron/domain/codes';
import { converted } from '../../../forms/form-schemas';
import { inputOf } from '../../../forms/input-of';

export type PlanView = MethodOutput<'plans.version'>;

/** The plan as the form holds it: text stays text until it is sent, so nothing typed is lost. */
export interface GoalValues {
  itemKey: string;
  what: string;
  measureValue: number | string;
  measureUnit: string;
  dueDate: string | null;
  status: GoalStatus;
  reviewNote: string;
}
export interface TaskValues {
  itemKey: string;
  text: string;
  owner: TaskOwner;
  dueDate: string | null;
  doneDate: string | null;
  goalKey: string | null;
}
export interface BarrierValues {
  itemKey: string;
  code: BarrierCode | null;
  detail: string;
  addressedBy: string;
}
export interface PlanValues {
  vision: string;
  strengths: string;
  plannedMeetings: number | string;
  plannedWorkshopTypes: WorkshopType[];
  nextReviewDate: string | null;
  goals: GoalValues[];
  tasks: TaskValues[];
  barriers: BarrierValues[];
}

/**
 * A new goal, task or barrier gets its key here, so that a task can name the goal it serves
 * before either is saved; the server keeps keys it is sent and checks them.
 */
export function newItemKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: number | string): number | null =>
  typeof value === 'number' ? value : value.trim() === '' ? null : Number(value.replace(',', '.'));

const held = <T extends z.ZodRawShape>(shape: T) => z.object(shape);

/**
 * Each goal, task and barrier is converted to what the API takes and checked by the contract's
 * own schema for it: the SMART rule (a measure with its unit, a due date) then answers on the
 * goal's own fields in the same words the server would use.
 */
const goalForm = converted(
  held({
    itemKey: z.string(),
    what: z.string(),
    measureValue: z.union([z.number(), z.string()]),
    measureUnit: z.string(),
    dueDate: z.string().nullable(),
    status: goalStatusSchema,
    reviewNote: z.string(),
  }),
  (goal) => ({
    itemKey: goal.itemKey,
    what: goal.what.trim(),
    measureValue: numberOrNull(goal.measureValue),
    measureUnit: text(goal.measureUnit),
    dueDate: goal.dueDate,
    status: goal.status,
    reviewNote: text(goal.reviewNote),
  }),
  goalInputSchema,
);

const taskForm = converted(
  held({
    itemKey: z.string(),
    text: z.string(),
    owner: taskOwnerSchema,
    dueDate: z.string().nullable(),
    doneDate: z.string().nullable(),
    goalKey: z.string().nullable(),
  }),
  (task) => ({ ...task, text: task.text.trim() }),
  taskInputSchema,
);

const barrierForm = converted(
  held({ itemKey: z.string(), code: barrierCodeSchema.nullable(), detail: z.string(), addressedBy: z.string() }),
  (barrier) => ({
    itemKey: barrier.itemKey,
    code: (barrier.code ?? undefined) as BarrierCode,
    detail: text(barrier.detail),
    addressedBy: text(barrier.addressedBy),
  }),
  barrierInputSchema,
);

const draft = inputOf('plans.saveDraft').shape;

export const planForm = z.object({
  vision: converted(z.string(), text, draft.vision),
  strengths: converted(z.string(), text, draft.strengths),
  plannedMeetings: converted(z.union([z.number(), z.string()]), numberOrNull, draft.plannedMeetings),
  plannedWorkshopTypes: draft.plannedWorkshopTypes,
  nextReviewDate: draft.nextReviewDate,
  goals: z.array(goalForm).max(30),
  tasks: z.array(taskForm).max(100),
  barriers: z.array(barrierForm).max(20),
}) satisfies z.ZodType<unknown, PlanValues>;

export const planLimits = { goals: 30, tasks: 100, barriers: 20 } as const;

export const emptyGoal = (): GoalValues => ({
  itemKey: newItemKey(),
  what: '',
  measureValue: '',
  measureUnit: '',
  dueDate: null,
  status: 'open',
  reviewNote: '',
});
export const emptyTask = (goalKey: string | null = null): TaskValues => ({
  itemKey: newItemKey(),
  text: '',
  owner: 'participant',
  dueDate: null,
  doneDate: null,
  goalKey,
});
export const emptyBarrier = (): BarrierValues => ({ itemKey: newItemKey(), code: null, detail: '', addressedBy: '' });

/** The form's values from a version (the draft, or the signed version the next draft will copy). */
export function valuesOf(plan: PlanView | null): PlanValues {
  if (!plan)
    return {
      vision: '',
      strengths: '',
      plannedMeetings: '',
      plannedWorkshopTypes: [],
      nextReviewDate: null,
      goals: [],
      tasks: [],
      barriers: [],
    };
  return {
    vision: plan.vision ?? '',
    strengths: plan.strengths ?? '',
    plannedMeetings: plan.plannedMeetings ?? '',
    plannedWorkshopTypes: plan.plannedWorkshopTypes,
    nextReviewDate: plan.nextReviewDate,
    goals: plan.goals.map((g) => ({ ...g, reviewNote: g.reviewNote ?? '' })),
    tasks: plan.tasks.map(({ meetingId: _m, ...task }) => task),
    barriers: plan.barriers.map((b) => ({ ...b, detail: b.detail ?? '', addressedBy: b.addressedBy ?? '' })),
  };
}

/** Sentences for the plan's fields where the contract's rule name would say less. */
export const planSentences = {
  'goals.*.what': 'plans.form.goalWhatRequired',
  'tasks.*.text': 'plans.form.taskTextRequired',
  'barriers.*.code': 'plans.form.chooseBarrier',
};
