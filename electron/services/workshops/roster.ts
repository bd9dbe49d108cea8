import { arrangeRoster } from '../../domain/wait-list';
import { listEnrolments, setEnrolmentStatus } from '../../../db/repositories/workshops';
import type { StoreRuntime } from '../store/runtime';

/**
 * Brings an instance's roster to the wait-list rule after a change (an enrolment, a
 * withdrawal, a new capacity) and returns who was promoted. Call inside a transaction.
 */
export function rearrange(runtime: StoreRuntime, instanceId: number, capacity: number | null): number[] {
  const db = runtime.db();
  const places = listEnrolments(db, instanceId);
  const promoted: number[] = [];
  for (const change of arrangeRoster(places, capacity)) {
    const place = places.find((p) => p.id === change.id)!;
    setEnrolmentStatus(db, change.id, change.status, change.waitPosition, runtime.now());
    if (place.status === 'waitlisted' && change.status === 'enrolled') {
      promoted.push(place.participantId);
      runtime.audit({
        action: 'record_updated',
        entity: 'workshop_enrolment',
        entityId: change.id,
        fields: ['status'],
      });
    }
  }
  return promoted;
}
