import { indexParticipant } from '../../../../../db/repositories/participant-search';
import { consents, participantEvents, participants } from '../../../../../db/schema/participants';
import type { StoreRuntime } from '../../../store/runtime';
import { tableInserter } from '../../table-insert';
import type { DemoPerson } from './person';

/** Facts about the people already in the store that new invented people must not repeat. */
export function existingPeople(runtime: StoreRuntime): { count: number; nationalIds: Set<string> } {
  const sqlite = runtime.sqlite();
  const count = (sqlite.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n;
  const ids = sqlite.prepare('SELECT national_id AS id FROM participants WHERE national_id IS NOT NULL').all() as {
    id: string;
  }[];
  return { count, nationalIds: new Set(ids.map((row) => row.id)) };
}

/** Writes one person's record, timeline and consents, and indexes the name for quick search; returns the id. */
export function participantWriter(runtime: StoreRuntime): (person: DemoPerson) => number {
  const sqlite = runtime.sqlite();
  const db = runtime.db();
  const insertParticipant = tableInserter(sqlite, participants, [
    'id',
    'searchName',
    'exitNote',
    'exitReferralServiceId',
    'exitReferralProgramme',
  ]);
  const insertEvent = tableInserter(sqlite, participantEvents, ['id']);
  const insertConsent = tableInserter(sqlite, consents, ['id']);
  return ({ participant, events, consents: consentRows }) => {
    const participantId = insertParticipant(participant);
    for (const event of events) insertEvent({ participantId, ...event });
    for (const consent of consentRows) insertConsent({ participantId, ...consent });
    const { firstName, lastName, nationalId, phone } = participant;
    indexParticipant(db, {
      id: participantId,
      firstName,
      lastName,
      nationalId: nationalId ?? null,
      phone: phone ?? null,
    });
    return participantId;
  };
}
