import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../domain/app-error';
import { todayIso } from '../../domain/dates';
import { evaluateEligibility, type EligibilityEvaluation, type ScreeningAnswers } from '../../domain/eligibility';
import { canRecordCoordinatorDecision } from '../../domain/lifecycle';
import type { CoordinatorDecision } from '../../domain/codes';
import { getService } from '../../../db/repositories/directory';
import { addParticipantEvent, updateParticipant, type ParticipantPatch } from '../../../db/repositories/participants';
import { participants } from '../../../db/schema/participants';
import type { StoreRuntime } from '../store/runtime';
import { getCriteria } from './settings';
import { moveStatus, requireParticipant } from './status';
import type { participantStatusSchema } from '../../domain/codes';

type Status = z.output<typeof participantStatusSchema>;

function requireReferral(runtime: StoreRuntime, serviceId: number | undefined): number {
  if (serviceId === undefined) {
    throw new AppError('invalid_input', 'validation.referral_required', [
      { path: 'referralServiceId', message: 'validation.referral_required' },
    ]);
  }
  const service = getService(runtime.db(), serviceId);
  if (!service || !service.active) {
    throw new AppError('invalid_input', 'errors.services.not_found', [
      { path: 'referralServiceId', message: 'errors.services.not_found' },
    ]);
  }
  return service.id;
}

/**
 * Records the routing call's checklist. The outcome comes from the centre's criteria, never
 * from the caller: eligible → ready to invite; not eligible → closed with a referral to a
 * community service; borderline → the coordinator's decision queue.
 */
export function recordScreening(
  runtime: StoreRuntime,
  input: { participantId: number; answers: ScreeningAnswers; referralServiceId?: number },
): EligibilityEvaluation & { status: Status } {
  const row = requireParticipant(runtime, input.participantId);
  if (row.status !== 'inquiry' && row.status !== 'screened')
    throw new AppError('conflict', 'errors.screening.already_progressed');
  const now = runtime.now();
  const evaluation = evaluateEligibility(getCriteria(runtime.db()), input.answers, todayIso(now));
  const referralServiceId =
    evaluation.outcome === 'not_eligible' ? requireReferral(runtime, input.referralServiceId) : null;
  const patch: ParticipantPatch = {
    screeningOutcome: evaluation.outcome,
    screeningAnswers: input.answers,
    screenedAt: now.toISOString(),
    screenedBy: runtime.actorId(),
    referralServiceId,
    decision: null,
    decisionReason: null,
    decidedBy: null,
    decidedAt: null,
    birthDate: row.birthDate ?? input.answers.birthDate ?? null,
    ageAtInquiry: input.answers.age ?? row.ageAtInquiry,
    yearsExperience:
      row.yearsExperience ??
      (input.answers.yearsExperience === undefined ? null : Math.floor(input.answers.yearsExperience)),
  };
  const status = runtime.sqlite().transaction(() => {
    const updated =
      row.status === 'inquiry'
        ? moveStatus(runtime, row, 'screened', patch)
        : updateParticipant(runtime.db(), row.id, patch, runtime.actorId(), now, null).row;
    addParticipantEvent(
      runtime.db(),
      {
        participantId: row.id,
        kind: 'screening',
        actorId: runtime.actorId(),
        detail: { outcome: evaluation.outcome },
      },
      now,
    );
    if (row.status === 'screened')
      runtime.audit({ action: 'record_updated', entity: 'participant', entityId: row.id, fields: ['screening'] });
    return updated.status;
  })();
  return { ...evaluation, status };
}

/** Borderline screenings still waiting for the coordinator, oldest first. */
export function decisionQueue(runtime: StoreRuntime) {
  const criteria = getCriteria(runtime.db());
  return runtime
    .db()
    .select()
    .from(participants)
    .where(
      and(
        eq(participants.status, 'screened'),
        eq(participants.screeningOutcome, 'borderline'),
        isNull(participants.decision),
      ),
    )
    .orderBy(asc(participants.screenedAt))
    .all()
    .map((row) => ({
      participantId: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      screenedAt: row.screenedAt,
      checks: evaluateEligibility(criteria, (row.screeningAnswers ?? {}) as ScreeningAnswers, todayIso(runtime.now()))
        .checks,
    }));
}

/** The coordinator's decision on a borderline (or not-eligible) screening, with its reason. */
export function decide(
  runtime: StoreRuntime,
  input: { participantId: number; decision: CoordinatorDecision; reason: string; referralServiceId?: number },
): { status: Status } {
  const row = requireParticipant(runtime, input.participantId);
  if (row.status !== 'screened') throw new AppError('conflict', 'errors.screening.already_progressed');
  const verdict = canRecordCoordinatorDecision(runtime.activeSession()?.role, row.screeningOutcome, input.reason);
  if (!verdict.ok)
    throw new AppError(
      'conflict',
      verdict.reason,
      verdict.fields?.map((path) => ({ path, message: verdict.reason })),
    );
  const now = runtime.now();
  const referralServiceId =
    input.decision === 'rejected'
      ? requireReferral(runtime, input.referralServiceId ?? row.referralServiceId ?? undefined)
      : row.referralServiceId;
  runtime.sqlite().transaction(() => {
    const { changed } = updateParticipant(
      runtime.db(),
      row.id,
      {
        decision: input.decision,
        decisionReason: input.reason,
        decidedBy: runtime.actorId(),
        decidedAt: now.toISOString(),
        referralServiceId,
      },
      runtime.actorId(),
      now,
      null,
    );
    addParticipantEvent(
      runtime.db(),
      {
        participantId: row.id,
        kind: 'decision',
        actorId: runtime.actorId(),
        detail: { decision: input.decision },
      },
      now,
    );
    runtime.audit({ action: 'record_updated', entity: 'participant', entityId: row.id, fields: changed });
  })();
  return { status: row.status };
}
