import { AppError } from '../../domain/app-error';
import {
  getInstance,
  getSessionWithInstance,
  insertFacilitatorNote,
  isOnInstance,
  listFacilitatorNotes,
} from '../../../db/repositories/attendance';
import { assertMayWork } from '../caseload/records';
import { requireParticipant } from '../caseload/status';
import type { StoreRuntime } from '../store/runtime';
import { assertRunsInstance } from './access';

export interface NewFacilitatorNote {
  instanceId: number;
  sessionId?: number | undefined;
  participantId: number;
  text: string;
}

/**
 * The facilitator's short update to the coach about one person on their own instance (for
 * the whole instance or one of its sessions). Audited by ids: the text is the coach's to read.
 */
export function addFacilitatorNote(runtime: StoreRuntime, input: NewFacilitatorNote) {
  const db = runtime.db();
  const instance = getInstance(db, input.instanceId);
  if (!instance) throw new AppError('not_found', 'errors.attendance.instance_not_found');
  assertRunsInstance(runtime, instance);
  let sessionDate: string | null = null;
  if (input.sessionId !== undefined) {
    const session = getSessionWithInstance(db, input.sessionId);
    if (!session || session.instanceId !== instance.id)
      throw new AppError('invalid_input', 'errors.attendance.session_not_in_instance', [
        { path: 'sessionId', message: 'errors.attendance.session_not_in_instance' },
      ]);
    sessionDate = session.date;
  }
  if (!isOnInstance(db, instance.id, input.participantId))
    throw new AppError('not_found', 'errors.attendance.not_on_roster');
  const me = runtime.requireSession();
  const row = runtime.sqlite().transaction(() => {
    const note = insertFacilitatorNote(
      db,
      {
        participantId: input.participantId,
        instanceId: instance.id,
        sessionId: input.sessionId ?? null,
        authorId: me.userId,
        text: input.text,
      },
      runtime.now(),
    );
    runtime.audit({ action: 'record_created', entity: 'facilitator_note', entityId: note.id, fields: ['text'] });
    return note;
  })();
  return {
    id: row.id,
    instanceId: instance.id,
    instanceTitle: instance.title,
    type: instance.type,
    sessionId: row.sessionId,
    sessionDate,
    authorName: me.displayName,
    text: row.text,
    createdAt: row.createdAt,
  };
}

/** What facilitators wrote about a person, newest first: for the person's coach and the coordinator. */
export function facilitatorNotesFor(runtime: StoreRuntime, participantId: number) {
  assertMayWork(runtime, requireParticipant(runtime, participantId));
  runtime.audit({ action: 'record_viewed', entity: 'facilitator_note', entityId: participantId });
  return listFacilitatorNotes(runtime.db(), participantId);
}
