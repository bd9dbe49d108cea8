import { and, desc, eq, max } from 'drizzle-orm';
import type { Db } from '../open';
import { documentTemplates } from '../schema/documents';
import { staff } from '../schema/staff';
import type { LetterKind } from '../../electron/domain/documents';
import type { AppLanguage } from '../../electron/domain/languages';

export type TemplateRow = typeof documentTemplates.$inferSelect;

/** Every saved version of one letter in one language, newest first, with who saved it. */
export function listTemplateVersions(db: Db, kind: LetterKind, language: AppLanguage) {
  return db
    .select({
      id: documentTemplates.id,
      version: documentTemplates.version,
      createdAt: documentTemplates.createdAt,
      createdBy: staff.displayName,
    })
    .from(documentTemplates)
    .leftJoin(staff, eq(staff.id, documentTemplates.createdBy))
    .where(and(eq(documentTemplates.kind, kind), eq(documentTemplates.language, language)))
    .orderBy(desc(documentTemplates.version))
    .all();
}

export function getTemplateVersion(db: Db, id: number): TemplateRow | undefined {
  return db.select().from(documentTemplates).where(eq(documentTemplates.id, id)).get();
}

/** The version in use: the newest one, or none (the built-in wording applies). */
export function currentTemplate(db: Db, kind: LetterKind, language: AppLanguage): TemplateRow | undefined {
  return db
    .select()
    .from(documentTemplates)
    .where(and(eq(documentTemplates.kind, kind), eq(documentTemplates.language, language)))
    .orderBy(desc(documentTemplates.version))
    .limit(1)
    .get();
}

/**
 * Appends a version; nothing is ever overwritten. Read and insert run in one transaction, and
 * the unique (kind, language, version) index refuses a second writer taking the same number.
 */
export function insertTemplateVersion(
  db: Db,
  row: { kind: LetterKind; language: AppLanguage; body: string; createdBy: number | null },
  now: Date,
): TemplateRow {
  return db.transaction((tx) => {
    const last = tx
      .select({ version: max(documentTemplates.version) })
      .from(documentTemplates)
      .where(and(eq(documentTemplates.kind, row.kind), eq(documentTemplates.language, row.language)))
      .get();
    return tx
      .insert(documentTemplates)
      .values({ ...row, version: (last?.version ?? 0) + 1, createdAt: now.toISOString() })
      .returning()
      .get();
  });
}
