import { getParticipantsByIds } from '../../../db/repositories/participants';
import { quickSearch } from '../../../db/repositories/participant-search';
import type { StoreRuntime } from '../store/runtime';

/**
 * The header's quick search: up to twenty people by name, ID or phone. Only the last four
 * digits of an ID are returned, enough to tell people apart in a list.
 */
export function quickSearchParticipants(runtime: StoreRuntime, q: string) {
  const db = runtime.db();
  const hits = quickSearch(db, q, { limit: 20 });
  const rows = new Map(
    getParticipantsByIds(
      db,
      hits.map((h) => h.id),
    ).map((r) => [r.id, r]),
  );
  return hits.flatMap((hit) => {
    const row = rows.get(hit.id);
    return row
      ? [
          {
            id: row.id,
            firstName: row.firstName,
            lastName: row.lastName,
            status: row.status,
            matchedOn: hit.matchedOn,
            idSuffix: row.nationalId?.slice(-4) ?? null,
          },
        ]
      : [];
  });
}
