import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { userPreferences } from '../schema/preferences';

export function getPreference(db: Db, staffId: number, key: string): unknown {
  return db
    .select({ value: userPreferences.value })
    .from(userPreferences)
    .where(and(eq(userPreferences.staffId, staffId), eq(userPreferences.key, key)))
    .get()?.value;
}

export function setPreference(db: Db, staffId: number, key: string, value: unknown, now: Date): void {
  // null clears the preference (it reads back as null); the NOT NULL JSON column cannot hold it.
  if (value === null) {
    db.delete(userPreferences)
      .where(and(eq(userPreferences.staffId, staffId), eq(userPreferences.key, key)))
      .run();
    return;
  }
  db.insert(userPreferences)
    .values({ staffId, key, value, updatedAt: now.toISOString() })
    .onConflictDoUpdate({
      target: [userPreferences.staffId, userPreferences.key],
      set: { value, updatedAt: now.toISOString() },
    })
    .run();
}

export function countPreferences(db: Db, staffId: number): number {
  const row = db.select({ n: count() }).from(userPreferences).where(eq(userPreferences.staffId, staffId)).get();
  return row?.n ?? 0;
}
