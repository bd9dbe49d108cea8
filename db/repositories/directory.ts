import { asc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { services } from '../schema/services';

export type ServiceRow = typeof services.$inferSelect;
export type ServiceInput = Pick<ServiceRow, 'name' | 'offers'> &
  Partial<Pick<ServiceRow, 'phone' | 'address' | 'active'>>;

export function listServices(db: Db, includeInactive: boolean): ServiceRow[] {
  const query = db.select().from(services);
  return (includeInactive ? query : query.where(eq(services.active, true))).orderBy(asc(services.name)).all();
}

export function getService(db: Db, id: number): ServiceRow | undefined {
  return db.select().from(services).where(eq(services.id, id)).get();
}

export function saveService(db: Db, id: number | undefined, input: ServiceInput, now: Date): ServiceRow | undefined {
  const at = now.toISOString();
  if (id === undefined) {
    return db
      .insert(services)
      .values({ ...input, createdAt: at, updatedAt: at })
      .returning()
      .get();
  }
  return db
    .update(services)
    .set({ ...input, updatedAt: at })
    .where(eq(services.id, id))
    .returning()
    .get();
}
