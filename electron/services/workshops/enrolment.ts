import { AppError } from '../../domain/app-error';
import { isDropInWorkshopType } from '../../domain/codes';
import { addDays, todayIso } from '../../domain/dates';
import { nextWaitPosition } from '../../domain/wait-list';
import { currentPlan } from '../../../db/repositories/plans';
import {
  enrolledWithSessionsBetween,
  enrolmentsOfParticipant,
  getEnrolment,
  listEnrolments,
  listInstances,
  setEnrolmentStatus,
  upsertEnrolment,
} from '../../../db/repositories/workshops';
import { assertMayWork } from '../caseload/records';
import { requireParticipant } from '../caseload/status';
import type { StoreRuntime } from '../store/runtime';
import { instanceView, requireInstance } from './instances';
import { rearrange } from './roster';

/**
 * Enrols people in a course: each takes a place while there is one, and waits in order after.
 * Someone already on the roster or the wait list keeps their place. Drop-in types (job club,
 * business space, events) take no enrolment: people simply come and are marked present.
 */
export function enrol(runtime: StoreRuntime, instanceId: number, participantIds: number[]) {
  const instance = requireInstance(runtime, instanceId);
  if (isDropInWorkshopType(instance.type)) throw new AppError('conflict', 'errors.workshops.drop_in_no_enrolment');
  const people = [...new Set(participantIds)].map((id) => requireParticipant(runtime, id));
  for (const person of people) {
    assertMayWork(runtime, person);
    if (person.status === 'exited') throw new AppError('conflict', 'errors.workshops.participant_exited');
  }
  const db = runtime.db();
  const now = runtime.now();
  return runtime.sqlite().transaction(() => {
    let alreadyOn = 0;
    for (const person of people) {
      const existing = getEnrolment(db, instanceId, person.id);
      if (existing && existing.status !== 'withdrawn') {
        alreadyOn += 1;
        continue;
      }
      const position = nextWaitPosition(listEnrolments(db, instanceId));
      upsertEnrolment(
        db,
        { instanceId, participantId: person.id, status: 'waitlisted', waitPosition: position },
        runtime.actorId(),
        now,
      );
      // A newcomer joins at the end of the wait list; the roster rule then gives a free place.
      rearrange(runtime, instanceId, instance.capacity);
      runtime.audit({
        action: 'record_created',
        entity: 'workshop_enrolment',
        entityId: getEnrolment(db, instanceId, person.id)!.id,
      });
    }
    const places = listEnrolments(db, instanceId).filter((e) => people.some((p) => p.id === e.participantId));
    return {
      enrolled: places.filter((e) => e.status === 'enrolled').length,
      waitlisted: places.filter((e) => e.status === 'waitlisted').length,
      alreadyOn,
    };
  })();
}

/** Takes a person off a course or its wait list; a freed place goes to the first on the wait list. */
export function withdraw(runtime: StoreRuntime, instanceId: number, participantId: number) {
  const instance = requireInstance(runtime, instanceId);
  assertMayWork(runtime, requireParticipant(runtime, participantId));
  const place = getEnrolment(runtime.db(), instanceId, participantId);
  if (!place || place.status === 'withdrawn') throw new AppError('not_found', 'errors.workshops.not_enrolled');
  return runtime.sqlite().transaction(() => {
    setEnrolmentStatus(runtime.db(), place.id, 'withdrawn', null, runtime.now());
    runtime.audit({ action: 'record_updated', entity: 'workshop_enrolment', entityId: place.id, fields: ['status'] });
    return { promoted: rearrange(runtime, instanceId, instance.capacity) };
  })();
}

/**
 * Courses with sessions still ahead, for the "enrol in…" list on a participant's page: the
 * types in the person's current plan (the draft, else the latest signed version) first.
 */
export function forParticipant(runtime: StoreRuntime, participantId: number) {
  const person = requireParticipant(runtime, participantId);
  assertMayWork(runtime, person);
  const db = runtime.db();
  const planned = new Set(currentPlan(db, participantId)?.plannedWorkshopTypes ?? []);
  const mine = new Map(enrolmentsOfParticipant(db, participantId).map((e) => [e.instanceId, e]));
  const rows = listInstances(db, { from: todayIso(runtime.now()) })
    .filter((row) => !isDropInWorkshopType(row.type))
    .map((row) => ({
      instance: instanceView(row),
      inPlan: planned.has(row.type),
      myStatus: mine.get(row.id)?.status ?? null,
      myWaitPosition: mine.get(row.id)?.waitPosition ?? null,
    }));
  // A stable sort keeps the soonest first within each group.
  return rows.sort((a, b) => Number(b.inPlan) - Number(a.inPlan));
}

/** Who to phone: everyone holding a place on a course meeting in the next `days` days. */
export function reminderCalls(runtime: StoreRuntime, days: number) {
  const today = todayIso(runtime.now());
  return enrolledWithSessionsBetween(runtime.db(), addDays(today, 1), addDays(today, days));
}
