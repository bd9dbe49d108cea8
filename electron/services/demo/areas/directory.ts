import { services } from '../../../../db/schema/services';
import type { StoreRuntime } from '../../store/runtime';
import { DEMO_SERVICES } from '../demo-data';
import { tableInserter } from '../table-insert';

/** The community services people who are not eligible are referred to. */
export function addDemoServices(runtime: StoreRuntime, now: Date): void {
  const insert = tableInserter(runtime.sqlite(), services, ['id']);
  const at = now.toISOString();
  for (const service of DEMO_SERVICES) insert({ ...service, active: true, createdAt: at, updatedAt: at });
}

export function demoServiceIds(runtime: StoreRuntime): number[] {
  const rows = runtime.sqlite().prepare('SELECT id FROM services ORDER BY id').all() as { id: number }[];
  return rows.map((row) => row.id);
}
