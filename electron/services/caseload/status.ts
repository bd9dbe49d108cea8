import { AppError } from '../../domain/app-error';
import { canTransition, type LifecycleFacts } from '../../domain/lifecycle';
import type { ParticipantStatus } from '../../domain/codes';
import { todayIso } from '../../domain/dates';
import {
  getParticipant,
  updateParticipant,
  type ParticipantPatch,
  type ParticipantRow,
} from '../../../db/repositories/participants';
import type { StoreRuntime } from '../store/runtime';
import { getRequiredForms } from './settings';

export function requireParticipant(runtime: StoreRuntime, id: number): ParticipantRow {
  const row = getParticipant(runtime.db(), id);
  if (!row) throw new AppError('not_found', 'errors.participant.not_found');
  return row;
}

/** The lifecycle facts of a record as it would be after `patch`. */
export function factsOf(runtime: StoreRuntime, row: ParticipantRow, patch: ParticipantPatch = {}): LifecycleFacts {
  const next = { ...row, ...patch };
  return {
    today: todayIso(runtime.now()),
    actorRole: runtime.activeSession()?.role ?? null,
    screeningOutcome: next.screeningOutcome,
    decision: next.decision,
    decisionReason: next.decisionReason,
    coachId: next.coachId,
    intakeScheduledDate: next.intakeScheduledDate,
    enrolmentDate: next.enrolmentDate,
    track: next.track,
    requiredForms: getRequiredForms(runtime.db()).map((f) => f.key),
    forms: next.forms,
    commitmentSignedDate: next.commitmentSignedDate,
    exitDate: next.exitDate,
    exitReason: next.exitReason as LifecycleFacts['exitReason'],
  };
}

/**
 * Applies a patch that moves the record to `to`, after the status machine agrees; the
 * timeline gets the change with the acting user, the audit log the changed field names.
 */
export function moveStatus(
  runtime: StoreRuntime,
  row: ParticipantRow,
  to: ParticipantStatus,
  patch: ParticipantPatch,
  facts: Partial<LifecycleFacts> = {},
): ParticipantRow {
  const verdict = canTransition(row.status, to, { ...factsOf(runtime, row, patch), ...facts });
  if (!verdict.ok) {
    throw new AppError(
      'conflict',
      verdict.reason,
      verdict.fields?.map((path) => ({ path, message: verdict.reason })),
    );
  }
  const { row: updated, changed } = updateParticipant(
    runtime.db(),
    row.id,
    { ...patch, status: to },
    runtime.actorId(),
    runtime.now(),
  );
  runtime.audit({ action: 'record_updated', entity: 'participant', entityId: row.id, fields: changed });
  return updated;
}
