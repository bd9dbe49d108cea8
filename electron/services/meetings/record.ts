import { AppError } from '../../domain/app-error';
import type { CoachingTool, MeetingState } from '../../domain/casework';
import type { MeetingMode, MeetingStatus, TrafficLight } from '../../domain/codes';
import { todayIso } from '../../domain/dates';
import { bookingFlagged, lastContactAfter } from '../../domain/meetings';
import {
  findBooked,
  insertMeeting,
  insertTrafficLightChange,
  updateMeeting,
  type MeetingRow,
} from '../../../db/repositories/meetings';
import { updateParticipant, type ParticipantRow } from '../../../db/repositories/participants';
import { findStaffById } from '../../../db/repositories/staff';
import { assertMayWork } from '../caseload/records';
import { requireParticipant } from '../caseload/status';
import { addTasks, markTasksDone, undoneDueTasks, type NewTask } from '../plans/tasks';
import type { StoreRuntime } from '../store/runtime';
import { staffNames, toMeetingView, type MeetingView } from './views';

export interface Booking {
  date: string;
  time?: string | undefined;
  mode: MeetingMode;
}

export interface RecordInput extends Booking {
  participantId: number;
  state: MeetingStatus;
  staffId?: number | undefined;
  tools: CoachingTool[];
  topics?: string | undefined;
  taskKeysDone: string[];
  newTasks: NewTask[];
  trafficLight?: TrafficLight | undefined;
  note?: string | undefined;
  next?: Booking | undefined;
}

const fieldError = (path: string, message: string) => new AppError('invalid_input', message, [{ path, message }]);

/** A participant a meeting may be booked or recorded for: their own case, and in the programme. */
export function requireWorkableCase(runtime: StoreRuntime, participantId: number): ParticipantRow {
  const row = requireParticipant(runtime, participantId);
  assertMayWork(runtime, row);
  if (row.status !== 'active') throw new AppError('conflict', 'errors.meetings.not_active');
  return row;
}

/**
 * Who holds the meeting (CRF-1 coach): the signed-in user unless named. A coach records only
 * their own meetings; the holder must be an active coach or coordinator.
 */
export function resolveHolder(runtime: StoreRuntime, staffId: number | undefined, fallback: number | null): number {
  const me = runtime.requireSession();
  const holder = staffId ?? fallback ?? me.userId;
  if (me.role === 'coach' && holder !== me.userId) throw new AppError('forbidden', 'errors.meetings.own_meetings_only');
  const member = findStaffById(runtime.db(), holder);
  if (!member || !member.active || (member.role !== 'coach' && member.role !== 'coordinator'))
    throw fieldError('staffId', 'errors.meetings.bad_holder');
  return holder;
}

/** Moves "last contact" forward for an attended meeting; the timeline and audit name the field. */
export function applyContact(
  runtime: StoreRuntime,
  row: ParticipantRow,
  meeting: { date: string; state: MeetingState },
) {
  const next = lastContactAfter(row.lastContactDate, meeting);
  if (next === row.lastContactDate) return row;
  const { row: updated, changed } = updateParticipant(
    runtime.db(),
    row.id,
    { lastContactDate: next },
    runtime.actorId(),
    runtime.now(),
  );
  if (changed.length)
    runtime.audit({ action: 'record_updated', entity: 'participant', entityId: row.id, fields: changed });
  return updated;
}

/** Books a meeting (or keeps the one already booked that day), flagged when agreed tasks are overdue. */
function book(
  runtime: StoreRuntime,
  participantId: number,
  booking: Booking,
  holder: number,
  path = 'date',
): MeetingRow {
  const db = runtime.db();
  const today = todayIso(runtime.now());
  if (booking.date < today) throw fieldError(path, 'errors.meetings.booked_in_past');
  const flagged = bookingFlagged(undoneDueTasks(db, participantId, today), today);
  const existing = findBooked(db, participantId, booking.date);
  const values = {
    time: booking.time ?? null,
    mode: booking.mode,
    staffId: holder,
    tasksOverdueFlag: flagged,
  };
  const row = existing
    ? updateMeeting(db, existing.id, values, runtime.now())
    : insertMeeting(
        db,
        { participantId, date: booking.date, state: 'BOOKED', ...values },
        runtime.actorId(),
        runtime.now(),
      );
  runtime.audit({ action: existing ? 'record_updated' : 'record_created', entity: 'meeting', entityId: row.id });
  return row;
}

export function bookMeeting(
  runtime: StoreRuntime,
  input: Booking & { participantId: number; staffId?: number | undefined },
): MeetingView {
  const row = requireWorkableCase(runtime, input.participantId);
  const holder = resolveHolder(runtime, input.staffId, row.coachId);
  const booked = runtime.sqlite().transaction(() => book(runtime, row.id, input, holder))();
  return toMeetingView(booked, staffNames(runtime.db()));
}

/**
 * One call for one held meeting: the meeting itself (the day's booking becomes it), tasks
 * ticked done and given (both into the plan draft), the traffic light, last contact, and the
 * next booking. All of it in one transaction: a refusal anywhere saves nothing.
 */
export function recordMeeting(runtime: StoreRuntime, input: RecordInput) {
  const db = runtime.db();
  const now = runtime.now();
  const actor = runtime.actorId();
  const today = todayIso(now);
  const participant = requireWorkableCase(runtime, input.participantId);
  const holder = resolveHolder(runtime, input.staffId, null);
  if (input.date > today) throw fieldError('date', 'errors.meetings.held_in_future');
  if (input.next && input.next.date <= input.date) throw fieldError('next.date', 'errors.meetings.next_not_after');

  const result = runtime.sqlite().transaction(() => {
    const values = {
      time: input.time ?? null,
      mode: input.mode,
      state: input.state,
      staffId: holder,
      tools: input.tools,
      topics: input.topics || null,
      note: input.note || null,
    };
    const booked = findBooked(db, participant.id, input.date);
    const meeting = booked
      ? updateMeeting(db, booked.id, values, now)
      : insertMeeting(db, { participantId: participant.id, date: input.date, ...values }, actor, now);
    runtime.audit({
      action: booked ? 'record_updated' : 'record_created',
      entity: 'meeting',
      entityId: meeting.id,
      fields: Object.keys(values),
    });

    const donePlan = markTasksDone(db, participant.id, input.taskKeysDone, input.date, actor, now);
    const added = addTasks(db, participant.id, input.newTasks, meeting.id, actor, now);
    if (donePlan !== null || added.length) {
      const fields = [...(donePlan !== null ? ['tasks.doneDate'] : []), ...(added.length ? ['tasks'] : [])];
      runtime.audit({ action: 'record_updated', entity: 'plan', entityId: participant.id, fields });
    }

    let person = applyContact(runtime, participant, meeting);
    if (input.trafficLight && input.trafficLight !== person.trafficLight) {
      insertTrafficLightChange(
        db,
        { participantId: person.id, date: input.date, light: input.trafficLight, setBy: actor, meetingId: meeting.id },
        now,
      );
      const { row, changed } = updateParticipant(db, person.id, { trafficLight: input.trafficLight }, actor, now);
      runtime.audit({ action: 'record_updated', entity: 'participant', entityId: person.id, fields: changed });
      person = row;
    }
    const next = input.next ? book(runtime, person.id, input.next, holder, 'next.date') : null;
    return { meeting, next, lastContactDate: person.lastContactDate };
  })();
  const names = staffNames(db);
  return {
    meeting: toMeetingView(result.meeting, names),
    next: result.next ? toMeetingView(result.next, names) : null,
    lastContactDate: result.lastContactDate,
  };
}
