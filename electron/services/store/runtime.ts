import { existsSync } from 'node:fs';
import { AppError } from '../../domain/app-error';
import type { Session } from './session';
import { StoreError, UpgradeFailedError } from '../../../db/errors';
import type { Migration } from '../../../db/migrate';
import { openDatabase, type Db, type OpenedDb } from '../../../db/open';
import { appendAudit, type AuditEntryInput } from '../../../db/repositories/audit';
import { getSetting } from '../../../db/repositories/settings';
import { findStaffByUsername, normaliseUsername, updateStaff, type StaffRow } from '../../../db/repositories/staff';
import { preUpgradeBackupHook } from '../backup/pre-upgrade';
import { KeyringError, readKeyring, unwrapWithPassword, type Keyring } from '../auth/keyring';
import { logger } from '../../platform/logger';
import { acquireStoreLock, type StoreLock } from './lock-file';
import { storeFiles, type StoreFiles } from './paths';
import { SignInThrottle } from './throttle';

export type StoreState = 'needs_setup' | 'ready' | 'keyring_missing' | 'keyring_damaged';
export type LockReason = 'idle' | 'manual' | 'system';

export function toSession(row: StaffRow): Session {
  return {
    userId: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    staffCode: row.staffCode,
    mustChangePassword: row.mustChangePassword,
    language: row.language,
  };
}

/**
 * One centre store as the running app sees it: the folder, its lock, the database once a
 * staff member has unlocked it, and who is signed in. The database stays open across
 * lock and "switch user" (the key is already in this process), while every API call made
 * during a lock is refused and the renderer drops its data.
 */
export class StoreRuntime {
  readonly files: StoreFiles;
  private opened: OpenedDb | null = null;
  private dbKey: Buffer | null = null;
  private storeLock: StoreLock | null = null;
  private sessionValue: Session | null = null;
  private lockedValue = false;
  private lastActivityMs: number;
  /** Failed sign-ins seen before the database was open; written to the audit log on the next unlock. */
  private pendingFailures: Date[] = [];
  readonly throttle: SignInThrottle;

  constructor(
    dir: string,
    readonly now: () => Date = () => new Date(),
    /** The app's migrations unless given (tests plant failing ones here). */
    private readonly migrations?: Migration[],
  ) {
    this.files = storeFiles(dir);
    this.throttle = new SignInThrottle(() => this.now().getTime());
    this.lastActivityMs = this.now().getTime();
  }

  /** Takes the store's lock file; a second app on the same store fails here with store_in_use. */
  claim(): void {
    if (!this.storeLock && existsSync(this.files.dir)) this.storeLock = acquireStoreLock(this.files.dir);
  }

  state(): StoreState {
    const hasDb = existsSync(this.files.db);
    const hasKeyring = existsSync(this.files.keyring);
    if (!hasDb && !hasKeyring) return 'needs_setup';
    if (!hasKeyring) return 'keyring_missing';
    try {
      readKeyring(this.files.keyring);
      return 'ready';
    } catch {
      return 'keyring_damaged';
    }
  }

  get isOpen(): boolean {
    return this.opened !== null;
  }

  get locked(): boolean {
    return this.lockedValue;
  }

  /** The session allowed to act now: none while locked. */
  activeSession(): Session | null {
    return this.lockedValue ? null : this.sessionValue;
  }

  /** The acting staff member, or unauthenticated: for services that act only on someone's behalf. */
  requireSession(): Session {
    const session = this.activeSession();
    if (!session) throw new AppError('unauthenticated');
    return session;
  }

  /** Who an audit entry or a `recordedBy` column names: the active staff member, or nobody (CLI, set-up). */
  actorId(): number | null {
    return this.activeSession()?.userId ?? null;
  }

  lockedSession(): Session | null {
    return this.lockedValue ? this.sessionValue : null;
  }

  db(): Db {
    if (!this.opened) throw new AppError('store_unavailable');
    return this.opened.db;
  }

  key(): Buffer {
    if (!this.dbKey) throw new AppError('store_unavailable');
    return this.dbKey;
  }

  sqlite() {
    if (!this.opened) throw new AppError('store_unavailable');
    return this.opened.sqlite;
  }

  /** Adopts a freshly created or recovered database (set-up, recovery). */
  attach(opened: OpenedDb, key: Buffer): void {
    this.opened?.close();
    this.opened = opened;
    this.dbKey = Buffer.from(key);
  }

  audit(entry: Omit<AuditEntryInput, 'actorId'> & { actorId?: number | null }): void {
    if (!this.opened) return;
    appendAudit(this.opened.db, { actorId: entry.actorId ?? this.sessionValue?.userId ?? null, ...entry }, this.now());
  }

  idleLockMinutes(): number {
    return this.opened ? (getSetting(this.opened.db, 'security.idleLockMinutes') ?? 5) : 5;
  }

  centre(): { code: string; name: string } | null {
    if (!this.opened) return null;
    const code = getSetting(this.opened.db, 'centre.code');
    const name = getSetting(this.opened.db, 'centre.name');
    return code && name ? { code, name } : null;
  }

  isDemo(): boolean {
    return this.opened ? (getSetting(this.opened.db, 'store.demo') ?? false) : false;
  }

