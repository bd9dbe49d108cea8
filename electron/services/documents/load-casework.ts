import { AppError } from '../../domain/app-error';
import { todayIso } from '../../domain/dates';
import { coveringConsent } from '../../domain/letters';
import type { ExitReason } from '../../domain/codes';
import { getService } from '../../../db/repositories/directory';
import { getExitDetails } from '../../../db/repositories/exits';
import { listMeetings } from '../../../db/repositories/meetings';
import { listConsents, type ParticipantRow } from '../../../db/repositories/participants';
import {
  currentPlan,
  getDraft,
  getPlanByVersion,
  getPlanVersion,
  type PlanRow,
  type PlanVersion,
} from '../../../db/repositories/plans';
import { listStaff } from '../../../db/repositories/staff';
import { attendanceForParticipant } from '../attendance/participant-workshops';
import { assertMayWork } from '../caseload/records';
import { requireParticipant } from '../caseload/status';
import type { StoreRuntime } from '../store/runtime';
import type { ExitLetterData } from './exit-letter';
import type { ReferralLetterData } from './referral-letter';
import type { WorkPlanData } from './work-plan';

/** The case, after checking the caller works on it (its coach, or a coordinator). */
export function requireOwnCase(runtime: StoreRuntime, participantId: number): ParticipantRow {
  const row = requireParticipant(runtime, participantId);
  assertMayWork(runtime, row);
  return row;
}

export function staffName(runtime: StoreRuntime, id: number | null): string | null {
  if (id === null) return null;
  return listStaff(runtime.db()).find((s) => s.id === id)?.displayName ?? null;
}

export function centreName(runtime: StoreRuntime): string {
  return runtime.centre()?.name ?? '';
}

function planToPrint(runtime: StoreRuntime, participantId: number, version?: number): PlanVersion {
  const db = runtime.db();
  let plan: PlanRow | undefined;
  if (version !== undefined) plan = getPlanByVersion(db, participantId, version);
  else plan = getDraft(db, participantId) ?? currentPlan(db, participantId);
  if (!plan) throw new AppError('not_found', 'errors.documents.no_plan');
  return getPlanVersion(db, plan.id) as PlanVersion;
}

/** One version of the plan (the current one unless a version number is given). */
export function loadWorkPlan(runtime: StoreRuntime, participantId: number, version?: number): WorkPlanData {
  const row = requireOwnCase(runtime, participantId);
  const { plan, goals, tasks, barriers } = planToPrint(runtime, participantId, version);
  return {
    centreName: centreName(runtime),
    participant: row,
    coachName: staffName(runtime, row.coachId),
    plan: {
      ...plan,
      plannedWorkshopTypes: plan.plannedWorkshopTypes ?? [],
      signedByName: staffName(runtime, plan.signedBy),
    },
    goals,
    tasks,
    barriers,
    printedOn: todayIso(runtime.now()),
  };
}

function completedWorkshops(runtime: StoreRuntime, participantId: number): string[] {
  return attendanceForParticipant(runtime, participantId)
    .filter((workshop) => workshop.completed === true)
    .map((workshop) => workshop.title);
}

function latestGoals(runtime: StoreRuntime, participantId: number): PlanVersion['goals'] {
  const plan = currentPlan(runtime.db(), participantId);
  return plan ? (getPlanVersion(runtime.db(), plan.id)?.goals ?? []) : [];
}

/**
 * The referral letter's data, only after the gate: the person must have a disclosure consent
 * for this organisation that covers today. Otherwise the refusal names what is missing.
 */
export function loadReferral(runtime: StoreRuntime, participantId: number, organisationId: number): ReferralLetterData {
  const row = requireOwnCase(runtime, participantId);
  const db = runtime.db();
  const organisation = getService(db, organisationId);
  if (!organisation) throw new AppError('not_found', 'errors.documents.organisation_not_found');
  const today = todayIso(runtime.now());
  const gate = coveringConsent(listConsents(db, participantId), organisation.name, today);
  if ('refusal' in gate) throw new AppError('conflict', `errors.documents.referral.${gate.refusal}`);
  return {
    centreName: centreName(runtime),
    today,
    coachName: staffName(runtime, row.coachId),
    participant: row,
    organisation,
    consent: gate.consent,
    workshopsCompleted: completedWorkshops(runtime, participantId),
    goals: latestGoals(runtime, participantId).map((goal) => goal.what),
  };
}

/** The participation summary: dates, completed workshops, meetings held, goals achieved, referral. */
export function loadExitLetter(runtime: StoreRuntime, participantId: number): ExitLetterData {
  const row = requireOwnCase(runtime, participantId);
  const db = runtime.db();
  const today = todayIso(runtime.now());
  const exit = getExitDetails(db, participantId);
  const meetingsHeld = listMeetings(db, participantId).filter(
    (meeting) => meeting.state === 'ATTENDED' && meeting.date <= today,
  ).length;
  return {
    centreName: centreName(runtime),
    today,
    coachName: staffName(runtime, row.coachId),
    participant: row,
    enrolmentDate: row.enrolmentDate,
    exitDate: row.exitDate,
    exitReason: row.exitReason as ExitReason | null,
    workshopsCompleted: completedWorkshops(runtime, participantId),
    meetingsHeld,
    goalsAchieved: latestGoals(runtime, participantId)
      .filter((goal) => goal.status === 'achieved')
      .map((goal) => goal.what),
    referral: exit?.referralServiceName ?? exit?.referralProgramme ?? null,
  };
}
