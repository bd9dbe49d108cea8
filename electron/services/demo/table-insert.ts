import type Database from 'better-sqlite3-multiple-ciphers';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * A prepared INSERT built from a drizzle table, taking rows of the table's own insert type and
 * returning the new row id. The demo writes hundreds of thousands of rows for the caseload
 * bench; drizzle's query builder costs about 0.3 ms a row, which would more than double that,
 * so the statement is built once and values are encoded the way drizzle encodes them (JSON
 * columns as JSON text, booleans as 0/1). Columns left out take their SQL default.
 */
export function tableInserter<T extends SQLiteTable, K extends keyof T['$inferInsert'] & string>(
  sqlite: Database.Database,
  table: T,
  omit: readonly K[] = [],
): (row: Omit<T['$inferInsert'], K>) => number {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => !(omit as readonly string[]).includes(key));
  const statement = sqlite.prepare(
    `INSERT INTO "${getTableName(table)}" (${columns.map(([, column]) => `"${column.name}"`).join(', ')}) ` +
      `VALUES (${columns.map(() => '?').join(', ')})`,
  );
  return (row) => {
    const values = columns.map(([key, column]) => {
      const value = (row as Record<string, unknown>)[key];
      if (value === undefined) throw new Error(`demo row for ${getTableName(table)} lacks ${key}`);
      return value === null ? null : column.mapToDriverValue(value);
    });
    return Number(statement.run(...values).lastInsertRowid);
  };
}
