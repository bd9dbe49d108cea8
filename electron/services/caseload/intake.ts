import { AppError } from '../../domain/app-error';
import type { ConsentMethod, Track, TrafficLight } from '../../domain/codes';
import { findStaffById } from '../../../db/repositories/staff';
import { addParticipantEvent, insertConsent, reassignCaseload } from '../../../db/repositories/participants';
import type { StoreRuntime } from '../store/runtime';
import { assertMayWork } from './records';
import { moveStatus, requireParticipant } from './status';

function requireCoach(runtime: StoreRuntime, coachId: number): void {
  const coach = findStaffById(runtime.db(), coachId);
  if (!coach || !coach.active || (coach.role !== 'coach' && coach.role !== 'coordinator')) {
    throw new AppError('invalid_input', 'errors.participant.not_a_coach', [
      { path: 'coachId', message: 'errors.participant.not_a_coach' },
    ]);
  }
}

/**
 * After the exposure conference: an intake meeting booked with a coach (invited → intake).
 * A coach books intakes only into their own caseload.
 */
export function scheduleIntake(
  runtime: StoreRuntime,
  input: { id: number; coachId: number; intakeScheduledDate: string },
) {
  const me = runtime.requireSession();
  if (me.role === 'coach' && input.coachId !== me.userId)
    throw new AppError('forbidden', 'errors.participant.not_your_caseload');
  requireCoach(runtime, input.coachId);
  const row = requireParticipant(runtime, input.id);
  return runtime
    .sqlite()
    .transaction(() =>
      moveStatus(runtime, row, 'intake', { coachId: input.coachId, intakeScheduledDate: input.intakeScheduledDate }),
    )();
}

export interface CompleteIntakeInput {
  id: number;
  enrolmentDate: string;
  track: Track;
  trafficLight: TrafficLight;
  commitmentSignedDate: string;
  forms: Record<string, string>;
  dataConsent: { givenDate: string; method: ConsentMethod };
}

/**
 * The intake meeting was held: its date becomes the enrolment date, the required forms are
 * in, the commitment is signed, and the data-processing consent is recorded (intake → active).
 */
export function completeIntake(runtime: StoreRuntime, input: CompleteIntakeInput) {
  const row = requireParticipant(runtime, input.id);
  assertMayWork(runtime, row);
  const now = runtime.now();
  return runtime.sqlite().transaction(() => {
    const updated = moveStatus(runtime, row, 'active', {
      enrolmentDate: input.enrolmentDate,
      track: input.track,
      trafficLight: input.trafficLight,
      commitmentSignedDate: input.commitmentSignedDate,
      forms: { ...(row.forms ?? {}), ...input.forms },
      lastContactDate:
        row.lastContactDate && row.lastContactDate > input.enrolmentDate ? row.lastContactDate : input.enrolmentDate,
    });
    const consent = insertConsent(
      runtime.db(),
      {
        participantId: row.id,
        kind: 'data_processing',
        givenDate: input.dataConsent.givenDate,
        method: input.dataConsent.method,
        recordedBy: runtime.actorId(),
      },
      now,
    );
    runtime.audit({ action: 'record_created', entity: 'consent', entityId: consent.id });
    return updated;
  })();
}

/**
 * A coordinator re-opens an exited case, with a reason: back to active after an intake,
 * otherwise back to invited for the next conference. The exit is cleared; the timeline keeps it.
 */
export function reopenParticipant(
  runtime: StoreRuntime,
  input: { id: number; to: 'active' | 'invited'; reason: string },
) {
  const row = requireParticipant(runtime, input.id);
  return runtime.sqlite().transaction(() => {
    const updated = moveStatus(
      runtime,
      row,
      input.to,
      { exitDate: null, exitReason: null },
      { reopenReason: input.reason },
    );
    addParticipantEvent(
      runtime.db(),
      {
        participantId: row.id,
        kind: 'reopened',
        actorId: runtime.actorId(),
        detail: { reason: input.reason },
      },
      runtime.now(),
    );
    return updated;
  })();
}

/** A coach leaves: every open case (intake and active) moves to another coach in one action. */
export function reassign(runtime: StoreRuntime, fromCoachId: number, toCoachId: number): number {
  if (fromCoachId === toCoachId)
    throw new AppError('invalid_input', 'errors.participant.same_coach', [
      { path: 'toCoachId', message: 'errors.participant.same_coach' },
    ]);
  requireCoach(runtime, toCoachId);
  const now = runtime.now();
  const actorId = runtime.actorId();
  return runtime.sqlite().transaction(() => {
    const moved = reassignCaseload(runtime.db(), fromCoachId, toCoachId);
    for (const participantId of moved) {
      addParticipantEvent(
        runtime.db(),
        { participantId, kind: 'reassigned', actorId, detail: { fromCoachId, toCoachId } },
        now,
      );
    }
    runtime.audit({ action: 'record_updated', entity: 'caseload', entityId: fromCoachId, fields: ['coachId'] });
    return moved.length;
  })();
}
