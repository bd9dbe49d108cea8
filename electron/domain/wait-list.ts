/**
 * Places on a course and its wait list. A course with a capacity takes people in the order
 * they were enrolled; the rest wait in order, and each place that frees goes to the first
 * on the wait list. The rule is one pure function so that enrolling, withdrawing and raising
 * the capacity all arrange the roster the same way.
 */
import type { EnrolmentStatus } from './workshops';

export interface Place {
  id: number;
  status: EnrolmentStatus;
  /** Order on the wait list (1 = next in); null for places held and withdrawals. */
  waitPosition: number | null;
}

export interface PlaceChange {
  id: number;
  status: 'enrolled' | 'waitlisted';
  waitPosition: number | null;
}

/**
 * The changes that bring a roster to its rule: enrolled up to the capacity (null = no
 * limit), promoted from the head of the wait list, and wait positions renumbered 1, 2, 3…
 * without gaps. People already enrolled are never moved back to the wait list when the
 * capacity is lowered below them: taking a place away is the coordinator's call, not a rule's.
 */
export function arrangeRoster(places: readonly Place[], capacity: number | null): PlaceChange[] {
  let enrolled = places.filter((place) => place.status === 'enrolled').length;
  const waiting = places
    .filter((place) => place.status === 'waitlisted')
    .sort((a, b) => (a.waitPosition ?? Infinity) - (b.waitPosition ?? Infinity) || a.id - b.id);
  const changes: PlaceChange[] = [];
  let position = 0;
  for (const place of waiting) {
    if (capacity === null || enrolled < capacity) {
      enrolled += 1;
      changes.push({ id: place.id, status: 'enrolled', waitPosition: null });
    } else {
      position += 1;
      if (place.waitPosition !== position) changes.push({ id: place.id, status: 'waitlisted', waitPosition: position });
    }
  }
  return changes;
}

/** The wait position a newcomer takes: after everyone already waiting. */
export function nextWaitPosition(places: readonly Place[]): number {
  return (
    places.reduce((max, place) => Math.max(max, place.status === 'waitlisted' ? (place.waitPosition ?? 0) : 0), 0) + 1
  );
}
