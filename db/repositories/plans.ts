import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { prepared } from '../prepared';
import { planBarriers, planGoals, plans, planTasks } from '../schema/plans';

export type PlanRow = typeof plans.$inferSelect;
export type PlanGoalRow = typeof planGoals.$inferSelect;
export type PlanTaskRow = typeof planTasks.$inferSelect;
export type PlanBarrierRow = typeof planBarriers.$inferSelect;

export interface PlanVersion {
  plan: PlanRow;
  goals: PlanGoalRow[];
  tasks: PlanTaskRow[];
  barriers: PlanBarrierRow[];
}

/** A goal's or task's identity across versions, so that versions compare item by item. */
export function newItemKey(): string {
  return randomBytes(8).toString('hex');
}

/** Every version of a person's plan, oldest first (the draft, if any, last). */
export function listPlanVersions(db: Db, participantId: number): PlanRow[] {
  return prepared(db, 'plans:versions', (d) =>
    d
      .select()
      .from(plans)
      .where(eq(plans.participantId, sql.placeholder('participantId')))
      .orderBy(asc(plans.version))
      .prepare(),
  ).all({ participantId });
}

export function getPlanVersion(db: Db, planId: number): PlanVersion | undefined {
  const plan = db.select().from(plans).where(eq(plans.id, planId)).get();
  return plan && planContent(db, plan);
}

/** A version's goals, tasks and barriers in plan order; prepared, as opening the Plan tab reads them. */
export function planContent(db: Db, plan: PlanRow): PlanVersion {
  const planId = sql.placeholder('planId');
  const read = <T>(name: string, build: (d: Db) => { all: (values: { planId: number }) => T[] }) =>
    prepared(db, name, build).all({ planId: plan.id });
  return {
    plan,
    goals: read('plans:goals', (d) =>
      d.select().from(planGoals).where(eq(planGoals.planId, planId)).orderBy(asc(planGoals.position)).prepare(),
    ),
    tasks: read('plans:tasks', (d) =>
      d.select().from(planTasks).where(eq(planTasks.planId, planId)).orderBy(asc(planTasks.position)).prepare(),
    ),
    barriers: read('plans:barriers', (d) =>
      d
        .select()
        .from(planBarriers)
        .where(eq(planBarriers.planId, planId))
        .orderBy(asc(planBarriers.position))
        .prepare(),
    ),
  };
}

/** The tasks not done of the version a coach works from (the highest), in plan order, in one read. */
export function currentOpenTasks(db: Db, participantId: number): PlanTaskRow[] {
  return prepared(db, 'plans:currentOpenTasks', (d) =>
    d
      .select()
      .from(planTasks)
      .where(
        and(
          sql`${planTasks.planId} = (SELECT id FROM plans WHERE participant_id = ${sql.placeholder('participantId')}
            ORDER BY version DESC LIMIT 1)`,
          isNull(planTasks.doneDate),
        ),
      )
      .orderBy(asc(planTasks.position))
      .prepare(),
  ).all({ participantId });
}

/** The version a coach works from: the open draft, else the latest signed version. */
export function currentPlan(db: Db, participantId: number): PlanRow | undefined {
  return db.select().from(plans).where(eq(plans.participantId, participantId)).orderBy(desc(plans.version)).get();
}

export function getDraft(db: Db, participantId: number): PlanRow | undefined {
  return db
    .select()
    .from(plans)
    .where(and(eq(plans.participantId, participantId), eq(plans.status, 'draft')))
    .get();
}

/**
 * The draft edits go to. Signed versions are frozen, so the first edit after signing opens
 * version N+1 as a copy of N (same item keys, no signatures); a person without a plan gets an
 * empty version 1. Call inside the caller's transaction.
 */
