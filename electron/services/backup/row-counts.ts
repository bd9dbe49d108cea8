import type Database from 'better-sqlite3-multiple-ciphers';

export type RowCounts = Record<string, number>;

/** Rows per table (SQLite's internal tables excluded), by table name. */
export function countRows(sqlite: Database.Database): RowCounts {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const counts: RowCounts = {};
  for (const table of tables) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    counts[table] = sqlite.prepare(`SELECT count(*) FROM ${quoted}`).pluck().get() as number;
  }
  return counts;
}

/** Names of tables whose counts differ, including tables present on one side only. */
export function differingTables(expected: RowCounts, actual: RowCounts): string[] {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names].filter((name) => expected[name] !== actual[name]).sort();
}
