import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The centre's directory of community services that people who are not eligible are referred to. */
export const services = sqliteTable('services', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  offers: text('offers').notNull(),
  phone: text('phone'),
  address: text('address'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
