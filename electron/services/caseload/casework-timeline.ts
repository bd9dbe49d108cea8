import { caseworkEntries, type CaseworkEntryRow } from '../../../db/repositories/casework-timeline';
import { listStaff } from '../../../db/repositories/staff';
import type { StoreRuntime } from '../store/runtime';
import type { z } from 'zod';
import type { caseworkEntrySchema } from '../../api/contracts/timeline';
import { requireParticipant } from './status';

/** The record's tab each kind of entry opens. Facilitator notes belong to a workshop, not a tab. */
const tabOf: Record<CaseworkEntryRow['source'], 'meetings' | 'placements' | 'plan' | null> = {
  meeting: 'meetings',
  light: 'meetings',
  placement_start: 'placements',
  placement_end: 'placements',
  plan: 'plan',
  follow_up: 'placements',
  facilitator_note: null,
};

/**
 * A booked meeting becomes "held", "missed" or "cancelled" once recorded; the kind says which
 * so the timeline reads as what happened.
 */
type CaseworkKind = z.output<typeof caseworkEntrySchema>['kind'];

function kindOf(row: CaseworkEntryRow): string {
  if (row.source !== 'meeting') return row.source;
  return row.code === 'BOOKED' ? 'meeting_booked' : 'meeting_recorded';
}

/** Case work on the timeline (coaches and coordinators only; the permission matrix says so). */
export function caseworkTimeline(runtime: StoreRuntime, participantId: number) {
  requireParticipant(runtime, participantId);
  const names = new Map(listStaff(runtime.db()).map((s) => [s.id, s.displayName]));
  return caseworkEntries(runtime.db(), participantId).map((row) => ({
    key: `${row.source}-${row.refId}`,
    kind: kindOf(row) as CaseworkKind,
    date: row.date,
    code: row.code,
    n: row.n,
    actorName: row.actorId === null ? null : (names.get(row.actorId) ?? null),
    tab: tabOf[row.source],
  }));
}
