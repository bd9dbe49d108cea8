import { AppError } from '../../domain/app-error';
import type { AttendanceStatus } from '../../domain/codes';
import { deleteMarks, getMark, isEnrolled, sessionRoster, upsertMark } from '../../../db/repositories/attendance';
import type { StoreRuntime } from '../store/runtime';
import { requireMarkable } from './access';

/** Audit names the session and the person by id: `session/participant`. */
const markId = (sessionId: number, participantId: number) => `${sessionId}/${participantId}`;

/**
 * Saves one mark at once. Only people on the session's roster can be marked here; a walk-in
 * joins a drop-in session through addWalkIn. The previous mark comes back for undo.
 */
export function markAttendance(
  runtime: StoreRuntime,
  input: { sessionId: number; participantId: number; status: AttendanceStatus },
) {
  const session = requireMarkable(runtime, input.sessionId);
  const db = runtime.db();
  return runtime.sqlite().transaction(() => {
    const previous = getMark(db, session.id, input.participantId)?.status ?? null;
    // On the roster: holds a place, or is already marked here (a walk-in at a drop-in session).
    if (previous === null && !isEnrolled(db, session.instanceId, input.participantId))
      throw new AppError('not_found', 'errors.attendance.not_on_roster');
    const row = upsertMark(db, { ...input, sessionId: session.id, markedBy: runtime.actorId() }, runtime.now());
    runtime.audit({
      action: previous ? 'record_updated' : 'record_created',
      entity: 'attendance',
      entityId: markId(session.id, input.participantId),
      fields: ['status'],
    });
    return { participantId: row.participantId, status: row.status, previous, markedAt: row.markedAt };
  })();
}

/**
 * Takes marks back (undo of a mark that replaced nothing, or of "everyone else present").
 * A walk-in's row goes with its mark: at a drop-in session the mark is what put them there.
 */
export function unmarkAttendance(runtime: StoreRuntime, input: { sessionId: number; participantIds: number[] }) {
  const session = requireMarkable(runtime, input.sessionId);
  return runtime.sqlite().transaction(() => {
    const unmarked = deleteMarks(runtime.db(), session.id, [...new Set(input.participantIds)]);
    for (const participantId of unmarked)
      runtime.audit({ action: 'record_deleted', entity: 'attendance', entityId: markId(session.id, participantId) });
    return { unmarked };
  })();
}

/** "Everyone else present": one action marks every unmarked row PRESENT; the ids come back for undo. */
export function markRestPresent(runtime: StoreRuntime, sessionId: number) {
  const session = requireMarkable(runtime, sessionId);
  const db = runtime.db();
  const now = runtime.now();
  return runtime.sqlite().transaction(() => {
    const rest = sessionRoster(db, session)
      .filter((r) => r.status === null)
      .map((r) => r.participantId);
    for (const participantId of rest) {
      upsertMark(db, { sessionId: session.id, participantId, status: 'PRESENT', markedBy: runtime.actorId() }, now);
      runtime.audit({ action: 'record_created', entity: 'attendance', entityId: markId(session.id, participantId) });
    }
    return { marked: rest, markedAt: now.toISOString() };
  })();
}