  async signIn(username: string, password: string): Promise<Session> {
    const key = normaliseUsername(username);
    const waitMs = this.throttle.retryAfterMs(key);
    if (waitMs > 0) throw new AppError('locked', 'errors.auth.throttled');
    const keyring = this.loadKeyring();

    let dbKey: Buffer;
    try {
      dbKey = await unwrapWithPassword(keyring, username, password);
    } catch (error) {
      if (error instanceof KeyringError) return this.rejectSignIn(key);
      throw error;
    }
    this.ensureOpen(dbKey);
    const row = findStaffByUsername(this.db(), username);
    if (!row || !row.active) return this.rejectSignIn(key);

    this.throttle.recordSuccess(key);
    const signedIn = updateStaff(this.db(), row.id, { lastSignInAt: this.now().toISOString() }) ?? row;
    this.sessionValue = toSession(signedIn);
    this.lockedValue = false;
    this.touch();
    this.flushPendingFailures();
    this.audit({ action: 'sign_in', entity: 'staff', entityId: row.id });
    return this.sessionValue;
  }

  private rejectSignIn(throttleKey: string): never {
    this.throttle.recordFailure(throttleKey);
    if (this.opened) this.audit({ actorId: null, action: 'sign_in_failed', outcome: 'failure' });
    else this.pendingFailures.push(this.now());
    throw new AppError('wrong_password', 'errors.auth.wrong_credentials');
  }

  private flushPendingFailures(): void {
    for (const at of this.pendingFailures.splice(0)) {
      appendAudit(this.db(), { actorId: null, action: 'sign_in_failed', outcome: 'failure_before_open' }, at);
    }
  }

  private loadKeyring(): Keyring {
    try {
      return readKeyring(this.files.keyring);
    } catch (error) {
      if (error instanceof KeyringError) throw new AppError('store_unavailable', error.messageKey);
      throw error;
    }
  }

  private ensureOpen(dbKey: Buffer): void {
    if (this.opened) return;
    try {
      this.openWithKey(dbKey);
    } catch (error) {
      if (error instanceof StoreError) {
        // The key came out of an authenticated wrap, so a database that refuses it is damaged.
        const code = error.code === 'wrong_key' ? 'database_damaged' : error.code;
        throw new AppError('store_unavailable', `errors.store.${code}`);
      }
      throw error;
    } finally {
      dbKey.fill(0);
    }
  }

  /**
   * Claims the store and opens its database with this key, upgrading its schema after a
   * verified pre-upgrade backup when this app is newer. On failure the lock file is released
   * again, so a refused key or a failed upgrade leaves the store as it was.
   */
  openWithKey(dbKey: Buffer): void {
    const hadLock = this.storeLock !== null;
    this.claim();
    try {
      const opened = openDatabase(this.files.db, dbKey, {
        migrations: this.migrations,
        beforeUpgrade: preUpgradeBackupHook(this.files.dir, dbKey, this.now),
      });
      this.attach(opened, dbKey);
    } catch (error) {
      if (error instanceof UpgradeFailedError) {
        logger.error('store upgrade failed and was rolled back', { migration: error.migrationTag });
      }
      if (!hadLock) {
        this.storeLock?.release();
        this.storeLock = null;
      }
      throw error;
    }
  }

  lock(reason: LockReason): void {
    if (!this.sessionValue || this.lockedValue) return;
    this.lockedValue = true;
    this.audit({ actorId: this.sessionValue.userId, action: 'lock', outcome: reason });
  }

  async unlock(password: string): Promise<Session> {
    const session = this.sessionValue;
    if (!session || !this.lockedValue) throw new AppError('conflict', 'errors.auth.not_locked');
    const throttleKey = normaliseUsername(session.username);
    if (this.throttle.retryAfterMs(throttleKey) > 0) throw new AppError('locked', 'errors.auth.throttled');
    try {
      (await unwrapWithPassword(this.loadKeyring(), session.username, password)).fill(0);
    } catch (error) {
      if (!(error instanceof KeyringError)) throw error;
      this.throttle.recordFailure(throttleKey);
      this.audit({ actorId: session.userId, action: 'sign_in_failed', outcome: 'unlock_failure' });
      throw new AppError('wrong_password', 'errors.auth.wrong_password');
    }
    this.throttle.recordSuccess(throttleKey);
    this.lockedValue = false;
    this.touch();
    this.audit({ actorId: session.userId, action: 'unlock' });
    return session;
  }

  signOut(): boolean {
    const session = this.sessionValue;
    if (!session) return false;
    this.audit({ actorId: session.userId, action: 'sign_out' });
    this.sessionValue = null;
    this.lockedValue = false;
    return true;
  }

  /** Replaces the signed-in user's view of themselves after an account change. */
  refreshSession(row: StaffRow): Session {
    if (this.sessionValue?.userId === row.id) this.sessionValue = toSession(row);
    return toSession(row);
  }

  /** Records activity; locks first if the idle time has run out since the last call. */
  touch(): void {
    const nowMs = this.now().getTime();
    if (this.sessionValue && !this.lockedValue && nowMs - this.lastActivityMs > this.idleLockMinutes() * 60_000) {
      this.lock('idle');
    }
    this.lastActivityMs = nowMs;
  }

  close(): void {
    this.opened?.close();
    this.opened = null;
    this.dbKey?.fill(0);
    this.dbKey = null;
    this.sessionValue = null;
    this.storeLock?.release();
    this.storeLock = null;
  }
}
