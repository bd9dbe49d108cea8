import { AppError } from '../../domain/app-error';
import { isDropInWorkshopType, type WorkshopType } from '../../domain/codes';
import { generateSchedule, numberSessions, type ScheduleRequest } from '../../domain/schedule';
import { findStaffById } from '../../../db/repositories/staff';
import {
  getInstance,
  getTitle,
  insertInstance,
  insertSessions,
  listEnrolments,
  listInstances,
  listSessions,
  updateInstance,
  type InstanceSummary,
  type InstanceValues,
} from '../../../db/repositories/workshops';
import type { StoreRuntime } from '../store/runtime';
import { findClashes } from './clashes';
import { rearrange } from './roster';

export function instanceView(row: InstanceSummary) {
  const { createdAt: _c, createdBy: _b, ...rest } = row;
  return { ...rest, dropIn: isDropInWorkshopType(row.type) };
}

export function listInstanceSummaries(
  runtime: StoreRuntime,
  filter: { from?: string; to?: string; type?: WorkshopType },
) {
  return listInstances(runtime.db(), filter).map(instanceView);
}

export function requireInstance(runtime: StoreRuntime, id: number) {
  const row = getInstance(runtime.db(), id);
  if (!row) throw new AppError('not_found', 'errors.workshops.not_found');
  return row;
}

function summaryOf(runtime: StoreRuntime, id: number) {
  const row = listInstances(runtime.db(), {}).find((r) => r.id === id);
  if (!row) throw new AppError('not_found', 'errors.workshops.not_found');
  return instanceView(row);
}

/** An instance with its sessions (numbered as CRF-1 numbers them), its roster and its wait list. */
export function instanceDetail(runtime: StoreRuntime, id: number) {
  requireInstance(runtime, id);
  const db = runtime.db();
  const sessions = numberSessions(listSessions(db, id)).map(
    ({ createdAt: _c, updatedAt: _u, instanceId: _i, ...s }) => s,
  );
  const people = listEnrolments(db, id).map((e) => ({
    id: e.id,
    participantId: e.participantId,
    firstName: e.firstName,
    lastName: e.lastName,
    phone: e.phone,
    status: e.status,
    waitPosition: e.waitPosition,
    enrolledAt: e.enrolledAt,
  }));
  return {
    instance: summaryOf(runtime, id),
    sessions,
    enrolled: people.filter((p) => p.status === 'enrolled'),
    waitList: people
      .filter((p) => p.status === 'waitlisted')
      .sort((a, b) => (a.waitPosition ?? 0) - (b.waitPosition ?? 0)),
  };
}

export interface InstanceInput {
  id?: number | undefined;
  expectedUpdatedAt?: string | undefined;
  type: WorkshopType;
  titleId?: number | null | undefined;
  title: string;
  facilitatorId?: number | null | undefined;
  facilitatorName?: string | null | undefined;
  place?: string | null | undefined;
  capacity?: number | null | undefined;
  notes?: string | null | undefined;
  schedule?: ScheduleRequest | undefined;
}

const invalid = (path: string, message: string) => new AppError('invalid_input', message, [{ path, message }]);

/** The instance's fields, checked against the catalogue and the staff list. */
function valuesOf(runtime: StoreRuntime, input: InstanceInput): InstanceValues {
  const db = runtime.db();
  if (input.facilitatorId != null) {
    const person = findStaffById(db, input.facilitatorId);
    if (!person || !person.active || person.role !== 'facilitator')
      throw invalid('facilitatorId', 'errors.workshops.not_a_facilitator');
  }
  if (input.titleId != null) {
    const title = getTitle(db, input.titleId);
    if (!title) throw invalid('titleId', 'errors.workshops.title_not_found');
    if (title.type !== input.type) throw invalid('titleId', 'errors.workshops.title_type_mismatch');
  }
  return {
    type: input.type,
    titleId: input.titleId ?? null,
    title: input.title,
    facilitatorId: input.facilitatorId ?? null,
    // An account and an external name for the same instance would disagree; the account wins.
    facilitatorName: input.facilitatorId != null ? null : input.facilitatorName || null,
    place: input.place || null,
    capacity: input.capacity ?? null,
    notes: input.notes || null,
  };
}

/**
 * Creates an instance (with its generated sessions, when a schedule is given) or edits one
 * the editor saw at `expectedUpdatedAt`. Returns clash warnings for the new sessions.
 */
export function saveInstance(runtime: StoreRuntime, input: InstanceInput) {
  const values = valuesOf(runtime, input);
  const now = runtime.now();
  const db = runtime.db();
  return runtime.sqlite().transaction(() => {
    let id = input.id;
    let clashes: ReturnType<typeof findClashes> = [];
    let skipped: ReturnType<typeof generateSchedule>['skipped'] = [];
    if (id === undefined) {
      id = insertInstance(db, values, runtime.actorId(), now).id;
      runtime.audit({ action: 'record_created', entity: 'workshop_instance', entityId: id });
    } else {
      const current = requireInstance(runtime, id);
      if (!input.expectedUpdatedAt) throw invalid('expectedUpdatedAt', 'validation.required');
      if (isDropInWorkshopType(values.type) && listEnrolments(db, id).some((e) => e.status !== 'withdrawn'))
        throw invalid('type', 'errors.workshops.drop_in_has_enrolments');
      if (!updateInstance(db, id, values, input.expectedUpdatedAt, now))
        throw new AppError('conflict', 'errors.workshops.changed_meanwhile');
      const changed = (Object.keys(values) as (keyof InstanceValues)[]).filter((k) => values[k] !== current[k]);
      runtime.audit({ action: 'record_updated', entity: 'workshop_instance', entityId: id, fields: changed });
      rearrange(runtime, id, values.capacity);
    }
    if (input.schedule) {
      const plan = generateSchedule(input.schedule);
      skipped = plan.skipped;
      const slots = plan.dates.map((date) => ({
        date,
        startTime: input.schedule!.startTime,
        endTime: input.schedule!.endTime,
        place: null,
      }));
      clashes = findClashes(
        runtime,
        slots.map((s) => ({ ...s, place: values.place })),
        values,
        id,
      );
      insertSessions(db, id, slots, now);
      runtime.audit({ action: 'record_created', entity: 'workshop_sessions', entityId: id, fields: ['date'] });
    }
    return { instance: summaryOf(runtime, id), clashes, skipped };
  })();
}

/** The dates a schedule would lay, the closed days it passes over, and what it would clash with. */
export function previewSchedule(
  runtime: StoreRuntime,
  input: ScheduleRequest & {
    instanceId?: number | undefined;
    place?: string | null | undefined;
    facilitatorId?: number | null | undefined;
    facilitatorName?: string | null | undefined;
  },
) {
  const plan = generateSchedule(input);
  const slots = plan.dates.map((date) => ({
    date,
    startTime: input.startTime,
    endTime: input.endTime,
    place: input.place || null,
  }));
  const who = { facilitatorId: input.facilitatorId ?? null, facilitatorName: input.facilitatorName || null };
  return { ...plan, clashes: findClashes(runtime, slots, who, input.instanceId) };
}
