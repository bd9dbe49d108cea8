import type { z } from 'zod';
import type { planSummarySchema, planVersionSchema } from '../../api/contracts/plans';
import type { ComparablePlan } from '../../domain/plans';
import type { PlanRow, PlanVersion } from '../../../db/repositories/plans';

export type PlanVersionView = z.output<typeof planVersionSchema>;
export type PlanSummary = z.output<typeof planSummarySchema>;

export function toSummary(plan: PlanRow): PlanSummary {
  return {
    id: plan.id,
    version: plan.version,
    status: plan.status,
    participantSignedDate: plan.participantSignedDate,
    coachSignedDate: plan.coachSignedDate,
    updatedAt: plan.updatedAt,
  };
}

/** A version as the API shows it: rows without their storage ids, in their saved order. */
export function toVersionView(
  { plan, goals, tasks, barriers }: PlanVersion,
  signedByName: string | null,
): PlanVersionView {
  return {
    id: plan.id,
    participantId: plan.participantId,
    version: plan.version,
    status: plan.status,
    vision: plan.vision,
    strengths: plan.strengths,
    plannedMeetings: plan.plannedMeetings,
    plannedWorkshopTypes: plan.plannedWorkshopTypes ?? [],
    nextReviewDate: plan.nextReviewDate,
    participantSignedDate: plan.participantSignedDate,
    coachSignedDate: plan.coachSignedDate,
    signedByName,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    goals: goals.map(({ itemKey, what, measureValue, measureUnit, dueDate, status, reviewNote }) => ({
      itemKey,
      what,
      measureValue,
      measureUnit,
      dueDate,
      status,
      reviewNote,
    })),
    tasks: tasks.map(({ itemKey, text, owner, dueDate, doneDate, goalKey, meetingId }) => ({
      itemKey,
      text,
      owner,
      dueDate,
      doneDate,
      goalKey,
      meetingId,
    })),
    barriers: barriers.map(({ itemKey, code, detail, addressedBy }) => ({ itemKey, code, detail, addressedBy })),
  };
}

/** A version in the shape the domain compares. */
export function comparable(version: PlanVersion): ComparablePlan {
  const { plan } = version;
  return {
    plan: {
      vision: plan.vision,
      strengths: plan.strengths,
      plannedMeetings: plan.plannedMeetings,
      plannedWorkshopTypes: plan.plannedWorkshopTypes ?? [],
      nextReviewDate: plan.nextReviewDate,
    },
    goals: version.goals,
    tasks: version.tasks,
    barriers: version.barriers,
  };
}
