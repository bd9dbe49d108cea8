import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import { AppError } from '../../domain/app-error';
import type { TaskOwner } from '../../domain/casework';
import { undoneDueTasks as dueAndUndone } from '../../domain/meetings';
import type { Db } from '../../../db/open';
import { currentOpenTasks, ensureDraft, newItemKey, type PlanTaskRow } from '../../../db/repositories/plans';
import { plans, planTasks } from '../../../db/schema/plans';

/**
 * The action plan's tasks as the meeting log uses them: the tasks reviewed in a meeting (ticked
 * done) and the ones given in it (added). Both are plan edits, so they go to the draft: a
 * signed version is frozen, and the first edit after signing opens version N+1 as its copy.
 * Callers run these inside their own transaction.
 */

export interface NewTask {
  text: string;
  owner: TaskOwner;
  dueDate?: string | null | undefined;
  goalKey?: string | null | undefined;
}

/** Tasks of the current plan version that are not done yet. */
export function openTasks(db: Db, participantId: number): PlanTaskRow[] {
  return currentOpenTasks(db, participantId);
}

/** The participant's agreed tasks due by `today` and not done: what flags the next booking. */
export function undoneDueTasks(db: Db, participantId: number, today: string): PlanTaskRow[] {
  return dueAndUndone(currentOpenTasks(db, participantId), today);
}

function touchDraft(db: Db, planId: number, now: Date): void {
  db.update(plans).set({ updatedAt: now.toISOString() }).where(eq(plans.id, planId)).run();
}

/**
 * Marks open tasks done in the draft. A key that is not an open task of the current version
 * is refused (stale form, or a task of someone else's plan) before anything is written.
 * Returns the draft's id, or null when there was nothing to mark.
 */
export function markTasksDone(
  db: Db,
  participantId: number,
  itemKeys: readonly string[],
  doneDate: string,
  actorId: number | null,
  now: Date,
): number | null {
  const keys = [...new Set(itemKeys)];
  if (keys.length === 0) return null;
  const open = new Set(openTasks(db, participantId).map((task) => task.itemKey));
  const unknown = keys.filter((key) => !open.has(key));
  if (unknown.length)
    throw new AppError('conflict', 'errors.meetings.unknown_task', [
      { path: 'taskKeysDone', message: 'errors.meetings.unknown_task' },
    ]);
  const draft = ensureDraft(db, participantId, actorId, now);
  db.update(planTasks)
    .set({ doneDate })
    .where(and(eq(planTasks.planId, draft.id), inArray(planTasks.itemKey, keys), isNull(planTasks.doneDate)))
    .run();
  touchDraft(db, draft.id, now);
  return draft.id;
}

/** Adds tasks given in a meeting to the end of the draft's action plan; returns their item keys. */
export function addTasks(
  db: Db,
  participantId: number,
  tasks: readonly NewTask[],
  meetingId: number | null,
  actorId: number | null,
  now: Date,
): string[] {
  if (tasks.length === 0) return [];
  const draft = ensureDraft(db, participantId, actorId, now);
  const last = db
    .select({ position: max(planTasks.position) })
    .from(planTasks)
    .where(eq(planTasks.planId, draft.id))
    .get();
  let position = (last?.position ?? -1) + 1;
  const keys: string[] = [];
  for (const task of tasks) {
    const itemKey = newItemKey();
    db.insert(planTasks)
      .values({
        planId: draft.id,
        itemKey,
        position: position++,
        text: task.text,
        owner: task.owner,
        dueDate: task.dueDate ?? null,
        doneDate: null,
        goalKey: task.goalKey ?? null,
        meetingId,
      })
      .run();
    keys.push(itemKey);
  }
  touchDraft(db, draft.id, now);
  return keys;
}
