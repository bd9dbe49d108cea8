import { createHash } from 'node:crypto';
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../open';
import { auditLog } from '../schema/staff';
import { settings } from '../schema/settings';
import { currentAuditDevice } from '../audit-device';

/**
 * The audit log is append-only and kept whole: nothing in the app deletes from it, so the
 * required retention of at least 24 months holds for the life of the store. The triggers of
 * migration 0001 refuse UPDATE and DELETE; the hash chain plus the head anchor detect
 * tampering by someone who drops the triggers. Someone holding the store key can still
 * rewrite the whole chain and the anchor consistently — the chain proves integrity against
 * partial edits, not against the key holder.
 */
export type AuditAction =
  | 'store_created'
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'lock'
  | 'unlock'
  | 'password_changed'
  | 'recovery_key_regenerated'
  | 'account_created'
  | 'account_updated'
  | 'account_deactivated'
  | 'account_reactivated'
  | 'account_recovered'
  | 'record_viewed'
  | 'record_created'
  | 'record_updated'
  | 'record_deleted'
  | 'export'
  | 'print'
  | 'backup_created'
  | 'backup_failed'
  | 'restore'
  | 'settings_changed'
  | 'store_verified'
  | 'device_paired'
  | 'device_revoked'
  | 'device_refused';

/**
 * What happened, to what, by whom. `entity` is a table/aggregate name, `entityId` its id,
 * `fields` the NAMES of the fields touched (e.g. ['phone', 'notes']) — never their values,
 * never names, national ids, phones or free text. `outcome` is a short code ('failure',
 * 'wrong_password'), never a message.
 */
export interface AuditEntryInput {
  actorId: number | null;
  action: AuditAction;
  entity?: string;
  entityId?: string | number;
  fields?: string[];
  outcome?: string;
  /** The office PC the entry was made through; the current call's device (audit-device.ts) unless given. */
  deviceId?: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: number | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  fields: string[] | null;
  outcome: string | null;
  deviceId: string | null;
  prevHash: string;
  hash: string;
}

export const AUDIT_GENESIS_HASH = '0'.repeat(64);
export const AUDIT_HEAD_KEY = 'audit.head';

interface AuditHead {
  seq: number;
  hash: string;
}

type HashedPart = Omit<AuditEntry, 'prevHash' | 'hash'>;

/** JSON with object keys sorted at every level, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditEntryHash(
  prevHash: string,
  entry: Omit<HashedPart, 'deviceId'> & { deviceId?: string | null },
): string {
  const body = canonicalJson({
    seq: entry.seq,
    at: entry.at,
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    fields: entry.fields,
    outcome: entry.outcome,
    // Hashed only when set: entries from before migration 0011 (and on the host itself) keep their hashes.
    deviceId: entry.deviceId ?? undefined,
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

/** A transaction of the store, as handed to `db.transaction(tx => …)`. */
export type DbTransaction = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Appends one entry; the read of the head, the insert and the anchor update are one transaction.
 * Pass the caller's transaction to commit a change and its audit entry together (a savepoint
 * then); pass the database to write the entry on its own.
 */
export function appendAudit(db: Db | DbTransaction, input: AuditEntryInput, now: Date): AuditEntry {
  return (db as Db).transaction(
    (tx) => {
      const last = tx
        .select({ seq: auditLog.seq, hash: auditLog.hash })
        .from(auditLog)
        .orderBy(desc(auditLog.seq))
        .limit(1)
        .get();
      const part: HashedPart = {
        seq: (last?.seq ?? 0) + 1,
        at: now.toISOString(),
        actorId: input.actorId,
        action: input.action,
        entity: input.entity ?? null,
        entityId: input.entityId === undefined ? null : String(input.entityId),
        fields: input.fields ? [...input.fields] : null,
        outcome: input.outcome ?? null,
        deviceId: input.deviceId ?? currentAuditDevice(),
      };
      const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
      const hash = auditEntryHash(prevHash, part);
      tx.insert(auditLog)
        .values({ ...part, fields: part.fields ? JSON.stringify(part.fields) : null, prevHash, hash })
        .run();
      const head: AuditHead = { seq: part.seq, hash };
      tx.insert(settings)
        .values({ key: AUDIT_HEAD_KEY, value: head, updatedAt: part.at })
        .onConflictDoUpdate({ target: settings.key, set: { value: head, updatedAt: part.at } })
        .run();
      return { ...part, prevHash, hash };
    },
    { behavior: 'immediate' },
  );
}

export type AuditChainProblem = 'edited' | 'deleted' | 'reordered' | 'truncated' | 'forged';

export interface AuditChainReport {
  ok: boolean;
  count: number;
  /** The first sequence number where the chain stops being trustworthy. */
  firstBadSeq: number | null;
  problem: AuditChainProblem | null;
}

interface AuditRow {
  seq: number;
  at: string;
  actor_id: number | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  fields: string | null;
  outcome: string | null;
  device_id?: string | null;
  prev_hash: string;
  hash: string;
}

function hashedPartOf(row: AuditRow): HashedPart | null {
  let fields: string[] | null = null;
  if (row.fields !== null) {
    try {
      fields = JSON.parse(row.fields) as string[];
    } catch {
      return null;
    }
  }
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    fields,
    outcome: row.outcome,
    deviceId: row.device_id ?? null,
  };
}

