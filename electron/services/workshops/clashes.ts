import { overlaps } from '../../domain/schedule';
import { sessionsBetween } from '../../../db/repositories/workshops';
import type { StoreRuntime } from '../store/runtime';

export interface Slot {
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
}

export interface Who {
  facilitatorId: number | null;
  facilitatorName: string | null;
}

export interface Clash {
  date: string;
  startTime: string | null;
  endTime: string | null;
  instanceId: number;
  title: string;
  reason: 'place' | 'facilitator';
}

/** Places are typed by hand ("חדר 2", "חדר 2 "), so they compare trimmed and case-folded. */
const sameText = (a: string | null, b: string | null) =>
  a !== null && b !== null && a.trim() !== '' && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Sessions of other instances that would overlap the given slots in the same place or with
 * the same facilitator. Clashes are warnings, not refusals: two groups may share a large
 * hall on purpose, and the coordinator knows it.
 */
export function findClashes(
  runtime: StoreRuntime,
  slots: readonly Slot[],
  who: Who,
  exceptInstanceId?: number,
): Clash[] {
  if (slots.length === 0) return [];
  const dates = slots.map((s) => s.date).sort();
  const others = sessionsBetween(runtime.db(), dates[0]!, dates[dates.length - 1]!, exceptInstanceId);
  const clashes: Clash[] = [];
  for (const slot of slots) {
    for (const other of others) {
      if (!overlaps(slot, other)) continue;
      const sameFacilitator =
        (who.facilitatorId !== null && who.facilitatorId === other.facilitatorId) ||
        sameText(who.facilitatorName, other.facilitatorName);
      const samePlace = sameText(slot.place, other.place ?? other.instancePlace);
      if (!samePlace && !sameFacilitator) continue;
      clashes.push({
        date: slot.date,
        startTime: other.startTime,
        endTime: other.endTime,
        instanceId: other.instanceId,
        title: other.title,
        reason: samePlace ? 'place' : 'facilitator',
      });
    }
  }
  return clashes;
}
