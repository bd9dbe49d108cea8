import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';

/** Per-user interface preferences (e.g. the caseload columns chosen), kept in the encrypted store. */
export const userPreferences = sqliteTable(
  'user_preferences',
  {
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    key: text('key').notNull(),
    value: text('value', { mode: 'json' }).notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.key] })],
);
