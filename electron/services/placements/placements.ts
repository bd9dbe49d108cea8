import type { z } from 'zod';
import { AppError } from '../../domain/app-error';
import {
  firstProgrammePlacement,
  followUpSchedule,
  isProgrammePlacement,
  redateOpenFollowUps,
} from '../../domain/follow-ups';
import type { placementFieldsSchema, placementsContract } from '../../api/contracts/placements';
import type { Db } from '../../../db/open';
import type { ParticipantRow } from '../../../db/repositories/participants';
import {
  getPlacement,
  insertFollowUps,
  insertPlacement,
  listFollowUps,
  listPlacements,
  updateFollowUp,
  updatePlacement,
  type FollowUpRow,
  type PlacementRow,
  type PlacementValues,
} from '../../../db/repositories/placements';
import { assertMayWork } from '../caseload/records';
import { requireParticipant } from '../caseload/status';
import type { StoreRuntime } from '../store/runtime';

type PlacementFields = z.output<typeof placementFieldsSchema>;
type SaveInput = z.output<(typeof placementsContract)['placements.save']['input']>;

export function toPlacementView(row: PlacementRow, enrolmentDate: string | null) {
  const { createdAt: _c, createdBy: _b, ...rest } = row;
  return { ...rest, programme: isProgrammePlacement(row, enrolmentDate) };
}

export function toFollowUpView(row: FollowUpRow) {
  const { answeredBy: _a, updatedAt: _u, ...rest } = row;
  return rest;
}

function mayEdit(runtime: StoreRuntime, row: ParticipantRow): boolean {
  const me = runtime.requireSession();
  return me.role === 'coordinator' || (me.role === 'coach' && row.coachId === me.userId);
}

/** Empty text is no value: a cleared employer or note is stored as null. */
const orNull = (value: string | undefined) => (value === undefined || value === '' ? null : value);

export function placementValues(fields: PlacementFields): PlacementValues {
  return {
    employer: orNull(fields.employer),
    occupationCode: fields.occupationCode,
    startDate: fields.startDate,
    endDate: fields.endDate ?? null,
    employmentType: fields.employmentType ?? null,
    jobScopePct: fields.jobScopePct ?? null,
    monthlySalaryNis: fields.monthlySalaryNis ?? null,
    foundBy: fields.foundBy ?? null,
    note: orNull(fields.note),
  };
}

/**
 * Keeps the follow-ups in step with the placements: the first programme placement creates the
 * four follow-ups; a new first one (an earlier placement recorded later, a start date
 * corrected) re-dates those not yet answered. Call inside the caller's transaction.
 */
export function syncFollowUps(db: Db, participant: ParticipantRow, now: Date): void {
  const first = firstProgrammePlacement(listPlacements(db, participant.id), participant.enrolmentDate);
  if (!first) return;
  const existing = listFollowUps(db, participant.id);
  if (existing.length === 0) {
    insertFollowUps(db, participant.id, first.id, followUpSchedule(first.startDate), now);
    return;
  }
  for (const f of redateOpenFollowUps(existing, first)) {
    updateFollowUp(db, f.id, { dueDate: f.dueDate, placementId: f.placementId }, now);
  }
}

/** A person's placements and follow-ups; opening them is audited by id. */
export function listPlacementsOf(runtime: StoreRuntime, participantId: number) {
  const participant = requireParticipant(runtime, participantId);
  const db = runtime.db();
  runtime.audit({ action: 'record_viewed', entity: 'placements', entityId: participantId });
  return {
    placements: listPlacements(db, participantId).map((p) => toPlacementView(p, participant.enrolmentDate)),
    followUps: listFollowUps(db, participantId).map(toFollowUpView),
    enrolmentDate: participant.enrolmentDate,
    canEdit: mayEdit(runtime, participant),
  };
}

function requirePlacement(runtime: StoreRuntime, placementId: number, participantId?: number): PlacementRow {
  const row = getPlacement(runtime.db(), placementId);
  if (!row || (participantId !== undefined && row.participantId !== participantId)) {
    throw new AppError('not_found', 'errors.placement.not_found');
  }
  return row;
}

/** Creates a placement, or updates one opened at `expectedUpdatedAt`; the employer is audited by name only. */
export function savePlacement(runtime: StoreRuntime, input: SaveInput) {
  const participant = requireParticipant(runtime, input.participantId);
  assertMayWork(runtime, participant);
  const db = runtime.db();
  const now = runtime.now();
  const values = placementValues(input);
  const saved = runtime.sqlite().transaction(() => {
    if (input.placementId === undefined) {
      const row = insertPlacement(db, participant.id, values, runtime.requireSession().userId, now);
      runtime.audit({ action: 'record_created', entity: 'placement', entityId: row.id });
      syncFollowUps(db, participant, now);
      return row;
    }
    const before = requirePlacement(runtime, input.placementId, participant.id);
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) {
      throw new AppError('conflict', 'errors.placement.changed_elsewhere');
    }
    const { row, changed } = updatePlacement(db, before.id, values, now);
    if (changed.length > 0) {
      runtime.audit({ action: 'record_updated', entity: 'placement', entityId: row.id, fields: changed });
      syncFollowUps(db, participant, now);
    }
    return row;
  })();
  return toPlacementView(saved, participant.enrolmentDate);
}

/** Ends a job on its last working day. */
export function endPlacement(runtime: StoreRuntime, placementId: number, endDate: string) {
  const before = requirePlacement(runtime, placementId);
  const participant = requireParticipant(runtime, before.participantId);
  assertMayWork(runtime, participant);
  if (endDate < before.startDate) {
    throw new AppError('invalid_input', 'errors.invalid_input', [{ path: 'endDate', message: 'validation.dateOrder' }]);
  }
  const { row, changed } = updatePlacement(runtime.db(), placementId, { endDate }, runtime.now());
  if (changed.length > 0)
    runtime.audit({ action: 'record_updated', entity: 'placement', entityId: placementId, fields: changed });
  return toPlacementView(row, participant.enrolmentDate);
}
