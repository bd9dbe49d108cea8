import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Centre-wide settings as JSON values under stable keys (centre code, idle timeout, …). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});
