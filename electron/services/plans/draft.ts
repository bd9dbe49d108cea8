import type { z } from 'zod';
import type { planDraftInputSchema } from '../../api/contracts/plans';
import { AppError, type FieldIssue } from '../../domain/app-error';
import { todayIso } from '../../domain/dates';
import { changedNames, comparePlans, signingProblems, smartProblems, structureProblems } from '../../domain/plans';
import {
  ensureDraft,
  getDraft,
  getPlanVersion,
  newItemKey,
  replaceDraftContent,
  signDraft,
  type PlanVersion,
} from '../../../db/repositories/plans';
import type { ParticipantRow } from '../../../db/repositories/participants';
import { assertMayWork } from '../caseload/records';
import { requireParticipant } from '../caseload/status';
import type { StoreRuntime } from '../store/runtime';
import { planEditableStatuses, versionView } from './read';
import { comparable, type PlanVersionView } from './views';

type DraftInput = z.output<typeof planDraftInputSchema>;

/** Own caseload (or a coordinator), and a case that is open: the rules every plan write shares. */
function assertMayEditPlan(runtime: StoreRuntime, participantId: number): ParticipantRow {
  const row = requireParticipant(runtime, participantId);
  assertMayWork(runtime, row);
  if (!planEditableStatuses.includes(row.status)) throw new AppError('conflict', 'errors.plan.case_not_open');
  return row;
}

function refuse(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('invalid_input', 'errors.invalid_input', issues);
}

/** The contract checks these already; the service holds them too, for any caller that is not the API. */
function checkDraft(input: DraftInput): void {
  refuse([
    ...input.goals.flatMap((goal, index) =>
      smartProblems(goal).map((p) => ({ path: `goals.${index}.${p.path}`, message: p.message })),
    ),
    ...structureProblems(input),
  ]);
}

/**
 * Saves the coach's draft whole: its fields and its goals, tasks and barriers, replacing what
 * the draft held. A signed version is never touched: the first save after signing opens the
 * draft of the next version (a copy of the last one) and writes there. A save made over
 * someone else's newer save of the same draft is refused, and nothing is written.
 */
export function savePlanDraft(runtime: StoreRuntime, input: DraftInput): PlanVersionView {
  const me = runtime.requireSession();
  assertMayEditPlan(runtime, input.participantId);
  checkDraft(input);
  const db = runtime.db();
  const now = runtime.now();
  const saved = runtime.sqlite().transaction(() => {
    const existing = getDraft(db, input.participantId);
    if ((existing?.updatedAt ?? null) !== input.expectedUpdatedAt)
      throw new AppError('conflict', 'errors.plan.changed_elsewhere');
    const draft = existing ?? ensureDraft(db, input.participantId, me.userId, now);
    if (!existing) runtime.audit({ action: 'record_created', entity: 'plan_version', entityId: draft.id });
    const before = getPlanVersion(db, draft.id) as PlanVersion;
    // A task given at a meeting keeps its link to that meeting across saves of the plan.
    const meetingOf = new Map(before.tasks.map((task) => [task.itemKey, task.meetingId]));
    const goals = input.goals.map(({ itemKey, ...goal }) => {
      return {
        ...goal,
        itemKey: itemKey ?? newItemKey(),
        measureValue: goal.measureValue as number,
        measureUnit: goal.measureUnit as string,
        dueDate: goal.dueDate as string,
      };
    });
    const row = replaceDraftContent(
      db,
      draft,
      {
        fields: {
          vision: input.vision,
          strengths: input.strengths,
          plannedMeetings: input.plannedMeetings,
          plannedWorkshopTypes: input.plannedWorkshopTypes,
          nextReviewDate: input.nextReviewDate,
        },
        goals,
        tasks: input.tasks.map(({ itemKey, ...task }) => {
          const key = itemKey ?? newItemKey();
          return { ...task, itemKey: key, meetingId: meetingOf.get(key) ?? null };
        }),
        barriers: input.barriers.map(({ itemKey, ...barrier }) => ({ ...barrier, itemKey: itemKey ?? newItemKey() })),
      },
      now,
    );
    const after = getPlanVersion(db, row.id) as PlanVersion;
    const changed = changedNames(comparePlans(comparable(before), comparable(after)));
    if (changed.length)
      runtime.audit({ action: 'record_updated', entity: 'plan_version', entityId: row.id, fields: changed });
    return row;
  })();
  return versionView(runtime, saved);
}

/**
 * The participant's and the coach's signature dates make the draft version N, frozen from
 * then on. There must be a draft, with at least one goal: a plan without a goal is not a plan.
 */
export function signPlan(
  runtime: StoreRuntime,
  input: {
    participantId: number;
    participantSignedDate: string;
    coachSignedDate: string;
    expectedUpdatedAt?: string | undefined;
  },
): PlanVersionView {
  const me = runtime.requireSession();
  assertMayEditPlan(runtime, input.participantId);
  refuse(signingProblems(input, todayIso(runtime.now())));
  const db = runtime.db();
  const signed = runtime.sqlite().transaction(() => {
    const draft = getDraft(db, input.participantId);
    if (!draft) throw new AppError('conflict', 'errors.plan.nothing_to_sign');
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== draft.updatedAt)
      throw new AppError('conflict', 'errors.plan.changed_elsewhere');
    const content = getPlanVersion(db, draft.id) as PlanVersion;
    if (content.goals.length === 0) throw new AppError('invalid_input', 'errors.plan.no_goals');
    const row = signDraft(
      db,
      draft,
      { participantSignedDate: input.participantSignedDate, coachSignedDate: input.coachSignedDate },
      me.userId,
      runtime.now(),
    );
    runtime.audit({
      action: 'record_updated',
      entity: 'plan_version',
      entityId: row.id,
      fields: ['status', 'participantSignedDate', 'coachSignedDate'],
    });
    return row;
  })();
  return versionView(runtime, signed);
}
