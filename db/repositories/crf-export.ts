import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { crfExports, crfLocalPids } from '../schema/reports';
import { staff } from '../schema/staff';

/** The CRF-1 export's own tables: the history of bundles written and the pids once exported as `local:`. */

export function localPids(db: Db): Map<number, string> {
  const rows = db.select().from(crfLocalPids).all();
  return new Map(rows.map((r) => [r.participantId, r.pid]));
}

export function insertLocalPids(db: Db, rows: { participantId: number; pid: string }[], sequence: number): void {
  for (const row of rows)
    db.insert(crfLocalPids)
      .values({ ...row, firstSequence: sequence })
      .onConflictDoNothing()
      .run();
}

export type CrfExportRow = typeof crfExports.$inferSelect;

export function lastExport(db: Db): CrfExportRow | undefined {
  return db.select().from(crfExports).orderBy(desc(crfExports.sequence)).limit(1).get();
}

export function lastExportForPeriod(db: Db, periodEnd: string): CrfExportRow | undefined {
  return db
    .select()
    .from(crfExports)
    .where(eq(crfExports.periodEnd, periodEnd))
    .orderBy(desc(crfExports.sequence))
    .limit(1)
    .get();
}

export function insertExport(db: Db, row: typeof crfExports.$inferInsert): void {
  db.insert(crfExports).values(row).run();
}

export function getExport(db: Db, sequence: number): CrfExportRow | undefined {
  return db.select().from(crfExports).where(eq(crfExports.sequence, sequence)).get();
}

export function exportHistory(db: Db): (CrfExportRow & { createdByName: string | null })[] {
  return db
    .select({
      sequence: crfExports.sequence,
      periodStart: crfExports.periodStart,
      periodEnd: crfExports.periodEnd,
      fileName: crfExports.fileName,
      zipSha256: crfExports.zipSha256,
      encrypted: crfExports.encrypted,
      supersedes: crfExports.supersedes,
      keyId: crfExports.keyId,
      createdAt: crfExports.createdAt,
      createdBy: crfExports.createdBy,
      createdByName: staff.displayName,
    })
    .from(crfExports)
    .leftJoin(staff, eq(staff.id, crfExports.createdBy))
    .orderBy(desc(crfExports.sequence))
    .all();
}

/**
 * Every identifying value the store holds (CRF-1 §6), for the export's scan of its own files:
 * people's names, national IDs, phones, e-mails and addresses, employers, staff names.
 */
export function identifyingValues(db: Db): {
  names: { first: string; last: string }[];
  ids: string[];
  phones: string[];
  emails: string[];
  other: string[];
} {
  const people = db.all<{
    first: string;
    last: string;
    nationalId: string | null;
    phone: string | null;
    email: string | null;
    address: string | null;
  }>(sql`
    SELECT first_name AS first, last_name AS last, national_id AS nationalId, phone, email, address FROM participants`);
  const staffRows = db.all<{ displayName: string; username: string }>(
    sql`SELECT display_name AS displayName, username FROM staff`,
  );
  const employers = db.all<{ employer: string }>(
    sql`SELECT DISTINCT employer FROM placements WHERE employer IS NOT NULL AND employer <> ''`,
  );
  const pick = (values: (string | null)[]) => values.filter((v): v is string => v !== null && v.trim() !== '');
  return {
    names: people.map((p) => ({ first: p.first, last: p.last })),
    ids: pick(people.map((p) => p.nationalId)),
    phones: pick(people.map((p) => p.phone)),
    emails: pick(people.map((p) => p.email)),
    other: [
      ...pick(people.map((p) => p.address)),
      ...employers.map((e) => e.employer),
      ...staffRows.flatMap((s) => [s.displayName, s.username]),
    ],
  };
}
