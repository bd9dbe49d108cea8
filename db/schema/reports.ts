import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { importKeyKinds } from '../../electron/domain/reports';
import { participants } from './participants';
import { staff } from './staff';

/**
 * Every CRF-1 bundle written (CRF-1 §2): its sequence, period, the SHA-256 of its plain ZIP
 * (the next bundle's `previousBundleSha256`) and which earlier bundle it supersedes.
 * Holds no record content.
 */
export const crfExports = sqliteTable(
  'crf_exports',
  {
    sequence: integer('sequence').primaryKey(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    fileName: text('file_name').notNull(),
    zipSha256: text('zip_sha256').notNull(),
    encrypted: integer('encrypted', { mode: 'boolean' }).notNull(),
    supersedes: integer('supersedes'),
    keyId: text('key_id').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id),
  },
  (t) => [index('crf_exports_period').on(t.periodEnd)],
);

/**
 * The `local:` pid under which a participant without a national ID was first exported, so
 * that once the ID is added later bundles carry it as `formerPid` (CRF-1 §7 "Pseudonyms").
 */
export const crfLocalPids = sqliteTable('crf_local_pids', {
  participantId: integer('participant_id')
    .primaryKey()
    .references(() => participants.id),
  pid: text('pid').notNull(),
  firstSequence: integer('first_sequence').notNull(),
});

/** Migration imports run (CRF-1 §3 migration format): counts only, never rows. */
export const crfImports = sqliteTable('crf_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  bundleSha256: text('bundle_sha256').notNull(),
  counts: text('counts', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: integer('created_by').references(() => staff.id),
});

/**
 * Source-system keys seen on import and the local row each became: a second import of the
 * same bundle matches them instead of creating records again.
 */
export const importKeys = sqliteTable(
  'import_keys',
  {
    kind: text('kind', { enum: importKeyKinds }).notNull(),
    sourceKey: text('source_key').notNull(),
    localId: integer('local_id').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => crfImports.id),
  },
  (t) => [primaryKey({ columns: [t.kind, t.sourceKey] }), index('import_keys_local').on(t.kind, t.localId)],
);
