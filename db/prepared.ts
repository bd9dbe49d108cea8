import type { Db } from './open';

const byDb = new WeakMap<object, Map<string, unknown>>();

/**
 * A query built and prepared once per open database, then reused with new placeholder values
 * (`sql.placeholder`). Drizzle otherwise rebuilds the SQL text and SQLite parses it again on
 * every call, which for the one-row reads every API call makes (its record, staff names, a
 * setting) is most of their cost: ~360 µs → ~26 µs for a participant's row on the
 * 50,000-participant bench store. `build` must take every value from placeholders. Names are
 * written 'area:query' so they never read as translation keys.
 */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let queries = byDb.get(db);
  if (!queries) {
    queries = new Map();
    byDb.set(db, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (query === undefined) {
    query = build(db);
    queries.set(name, query);
  }
  return query;
}
