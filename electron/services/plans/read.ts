import { AppError } from '../../domain/app-error';
import type { ParticipantStatus } from '../../domain/codes';
import { comparePlans } from '../../domain/plans';
import type { ParticipantRow } from '../../../db/repositories/participants';
import {
  getPlanByVersion,
  getPlanVersion,
  listPlanVersions,
  planContent,
  type PlanRow,
  type PlanVersion,
} from '../../../db/repositories/plans';
import { listStaff } from '../../../db/repositories/staff';
import { requireParticipant } from '../caseload/status';
import type { StoreRuntime } from '../store/runtime';
import { comparable, toSummary, toVersionView, type PlanVersionView } from './views';

/** A plan is written from the intake meeting on, and kept as it was once the person has left. */
export const planEditableStatuses: readonly ParticipantStatus[] = ['intake', 'active'];

/** The coach of the case or a coordinator, on a case that is open. Reading is the permission matrix's (case owners). */
export function mayEditPlan(runtime: StoreRuntime, row: ParticipantRow): boolean {
  const me = runtime.requireSession();
  const owns = me.role === 'coordinator' || (me.role === 'coach' && row.coachId === me.userId);
  return owns && planEditableStatuses.includes(row.status);
}

function signerName(runtime: StoreRuntime, plan: PlanRow): string | null {
  if (plan.signedBy === null) return null;
  return listStaff(runtime.db()).find((s) => s.id === plan.signedBy)?.displayName ?? null;
}

export function versionView(runtime: StoreRuntime, plan: PlanRow): PlanVersionView {
  return toVersionView(planContent(runtime.db(), plan), signerName(runtime, plan));
}

/**
 * Every version's summary and the one a coach works from (the draft, else the latest signed);
 * audited by id. A draft is always the highest version (db/repositories/plans.ts ensureDraft),
 * so the current one is the last of the versions read, and only its content is read.
 */
export function openPlan(runtime: StoreRuntime, participantId: number) {
  const row = requireParticipant(runtime, participantId);
  const db = runtime.db();
  const versions = listPlanVersions(db, participantId);
  const current = versions.at(-1);
  runtime.audit({ action: 'record_viewed', entity: 'plan', entityId: participantId });
  return {
    versions: versions.map(toSummary),
    current: current ? versionView(runtime, current) : null,
    canEdit: mayEditPlan(runtime, row),
  };
}

export function openPlanVersion(runtime: StoreRuntime, planId: number): PlanVersionView {
  const version = getPlanVersion(runtime.db(), planId);
  if (!version) throw new AppError('not_found', 'errors.plan.version_not_found');
  requireParticipant(runtime, version.plan.participantId);
  runtime.audit({ action: 'record_viewed', entity: 'plan_version', entityId: planId });
  return toVersionView(version, signerName(runtime, version.plan));
}

/** Two versions side by side and what changed from the first to the second. */
export function comparePlanVersions(
  runtime: StoreRuntime,
  input: { participantId: number; fromVersion: number; toVersion: number },
) {
  requireParticipant(runtime, input.participantId);
  const db = runtime.db();
  const load = (version: number) => {
    const plan = getPlanByVersion(db, input.participantId, version);
    if (!plan) throw new AppError('not_found', 'errors.plan.version_not_found');
    return getPlanVersion(db, plan.id) as PlanVersion;
  };
  const from = load(input.fromVersion);
  const to = load(input.toVersion);
  runtime.audit({ action: 'record_viewed', entity: 'plan_comparison', entityId: input.participantId });
  return {
    from: toVersionView(from, signerName(runtime, from.plan)),
    to: toVersionView(to, signerName(runtime, to.plan)),
    changes: comparePlans(comparable(from), comparable(to)),
  };
}
