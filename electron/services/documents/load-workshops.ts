import { AppError } from '../../domain/app-error';
import { countedSessions, summariseWorkshop } from '../../domain/completion';
import { addDays, startOfWeekSunday, todayIso } from '../../domain/dates';
import {
  getInstance,
  listSessionsBetween,
  sessionRoster,
  type SessionWithInstance,
} from '../../../db/repositories/attendance';
import { instanceMarks, instancePeople, nationalIdsOf } from '../../../db/repositories/documents';
import { listSessions } from '../../../db/repositories/workshops';
import { assertRunsInstance, requireOwnSession } from '../attendance/access';
import type { StoreRuntime } from '../store/runtime';
import type { AttendanceSheetData } from './attendance-sheet';
import type { AttendanceSummaryData } from './attendance-summary';
import { centreName, staffName } from './load-casework';

function facilitatorOf(
  runtime: StoreRuntime,
  instance: { facilitatorId: number | null; facilitatorName?: string | null },
) {
  return instance.facilitatorName ?? staffName(runtime, instance.facilitatorId);
}

function sheetData(runtime: StoreRuntime, session: SessionWithInstance): AttendanceSheetData {
  const db = runtime.db();
  const instance = getInstance(db, session.instanceId);
  const counted = countedSessions(listSessions(db, session.instanceId));
  const position = counted.findIndex((s) => s.id === session.id);
  const roster = sessionRoster(db, session);
  const ids = nationalIdsOf(
    db,
    roster.map((person) => person.participantId),
  );
  return {
    centreName: centreName(runtime),
    workshopTitle: session.title,
    workshopType: session.type,
    sessionNo: position < 0 ? null : position + 1,
    sessionCount: counted.length,
    date: session.date,
    startTime: session.startTime,
    endTime: session.endTime,
    place: session.place ?? session.instancePlace,
    facilitatorName: instance ? facilitatorOf(runtime, instance) : null,
    roster: roster.map((person) => ({ ...person, nationalId: ids.get(person.participantId) ?? null })),
  };
}

/** One session's sheet: its facilitator or a coordinator only. */
export function loadAttendanceSheet(runtime: StoreRuntime, sessionId: number): AttendanceSheetData {
  return sheetData(runtime, requireOwnSession(runtime, sessionId));
}

/** Several sessions' sheets, each checked as if printed alone. */
export function loadAttendanceSheets(runtime: StoreRuntime, sessionIds: readonly number[]): AttendanceSheetData[] {
  return sessionIds.map((id) => loadAttendanceSheet(runtime, id));
}

/**
 * The sessions of the working week (Sunday to Thursday) holding `date`, not cancelled, in date
 * order: the facilitator's own, or all for a coordinator. "Print this week's sheets" prints these.
 */
export function weekSessionIds(runtime: StoreRuntime, date: string = todayIso(runtime.now())): number[] {
  const me = runtime.requireSession();
  const sunday = startOfWeekSunday(date);
  const facilitator = me.role === 'coordinator' ? null : me.userId;
  return listSessionsBetween(runtime.db(), sunday, addDays(sunday, 4), facilitator)
    .filter((session) => session.status !== 'cancelled')
    .map((session) => session.id);
}

/** Participants × sessions of one instance, with each person's attended count and completion. */
export function loadAttendanceSummary(runtime: StoreRuntime, instanceId: number): AttendanceSummaryData {
  const db = runtime.db();
  const instance = getInstance(db, instanceId);
  if (!instance) throw new AppError('not_found', 'errors.documents.instance_not_found');
  assertRunsInstance(runtime, instance);
  const today = todayIso(runtime.now());
  const all = listSessions(db, instanceId);
  const sessions = countedSessions(all);
  const byId = new Map(all.map((s) => [s.id, s]));
  const marks = instanceMarks(db, instanceId);
  return {
    centreName: centreName(runtime),
    workshopTitle: instance.title,
    workshopType: instance.type,
    facilitatorName: facilitatorOf(runtime, instance),
    place: instance.place,
    sessions: sessions.map(({ id, date }) => ({ id, date })),
    participants: instancePeople(db, instanceId).map((person) => {
      const own = marks.filter((mark) => mark.participantId === person.id);
      const summary = summariseWorkshop(
        {
          type: instance.type,
          sessions: all,
          marks: own.flatMap((mark) => {
            const session = byId.get(mark.sessionId);
            return session ? [{ session, status: mark.status }] : [];
          }),
        },
        today,
      );
      return {
        firstName: person.firstName,
        lastName: person.lastName,
        marks: new Map(own.map((mark) => [mark.sessionId, mark.status])),
        attended: summary.attended,
        held: summary.held,
        completed: summary.completed,
      };
    }),
    printedOn: today,
  };
}