export function ensureDraft(db: Db, participantId: number, actorId: number | null, now: Date): PlanRow {
  const draft = getDraft(db, participantId);
  if (draft) return draft;
  const at = now.toISOString();
  const latest = currentPlan(db, participantId);
  const created = db
    .insert(plans)
    .values({
      participantId,
      version: (latest?.version ?? 0) + 1,
      status: 'draft',
      vision: latest?.vision ?? null,
      strengths: latest?.strengths ?? null,
      plannedMeetings: latest?.plannedMeetings ?? null,
      plannedWorkshopTypes: latest?.plannedWorkshopTypes ?? null,
      nextReviewDate: latest?.nextReviewDate ?? null,
      createdAt: at,
      createdBy: actorId,
      updatedAt: at,
    })
    .returning()
    .get();
  if (latest) {
    const source = getPlanVersion(db, latest.id) as PlanVersion;
    for (const { id: _id, planId: _p, ...goal } of source.goals)
      db.insert(planGoals)
        .values({ ...goal, planId: created.id })
        .run();
    // day_due_date is the triggers' to set (migration 0010), never copied.
    for (const { id: _id, planId: _p, dayDueDate: _d, ...task } of source.tasks)
      db.insert(planTasks)
        .values({ ...task, planId: created.id })
        .run();
    for (const { id: _id, planId: _p, ...barrier } of source.barriers)
      db.insert(planBarriers)
        .values({ ...barrier, planId: created.id })
        .run();
  }
  return created;
}

/**
 * updatedAt is the draft's version for edit conflicts, so it moves forward on every save,
 * even two within one millisecond or after the clock stepped back.
 */
function nextUpdatedAt(previous: string, now: Date): string {
  const prev = Date.parse(previous);
  return new Date(Number.isNaN(prev) ? now.getTime() : Math.max(now.getTime(), prev + 1)).toISOString();
}

export type PlanContentFields = Pick<
  PlanRow,
  'vision' | 'strengths' | 'plannedMeetings' | 'plannedWorkshopTypes' | 'nextReviewDate'
>;

export interface PlanContent {
  fields: PlanContentFields;
  goals: Omit<PlanGoalRow, 'id' | 'planId' | 'position'>[];
  tasks: Omit<PlanTaskRow, 'id' | 'planId' | 'position' | 'dayDueDate'>[];
  barriers: Omit<PlanBarrierRow, 'id' | 'planId' | 'position'>[];
}

/**
 * Replaces a draft's content with what the coach saved: its fields, and its goals, tasks and
 * barriers in the order given. Call inside the caller's transaction, on a draft only.
 */
export function replaceDraftContent(db: Db, draft: PlanRow, content: PlanContent, now: Date): PlanRow {
  db.delete(planGoals).where(eq(planGoals.planId, draft.id)).run();
  db.delete(planTasks).where(eq(planTasks.planId, draft.id)).run();
  db.delete(planBarriers).where(eq(planBarriers.planId, draft.id)).run();
  content.goals.forEach((goal, position) =>
    db
      .insert(planGoals)
      .values({ ...goal, planId: draft.id, position })
      .run(),
  );
  content.tasks.forEach((task, position) =>
    db
      .insert(planTasks)
      .values({ ...task, planId: draft.id, position })
      .run(),
  );
  content.barriers.forEach((barrier, position) =>
    db
      .insert(planBarriers)
      .values({ ...barrier, planId: draft.id, position })
      .run(),
  );
  return db
    .update(plans)
    .set({ ...content.fields, updatedAt: nextUpdatedAt(draft.updatedAt, now) })
    .where(eq(plans.id, draft.id))
    .returning()
    .get();
}

/** Both signature dates make the draft version N, frozen from now on. */
export function signDraft(
  db: Db,
  draft: PlanRow,
  dates: { participantSignedDate: string; coachSignedDate: string },
  signedBy: number,
  now: Date,
): PlanRow {
  return db
    .update(plans)
    .set({ ...dates, status: 'signed', signedBy, updatedAt: nextUpdatedAt(draft.updatedAt, now) })
    .where(and(eq(plans.id, draft.id), eq(plans.status, 'draft')))
    .returning()
    .get();
}

export function getPlanByVersion(db: Db, participantId: number, version: number): PlanRow | undefined {
  return db
    .select()
    .from(plans)
    .where(and(eq(plans.participantId, participantId), eq(plans.version, version)))
    .get();
}

/**
 * Moves a draft's updatedAt forward after a change made outside replaceDraftContent (a task
 * ticked or added from the meeting log), so that a coach's plan form opened before it is
 * refused on save instead of overwriting the change.
 */
export function touchDraft(db: Db, draft: PlanRow, now: Date): PlanRow {
  return db
    .update(plans)
    .set({ updatedAt: nextUpdatedAt(draft.updatedAt, now) })
    .where(eq(plans.id, draft.id))
    .returning()
    .get();
}
