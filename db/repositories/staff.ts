import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { prepared } from '../prepared';
import { staff } from '../schema/staff';

export type StaffRow = typeof staff.$inferSelect;
export type Role = StaffRow['role'];

export function normaliseUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

export function findStaffByUsername(db: Db, username: string): StaffRow | undefined {
  return db
    .select()
    .from(staff)
    .where(eq(staff.username, normaliseUsername(username)))
    .get();
}

export function findStaffById(db: Db, id: number): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.id, id)).get();
}

/** Every account, by staff code; most calls name staff by id from it, so it is prepared once. */
export function listStaff(db: Db): StaffRow[] {
  return prepared(db, 'staff:all', (d) => d.select().from(staff).orderBy(asc(staff.staffCode)).prepare()).all();
}

/** CRF-1 §6: S01, S02, … in order of creation; never reused, even after deactivation. */
function nextStaffCode(db: Db): string {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(staff)
    .get();
  return `S${String((row?.n ?? 0) + 1).padStart(2, '0')}`;
}

export interface NewStaff {
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
}

export function insertStaff(db: Db, input: NewStaff, now: Date): StaffRow {
  return db
    .insert(staff)
    .values({
      username: normaliseUsername(input.username),
      displayName: input.displayName.trim(),
      role: input.role,
      staffCode: nextStaffCode(db),
      mustChangePassword: input.mustChangePassword,
      createdAt: now.toISOString(),
    })
    .returning()
    .get();
}

export function updateStaff(
  db: Db,
  id: number,
  patch: Partial<
    Pick<
      StaffRow,
      | 'displayName'
      | 'role'
      | 'active'
      | 'mustChangePassword'
      | 'deactivatedAt'
      | 'passwordChangedAt'
      | 'lastSignInAt'
      | 'language'
    >
  >,
): StaffRow | undefined {
  return db.update(staff).set(patch).where(eq(staff.id, id)).returning().get();
}
