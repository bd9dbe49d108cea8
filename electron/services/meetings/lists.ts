import { AppError } from '../../domain/app-error';
import type { CoachingTool, MeetingState } from '../../domain/casework';
import type { MeetingMode } from '../../domain/codes';
import { addWorkingDays, todayIso } from '../../domain/dates';
import { isHeld, undoneDueTasks as dueAndUndone } from '../../domain/meetings';
import {
  attendedDates,
  getMeeting,
  listMeetings,
  listTrafficLightChanges,
  meetingsOnDay,
  updateMeeting,
  type MeetingPatch,
  type MeetingRow,
} from '../../../db/repositories/meetings';
import { updateParticipant } from '../../../db/repositories/participants';
import { assertMayWork } from '../caseload/records';
import { requireParticipant } from '../caseload/status';
import { openTasks } from '../plans/tasks';
import type { StoreRuntime } from '../store/runtime';
import { applyContact } from './record';
import { staffNames, toDayMeetingView, toMeetingView, type MeetingView } from './views';

/**
 * The meeting log of one person, with the traffic-light history and the plan's open tasks.
 * Opening it shows notes, so it is audited (ids only). Any coach may read it, as any coach may
 * read the record's notes; writing stays with the case's own coach and the coordinator.
 */
export function listPersonMeetings(runtime: StoreRuntime, participantId: number) {
  const me = runtime.requireSession();
  const row = requireParticipant(runtime, participantId);
  const db = runtime.db();
  const today = todayIso(runtime.now());
  const names = staffNames(db);
  runtime.audit({ action: 'record_viewed', entity: 'meetings', entityId: participantId });
  const tasks = openTasks(db, participantId);
  const overdue = new Set(dueAndUndone(tasks, today).map((task) => task.itemKey));
  return {
    meetings: listMeetings(db, participantId).map((meeting) => toMeetingView(meeting, names)),
    trafficLights: listTrafficLightChanges(db, participantId).map((change) => ({
      date: change.date,
      light: change.light,
      setByName: change.setBy === null ? null : (names.get(change.setBy) ?? null),
      meetingId: change.meetingId,
    })),
    openTasks: tasks.map((task) => ({
      itemKey: task.itemKey,
      text: task.text,
      owner: task.owner,
      dueDate: task.dueDate,
      overdue: overdue.has(task.itemKey),
    })),
    canWrite:
      row.status === 'active' && (me.role === 'coordinator' || (me.role === 'coach' && row.coachId === me.userId)),
  };
}

function requireMeeting(runtime: StoreRuntime, id: number): MeetingRow {
  const meeting = getMeeting(runtime.db(), id);
  if (!meeting) throw new AppError('not_found', 'errors.meetings.not_found');
  // The case's coach may correct every meeting on it, including a former coach's bookings.
  assertMayWork(runtime, requireParticipant(runtime, meeting.participantId));
  return meeting;
}

export interface MeetingEdit {
  date?: string | undefined;
  time?: string | null | undefined;
  mode?: MeetingMode | undefined;
  state?: MeetingState | undefined;
  tools?: CoachingTool[] | undefined;
  topics?: string | null | undefined;
  note?: string | null | undefined;
}

/**
 * Corrects a meeting. Last contact follows: a meeting newly marked attended moves it forward;
 * undoing an attended meeting recomputes it from the enrolment and the attended meetings left.
 */
export function updateMeetingRecord(
  runtime: StoreRuntime,
  id: number,
  patch: MeetingEdit,
  expectedUpdatedAt?: string,
): MeetingView {
  const before = requireMeeting(runtime, id);
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt)
    throw new AppError('conflict', 'errors.meetings.changed_elsewhere');
  const after = { ...before, ...stripUndefined(patch) };
  const today = todayIso(runtime.now());
  if (isHeld(after.state) && after.date > today)
    throw new AppError('invalid_input', 'errors.meetings.held_in_future', [
      { path: 'patch.date', message: 'errors.meetings.held_in_future' },
    ]);
  const db = runtime.db();
  const updated = runtime.sqlite().transaction(() => {
    const row = updateMeeting(db, id, stripUndefined(patch) as MeetingPatch, runtime.now());
    runtime.audit({
      action: 'record_updated',
      entity: 'meeting',
      entityId: id,
      fields: Object.keys(stripUndefined(patch)),
    });
    const person = requireParticipant(runtime, row.participantId);
    const wasContact = before.state === 'ATTENDED';
    if (wasContact && (row.state !== 'ATTENDED' || row.date < before.date)) {
      const latest = [person.enrolmentDate, ...attendedDates(db, row.participantId)]
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1);
      const { changed } = updateParticipant(
        db,
        person.id,
        { lastContactDate: latest ?? null },
        runtime.actorId(),
        runtime.now(),
      );
      if (changed.length)
        runtime.audit({ action: 'record_updated', entity: 'participant', entityId: person.id, fields: changed });
    } else applyContact(runtime, person, row);
    return row;
  })();
  return toMeetingView(updated, staffNames(db));
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Cancels a booked meeting; a held one is corrected with update instead. */
export function cancelMeeting(runtime: StoreRuntime, id: number): MeetingView {
  const meeting = requireMeeting(runtime, id);
  if (meeting.state !== 'BOOKED') throw new AppError('conflict', 'errors.meetings.not_booked');
  const row = updateMeeting(runtime.db(), id, { state: 'CANCELLED' }, runtime.now());
  runtime.audit({ action: 'record_updated', entity: 'meeting', entityId: id, fields: ['state'] });
  return toMeetingView(row, staffNames(runtime.db()));
}

/** A coach sees their own meetings; a coordinator everyone's, or one holder's when named. */
function holderFilter(runtime: StoreRuntime, staffId: number | undefined): number | null {
  const me = runtime.requireSession();
  if (me.role === 'coordinator') return staffId ?? null;
  if (staffId !== undefined && staffId !== me.userId)
    throw new AppError('forbidden', 'errors.meetings.own_meetings_only');
  return me.userId;
}

/**
 * Who to remind: the meetings booked for the next working day (Thursday's list shows Sunday),
 * with phone and email, so the reminder goes out the day before.
 */
export function reminders(runtime: StoreRuntime, date: string | undefined) {
  const day = date ?? addWorkingDays(todayIso(runtime.now()), 1);
  const db = runtime.db();
  const names = staffNames(db);
  const rows = meetingsOnDay(db, day, { staffId: holderFilter(runtime, undefined), states: ['BOOKED'] });
  runtime.audit({ action: 'record_viewed', entity: 'meeting_reminders', entityId: day });
  return { date: day, meetings: rows.map((row) => toDayMeetingView(row, names)) };
}

/** A day's meetings, booked and held, for the coach's day. */
export function dayMeetings(runtime: StoreRuntime, date: string, staffId: number | undefined) {
  const db = runtime.db();
  const names = staffNames(db);
  return meetingsOnDay(db, date, { staffId: holderFilter(runtime, staffId) }).map((row) =>
    toDayMeetingView(row, names),
  );
}
