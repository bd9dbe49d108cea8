import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { letterKinds } from '../../electron/domain/documents';
import { appLanguages } from '../../electron/domain/languages';
import { staff } from './staff';

/**
 * The coordinator's letter templates (mustache, logic-less). Every save is a new version;
 * the newest version of a kind and language is the one in use, older ones stay readable.
 * No row for a kind and language means the built-in wording is used.
 */
export const documentTemplates = sqliteTable(
  'document_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: letterKinds }).notNull(),
    language: text('language', { enum: appLanguages }).notNull(),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id),
  },
  (t) => [
    uniqueIndex('document_templates_version').on(t.kind, t.language, t.version),
    index('document_templates_created_by').on(t.createdBy),
  ],
);