function readHead(sqlite: Database.Database): AuditHead | null {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(AUDIT_HEAD_KEY) as
    { value: string } | undefined;
  if (!row) return null;
  try {
    const head = JSON.parse(row.value) as Partial<AuditHead>;
    if (typeof head.seq === 'number' && typeof head.hash === 'string') return { seq: head.seq, hash: head.hash };
  } catch {
    // A damaged anchor is reported like a missing one.
  }
  return null;
}

/**
 * Walks the log in seq order. Classification of the first fault:
 * - a row beyond the head anchor, or before seq 1 → 'forged' (not written by appendAudit);
 * - a gap in seq → 'deleted';
 * - a row whose own hash is wrong → 'reordered' when it is a genuine entry moved from
 *   another position (its hash verifies under another seq of the log), else 'edited';
 * - a row with a correct own hash whose prev_hash is not its predecessor's hash → 'reordered'
 *   when prev_hash names a later entry, else 'deleted';
 * - a last entry that is not the anchor → 'truncated' (tail removed), or 'edited' when the
 *   last entry's hash was rewritten in place; entries with no anchor at all → 'truncated'.
 */
export function verifyAuditChain(sqlite: Database.Database): AuditChainReport {
  const head = readHead(sqlite);
  const count = (sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  // Only consulted once a fault is found, so a clean walk streams the log without holding it.
  const findSeqOfHash = (hash: string) =>
    (sqlite.prepare('SELECT seq FROM audit_log WHERE hash = ? LIMIT 1').get(hash) as { seq: number } | undefined)?.seq;
  const fail = (problem: AuditChainProblem, firstBadSeq: number | null): AuditChainReport => ({
    ok: false,
    count,
    firstBadSeq,
    problem,
  });

  let expectedSeq = 1;
  let prevHash = AUDIT_GENESIS_HASH;
  for (const row of sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
    if (row.seq < expectedSeq || (head !== null && row.seq > head.seq)) return fail('forged', row.seq);
    if (row.seq > expectedSeq) return fail('deleted', expectedSeq);
    const part = hashedPartOf(row);
    if (!part || auditEntryHash(row.prev_hash, part) !== row.hash) {
      return fail(part && isMovedEntry(row, part, lastSeqOf(sqlite, head)) ? 'reordered' : 'edited', row.seq);
    }
    if (row.prev_hash !== prevHash) {
      const pointsAt = findSeqOfHash(row.prev_hash);
      return fail(pointsAt !== undefined && pointsAt >= row.seq ? 'reordered' : 'deleted', row.seq);
    }
    prevHash = row.hash;
    expectedSeq += 1;
  }

  const lastSeq = expectedSeq - 1;
  // Entries without an anchor: the anchor row was removed, so the tail cannot be vouched for.
  if (head === null && lastSeq > 0) return fail('truncated', null);
  if (head !== null) {
    if (head.seq > lastSeq) return fail('truncated', lastSeq + 1);
    if (head.hash !== prevHash) return fail('edited', lastSeq);
  }
  return { ok: true, count, firstBadSeq: null, problem: null };
}

/** The highest seq the log holds or the anchor names: an entry may have been moved from as far as that. */
function lastSeqOf(sqlite: Database.Database, head: AuditHead | null): number {
  const inLog = (sqlite.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number | null }).n ?? 0;
  return Math.max(inLog, head?.seq ?? 0);
}

/**
 * A genuine entry moved from elsewhere: its hash covers the seq it was written at, so it verifies
 * at some other seq. Every seq is tried rather than the one after where its predecessor now
 * stands, because the predecessor may have moved too (two neighbours swapped) or be gone. This
 * runs once, on the first fault only: one hash per entry of the log.
 */
function isMovedEntry(row: AuditRow, part: HashedPart, lastSeq: number): boolean {
  for (let seq = 1; seq <= lastSeq; seq += 1) {
    if (seq !== row.seq && auditEntryHash(row.prev_hash, { ...part, seq }) === row.hash) return true;
  }
  return false;
}

export interface AuditQuery {
  /** Inclusive ISO instant. */
  from?: string;
  /** Exclusive ISO instant. */
  to?: string;
  actorId?: number;
  action?: AuditAction;
  entity?: string;
  entityId?: string | number;
  limit: number;
  offset: number;
}

export interface AuditPage {
  rows: AuditEntry[];
  total: number;
}

/** Newest first. */
export function listAudit(db: Db, query: AuditQuery): AuditPage {
  const conditions: SQL[] = [];
  if (query.from !== undefined) conditions.push(gte(auditLog.at, query.from));
  if (query.to !== undefined) conditions.push(lt(auditLog.at, query.to));
  if (query.actorId !== undefined) conditions.push(eq(auditLog.actorId, query.actorId));
  if (query.action !== undefined) conditions.push(eq(auditLog.action, query.action));
  if (query.entity !== undefined) conditions.push(eq(auditLog.entity, query.entity));
  if (query.entityId !== undefined) conditions.push(eq(auditLog.entityId, String(query.entityId)));
  const where = conditions.length > 0 ? and(...conditions) : undefined;

  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const rows = db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(query.limit)
    .offset(query.offset)
    .all()
    .map((row) => ({ ...row, fields: row.fields === null ? null : (JSON.parse(row.fields) as string[]) }));
  return { rows, total };
}
