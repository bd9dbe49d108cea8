import type { z } from 'zod';
import { AppError } from '../../domain/app-error';
import { todayIso } from '../../domain/dates';
import { answerFollowUp, queueBounds, subjectPlacementId, type QueueScope } from '../../domain/follow-ups';
import type { followUpsContract } from '../../api/contracts/followUps';
import {
  followUpQueue,
  followUpsOf,
  getFollowUp,
  getPlacement,
  placementsById,
  insertPlacement,
  listFollowUps,
  updateFollowUp,
  updatePlacement,
} from '../../../db/repositories/placements';
import { listStaff } from '../../../db/repositories/staff';
import { assertMayWork } from '../caseload/records';
import { requireParticipant } from '../caseload/status';
import type { StoreRuntime } from '../store/runtime';
import { placementValues, syncFollowUps, toFollowUpView, toPlacementView } from './placements';

type AnswerInput = z.output<(typeof followUpsContract)['followUps.answer']['input']>;

/** More rows than a coach works through in a sitting; the page says when the list was cut. */
const QUEUE_LIMIT = 500;

/**
 * Open follow-ups to call, earliest first, with the person and phone. A coach always gets
 * their own participants' calls; the coordinator everyone's, or one coach's.
 */
export function followUpQueueFor(runtime: StoreRuntime, scope: QueueScope, coachId?: number) {
  const me = runtime.requireSession();
  const db = runtime.db();
  const today = todayIso(runtime.now());
  const rows = followUpQueue(db, {
    ...queueBounds(scope, today),
    coachId: me.role === 'coach' ? me.userId : coachId,
    limit: QUEUE_LIMIT + 1,
  });
  const coaches = new Map(listStaff(db).map((s) => [s.id, s.displayName]));
  const page = rows.slice(0, QUEUE_LIMIT);
  // The page's follow-ups and placements in two reads, not two per row (500 rows: ~1,000 reads).
  const followUpsByPerson = followUpsOf(
    db,
    page.map((row) => row.participantId),
  );
  const subjectIds = page.map((row) => subjectPlacementId(row, followUpsByPerson.get(row.participantId) ?? []));
  const subjects = placementsById(db, subjectIds);
  const items = page.map((row, i) => {
    const subjectId = subjectIds[i] ?? row.placementId;
    const subject = subjects.get(subjectId);
    return {
      id: row.id,
      participantId: row.participantId,
      placementId: subjectId,
      name: `${row.firstName} ${row.lastName}`,
      phone: row.phone,
      coachId: row.coachId,
      coachName: row.coachId === null ? null : (coaches.get(row.coachId) ?? null),
      months: row.months,
      dueDate: row.dueDate,
      callDate: row.callDate,
      state: row.state,
      attempts: row.attempts,
      overdue: row.callDate < today,
      placementStartDate: subject?.startDate ?? row.dueDate,
    };
  });
  return { items, today, truncated: rows.length > QUEUE_LIMIT };
}

/**
 * Records what the person said and updates the placements so that CRF-1 retention follows:
 * the job asked about stays ongoing, ends, or ends with a new one opened.
 */
export function answerFollowUpCall(runtime: StoreRuntime, input: AnswerInput) {
  const db = runtime.db();
  const followUp = getFollowUp(db, input.followUpId);
  if (!followUp) throw new AppError('not_found', 'errors.followups.not_found');
  const participant = requireParticipant(runtime, followUp.participantId);
  assertMayWork(runtime, participant);
  const subject = getPlacement(db, subjectPlacementId(followUp, listFollowUps(db, participant.id)));
  if (!subject) throw new AppError('not_found', 'errors.placement.not_found');
  if (input.answer === 'employed_elsewhere' && !input.newPlacement) {
    throw new AppError('invalid_input', 'errors.invalid_input', [
      { path: 'newPlacement', message: 'validation.required' },
    ]);
  }
  const now = runtime.now();
  const today = todayIso(now);
  const effect = answerFollowUp(
    followUp,
    subject,
    { answer: input.answer, endDate: input.endDate, newStartDate: input.newPlacement?.startDate },
    today,
  );
  const me = runtime.requireSession();
  return runtime.sqlite().transaction(() => {
    if (effect.placementEnd) {
      const { changed } = updatePlacement(db, subject.id, { endDate: effect.placementEnd.endDate }, now);
      if (changed.length > 0) {
        runtime.audit({ action: 'record_updated', entity: 'placement', entityId: subject.id, fields: changed });
      }
    }
    let opened = null;
    if (effect.opensPlacement && input.newPlacement) {
      opened = insertPlacement(db, participant.id, placementValues(input.newPlacement), me.userId, now);
      runtime.audit({ action: 'record_created', entity: 'placement', entityId: opened.id });
    }
    const row = updateFollowUp(
      db,
      followUp.id,
      {
        state: effect.state,
        attempts: effect.attempts,
        nextTryDate: effect.nextTryDate,
        answeredDate: effect.answeredDate,
        answeredBy: effect.answeredDate ? me.userId : null,
        newPlacementId: opened?.id ?? null,
      },
      now,
    );
    runtime.audit({
      action: 'record_updated',
      entity: 'follow_up',
      entityId: followUp.id,
      fields: ['state'],
      outcome: input.answer,
    });
    syncFollowUps(db, participant, now);
    return {
      followUp: toFollowUpView(row),
      newPlacement: opened ? toPlacementView(opened, participant.enrolmentDate) : null,
    };
  })();
}
