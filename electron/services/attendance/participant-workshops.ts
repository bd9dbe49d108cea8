import { isDropInWorkshopType } from '../../domain/codes';
import { countedSessions, summariseWorkshop } from '../../domain/completion';
import { todayIso } from '../../domain/dates';
import { participantWorkshops } from '../../../db/repositories/attendance';
import { assertMayWork } from '../caseload/records';
import { requireParticipant } from '../caseload/status';
import type { StoreRuntime } from '../store/runtime';

/**
 * A person's workshops with their attendance rate and CRF-1 completion (computed by the
 * domain rule, never here), newest first: for the person's coach and the coordinator.
 */
export function attendanceForParticipant(runtime: StoreRuntime, participantId: number) {
  assertMayWork(runtime, requireParticipant(runtime, participantId));
  const today = todayIso(runtime.now());
  const { instances, sessions, marks } = participantWorkshops(runtime.db(), participantId);
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  const rows = instances.map((instance) => {
    const own = sessions.filter((s) => s.instanceId === instance.id);
    const counted = countedSessions(own);
    const ownMarks = marks.flatMap((m) => {
      const session = sessionById.get(m.sessionId);
      return session && session.instanceId === instance.id ? [{ session, status: m.status }] : [];
    });
    const summary = summariseWorkshop({ type: instance.type, sessions: own, marks: ownMarks }, today);
    return {
      instanceId: instance.id,
      title: instance.title,
      type: instance.type,
      dropIn: isDropInWorkshopType(instance.type),
      firstDate: counted[0]?.date ?? null,
      lastDate: counted.at(-1)?.date ?? null,
      ...summary,
    };
  });
  return rows.sort((a, b) => (b.firstDate ?? '').localeCompare(a.firstDate ?? '') || b.instanceId - a.instanceId);
}
