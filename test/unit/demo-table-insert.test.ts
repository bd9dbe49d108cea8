import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { afterEach, describe, expect, it } from 'vitest';
import { tableInserter } from '../../electron/services/demo/table-insert';

const things = sqliteTable('things', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  tags: text('tags', { mode: 'json' }).$type<string[]>(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  note: text('note').notNull().default(''),
});

const open: Database.Database[] = [];
afterEach(() => open.splice(0).forEach((sqlite) => sqlite.close()));

function store() {
  const sqlite = new Database(':memory:');
  open.push(sqlite);
  sqlite.exec(
    `CREATE TABLE things (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, tags TEXT,
     active INTEGER NOT NULL DEFAULT 1, note TEXT NOT NULL DEFAULT '')`,
  );
  return sqlite;
}

const rows = [
  { name: 'a', tags: ['x', 'y'], active: false },
  { name: 'b', tags: null, active: true },
  { name: 'c', tags: [], active: true },
];

describe('demo table inserter', () => {
  it('writes the same rows as drizzle does, leaving omitted columns to their SQL default', () => {
    const viaDrizzle = store();
    const db = drizzle(viaDrizzle);
    for (const row of rows) db.insert(things).values(row).run();
    const viaInserter = store();
    const insert = tableInserter(viaInserter, things, ['id', 'note']);
    expect(rows.map((row) => insert(row))).toEqual([1, 2, 3]);
    const dump = (sqlite: Database.Database) => sqlite.prepare('SELECT * FROM things ORDER BY id').all();
    expect(dump(viaInserter)).toEqual(dump(viaDrizzle));
    expect(dump(viaInserter)).toEqual([
      { id: 1, name: 'a', tags: '["x","y"]', active: 0, note: '' },
      { id: 2, name: 'b', tags: null, active: 1, note: '' },
      { id: 3, name: 'c', tags: '[]', active: 1, note: '' },
    ]);
  });

  it('refuses a row that leaves out a column it writes', () => {
    const insert = tableInserter(store(), things, ['id', 'note']);
    expect(() => insert({ name: 'd', active: true } as never)).toThrow('demo row for things lacks tags');
  });
});
