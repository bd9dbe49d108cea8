import type { z } from 'zod';
import { AppError } from '../../domain/app-error';
import { isDropInWorkshopType } from '../../domain/codes';
import { getMark, upsertMark, type SessionWithInstance } from '../../../db/repositories/attendance';
import { getParticipantsByIds } from '../../../db/repositories/participants';
import type { attendanceContract } from '../../api/contracts/attendance';
import { createInquiry } from '../caseload/inquiries';
import { quickSearchParticipants } from '../caseload/search';
import { requireParticipant } from '../caseload/status';
import type { StoreRuntime } from '../store/runtime';
import { requireMarkable } from './access';

type WalkInInquiry = z.output<(typeof attendanceContract)['attendance.addWalkInInquiry']['input']>;

/** Drop-in types (job club, business space, events) take walk-ins; a course has its enrolled roster. */
function requireDropIn(session: SessionWithInstance): void {
  if (!isDropInWorkshopType(session.type)) throw new AppError('conflict', 'errors.attendance.walk_in_drop_in_only');
}

function requireWalkInSession(runtime: StoreRuntime, sessionId: number): SessionWithInstance {
  const session = requireMarkable(runtime, sessionId);
  requireDropIn(session);
  return session;
}

/**
 * The quick search, for a facilitator at their own drop-in session: names and the ID's last
 * four digits, nothing else of the person (no status, no phone).
 */
export function walkInSearch(runtime: StoreRuntime, input: { sessionId: number; q: string }) {
  requireWalkInSession(runtime, input.sessionId);
  return quickSearchParticipants(runtime, input.q).map(({ id, firstName, lastName, idSuffix }) => ({
    id,
    firstName,
    lastName,
    idSuffix,
  }));
}

function markPresent(runtime: StoreRuntime, session: SessionWithInstance, participantId: number) {
  const db = runtime.db();
  const previous = getMark(db, session.id, participantId);
  const row = upsertMark(
    db,
    { sessionId: session.id, participantId, status: 'PRESENT', markedBy: runtime.actorId() },
    runtime.now(),
  );
  runtime.audit({
    action: previous ? 'record_updated' : 'record_created',
    entity: 'attendance',
    entityId: `${session.id}/${participantId}`,
    fields: ['status'],
  });
  const [person] = getParticipantsByIds(db, [participantId]);
  return {
    participantId,
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    enrolled: false,
    status: row.status,
    markedAt: row.markedAt,
  };
}

/** Someone already known walks into a drop-in session: they join its roster marked present. */
export function addWalkIn(runtime: StoreRuntime, input: { sessionId: number; participantId: number }) {
  const session = requireWalkInSession(runtime, input.sessionId);
  requireParticipant(runtime, input.participantId);
  return runtime.sqlite().transaction(() => markPresent(runtime, session, input.participantId))();
}

/**
 * Someone new walks in: recorded as an inquiry through the front desk's own service (the same
 * duplicate check), then marked present, in one transaction. Possible duplicates come back
 * by name only, for the facilitator to pick the person or create anyway.
 */
export function addWalkInInquiry(runtime: StoreRuntime, input: WalkInInquiry) {
  const { sessionId, ...inquiry } = input;
  const session = requireWalkInSession(runtime, sessionId);
  return runtime.sqlite().transaction(() => {
    const created = createInquiry(runtime, inquiry);
    if (created.kind === 'duplicates')
      return {
        kind: 'duplicates' as const,
        candidates: created.candidates.map(({ id, firstName, lastName, reason }) => ({
          id,
          firstName,
          lastName,
          reason,
        })),
      };
    return { kind: 'added' as const, entry: markPresent(runtime, session, created.id) };
  })();
}
