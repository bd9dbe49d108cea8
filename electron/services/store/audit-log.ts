import dayjs from 'dayjs';
import { listAudit, verifyAuditChain, type AuditAction } from '../../../db/repositories/audit';
import { listStaff } from '../../../db/repositories/staff';
import type { StoreRuntime } from './runtime';

export interface AuditLogQuery {
  /** Calendar dates, both ends included. */
  from?: string | undefined;
  to?: string | undefined;
  actorId?: number | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  page: number;
  pageSize: number;
}

/** A calendar date's first instant in this machine's time zone (the centre's), as stored. */
const startOfDay = (date: string) => dayjs(date).startOf('day').toDate().toISOString();

/** One page of the audit log, each entry with its actor's display name. */
export function listAuditLog(runtime: StoreRuntime, query: AuditLogQuery) {
  const db = runtime.db();
  const names = new Map(listStaff(db).map((s) => [s.id, s.displayName]));
  const page = listAudit(db, {
    from: query.from ? startOfDay(query.from) : undefined,
    to: query.to ? startOfDay(dayjs(query.to).add(1, 'day').format('YYYY-MM-DD')) : undefined,
    actorId: query.actorId,
    action: query.action as AuditAction | undefined,
    entity: query.entity,
    entityId: query.entityId,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    total: page.total,
    rows: page.rows.map((row) => ({
      ...row,
      actorName: row.actorId === null ? null : (names.get(row.actorId) ?? null),
    })),
  };
}

export function verifyAuditLog(runtime: StoreRuntime) {
  return verifyAuditChain(runtime.sqlite());
}
