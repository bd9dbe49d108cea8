import { AppError } from '../../domain/app-error';
import { assertTimes, closedReason, isWeekend, numberSessions, type HolidayMark } from '../../domain/schedule';
import { getSession, insertSessions, listSessions, updateSession } from '../../../db/repositories/workshops';
import type { StoreRuntime } from '../store/runtime';
import { findClashes } from './clashes';
import { requireInstance } from './instances';

export interface SessionInput {
  date: string;
  startTime: string;
  endTime: string;
  place?: string | null | undefined;
}

/** A single session may not fall on Friday or Saturday; a holiday is allowed but reported. */
function checkSlot(slot: SessionInput, path: string): HolidayMark | null {
  if (isWeekend(slot.date))
    throw new AppError('invalid_input', 'errors.workshops.weekend_day', [
      { path: `${path}.date`, message: 'errors.workshops.weekend_day' },
    ]);
  assertTimes(slot.startTime, slot.endTime);
  return closedReason(slot.date);
}

function sessionView(runtime: StoreRuntime, instanceId: number, sessionId: number) {
  const numbered = numberSessions(listSessions(runtime.db(), instanceId)).find((s) => s.id === sessionId)!;
  const { createdAt: _c, updatedAt: _u, instanceId: _i, ...view } = numbered;
  return view;
}

/** Adds single sessions (a seventh meeting, a make-up date) to an instance. */
export function addSessions(runtime: StoreRuntime, instanceId: number, sessions: SessionInput[]) {
  const instance = requireInstance(runtime, instanceId);
  const holidays = sessions.map((s, i) => checkSlot(s, `sessions.${i}`)).filter((h): h is HolidayMark => h !== null);
  const slots = sessions.map((s) => ({ ...s, place: s.place || null }));
  const clashes = findClashes(
    runtime,
    slots.map((s) => ({ ...s, place: s.place ?? instance.place })),
    instance,
    instanceId,
  );
  const added = runtime.sqlite().transaction(() => insertSessions(runtime.db(), instanceId, slots, runtime.now()))();
  for (const row of added) runtime.audit({ action: 'record_created', entity: 'workshop_session', entityId: row.id });
  return { sessions: added.map((row) => sessionView(runtime, instanceId, row.id)), clashes, holidays };
}

function requireSession(runtime: StoreRuntime, sessionId: number) {
  const row = getSession(runtime.db(), sessionId);
  if (!row) throw new AppError('not_found', 'errors.workshops.session_not_found');
  return row;
}

/** Moves one session to another day or time (and room); the rest of the schedule stays. */
export function moveSession(runtime: StoreRuntime, sessionId: number, slot: SessionInput) {
  const current = requireSession(runtime, sessionId);
  const instance = requireInstance(runtime, current.instanceId);
  if (current.status === 'cancelled') throw new AppError('conflict', 'errors.workshops.session_cancelled');
  const holiday = checkSlot(slot, 'session');
  const place = slot.place === undefined ? current.place : slot.place || null;
  const clashes = findClashes(runtime, [{ ...slot, place: place ?? instance.place }], instance, instance.id);
  updateSession(
    runtime.db(),
    sessionId,
    { date: slot.date, startTime: slot.startTime, endTime: slot.endTime, place },
    runtime.now(),
  );
  runtime.audit({
    action: 'record_updated',
    entity: 'workshop_session',
    entityId: sessionId,
    fields: ['date', 'startTime', 'endTime', 'place'],
  });
  return { session: sessionView(runtime, instance.id, sessionId), clashes, holidays: holiday ? [holiday] : [] };
}

/**
 * Cancels one session (or restores it). A cancelled session keeps its row, so attendance
 * already marked is not lost, but it leaves the CRF-1 numbering and the completion count.
 */
export function cancelSession(runtime: StoreRuntime, sessionId: number, restore: boolean) {
  const current = requireSession(runtime, sessionId);
  updateSession(runtime.db(), sessionId, { status: restore ? 'scheduled' : 'cancelled' }, runtime.now());
  runtime.audit({ action: 'record_updated', entity: 'workshop_session', entityId: sessionId, fields: ['status'] });
  return sessionView(runtime, current.instanceId, sessionId);
}
