import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../domain/app-error';
import type { Role } from '../../domain/roles';
import { StoreError } from '../../../db/errors';
import { openDatabase, type OpenedDb } from '../../../db/open';
import { verifyAuditChain, type AuditChainReport } from '../../../db/repositories/audit';
import { findStaffByUsername, listStaff } from '../../../db/repositories/staff';
import { readKeyring, unwrapWithPassword } from '../auth/keyring';
import { isStoreLockHeld } from './lock-file';
import { storeFiles } from './paths';
import { StoreRuntime } from './runtime';

export interface StoreCheck {
  /** Rows of `PRAGMA integrity_check` other than "ok"; one "unreadable" when the check itself failed. */
  databaseProblems: string[];
  /** Null when the audit table could not be read at all. */
  audit: AuditChainReport | null;
  passwordWraps: number;
  hasRecoveryWrap: boolean;
  activeStaff: number;
  healthy: boolean;
}

export interface CheckStoreInput {
  dir: string;
  username: string;
  password: string;
  /** Roles allowed to run the check (the acting account's role is read from the store). */
  roles: readonly Role[];
}

/**
 * Checks a store without changing a byte of it: nothing is opened for writing, no lock file is
 * taken (a live owner's lock is respected), and the database is read from a private copy, because
 * even a read-only SQLite connection creates -wal and -shm files beside the database and rewrites
 * the shared index. Every expected failure comes back as a StoreError, KeyringError or AppError
 * whose message key is a sentence; a SQLite error on a damaged copy never escapes as itself.
 */
export async function checkStoreReadOnly(input: CheckStoreInput): Promise<StoreCheck> {
  const files = storeFiles(input.dir);
  if (!existsSync(files.db)) throw new StoreError(existsSync(files.keyring) ? 'database_missing' : 'store_not_found');
  if (isStoreLockHeld(files.dir)) throw new StoreError('store_in_use');
  const keyring = readKeyring(files.keyring);
  const dbKey = await unwrapWithPassword(keyring, input.username, input.password);

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kesher-verify-'));
  let opened: OpenedDb | null = null;
  try {
    const copy = path.join(scratch, path.basename(files.db));
    copyFileSync(files.db, copy);
    // The WAL holds committed transactions not yet in the database file; the -shm is only an
    // index SQLite rebuilds from the WAL, and a stale one must not mislead the check.
    if (existsSync(`${files.db}-wal`)) copyFileSync(`${files.db}-wal`, `${copy}-wal`);
    opened = openCopy(copy, dbKey);
    const { sqlite, db } = opened;

    const actor = asDamage(() => findStaffByUsername(db, input.username));
    if (!actor || !actor.active) throw new AppError('wrong_password', 'errors.auth.wrong_credentials');
    if (!input.roles.includes(actor.role)) throw new AppError('forbidden');

    const databaseProblems = readProblems(() =>
      (sqlite.pragma('integrity_check') as { integrity_check: string }[])
        .map((row) => row.integrity_check)
        .filter((line) => line !== 'ok'),
    );
    const audit = readOrNull(() => verifyAuditChain(sqlite));
    const activeStaff = readOrNull(() => listStaff(db).filter((s) => s.active).length) ?? 0;
    const passwordWraps = keyring.wraps.filter((w) => w.kind === 'password').length;
    const hasRecoveryWrap = keyring.wraps.some((w) => w.kind === 'recovery');
    return {
      databaseProblems,
      audit,
      passwordWraps,
      hasRecoveryWrap,
      activeStaff,
      healthy: databaseProblems.length === 0 && audit?.ok === true && hasRecoveryWrap,
    };
  } finally {
    opened?.close();
    dbKey.fill(0);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Records a check that found the store healthy, as the acting user: the one write `verify` makes,
 * and only when asked. It opens the store as the app does (lock, migrations) and signs no one in.
 */
export async function recordHealthyCheck(dir: string, username: string, password: string): Promise<void> {
  const runtime = new StoreRuntime(dir);
  try {
    const dbKey = await unwrapWithPassword(readKeyring(runtime.files.keyring), username, password);
    runtime.openWithKey(dbKey);
    const actor = findStaffByUsername(runtime.db(), username);
    runtime.audit({ actorId: actor?.id ?? null, action: 'store_verified', entity: 'store', outcome: 'ok' });
  } finally {
    runtime.close();
  }
}

function openCopy(copy: string, dbKey: Buffer): OpenedDb {
  try {
    return openDatabase(copy, dbKey, { readonly: true });
  } catch (error) {
    // The key came out of an authenticated wrap: a database that refuses it is damaged or belongs elsewhere.
    if (error instanceof StoreError && error.code === 'wrong_key') throw new StoreError('database_key_refused');
    if (error instanceof StoreError) throw error;
    throw new StoreError('database_damaged', sqliteCode(error));
  }
}

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function isSqliteError(error: unknown): boolean {
  return sqliteCode(error)?.startsWith('SQLITE_') ?? false;
}

/** A read the check cannot do without: a damaged page there means a damaged database. */
function asDamage<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isSqliteError(error)) throw new StoreError('database_damaged', sqliteCode(error));
    throw error;
  }
}

function readProblems(read: () => string[]): string[] {
  try {
    return read();
  } catch (error) {
    if (isSqliteError(error)) return ['unreadable'];
    throw error;
  }
}

function readOrNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (isSqliteError(error)) return null;
    throw error;
  }
}
