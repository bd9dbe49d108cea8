import { existsSync } from 'node:fs';
import { AppError } from '../../domain/app-error';
import { toSession, type Session } from './session';
import { CLOSING_GRACE_MS, ClientSessions, type ClientSession } from './client-sessions';
import { StoreError, UpgradeFailedError } from '../../../db/errors';
import type { Migration } from '../../../db/migrate';
import { openDatabase, type Db, type OpenedDb } from '../../../db/open';
import { appendAudit, type AuditEntryInput } from '../../../db/repositories/audit';
import { getSetting } from '../../../db/repositories/settings';
import { findStaffByUsername, updateStaff, type StaffRow } from '../../../db/repositories/staff';
import { KeyringError, readKeyring, unwrapWithPassword, type Keyring } from '../auth/keyring';
import { preUpgradeBackupHook } from '../backup/pre-upgrade';
import { logger } from '../../platform/logger';
import { acquireStoreLock, type StoreLock } from './lock-file';
import { storeFiles, type StoreFiles } from './paths';
import { accountKey, SignInAttempts } from './sign-in-attempts';
import type { SignInJournal } from './sign-in-journal';
import type { ThrottlePolicy } from './throttle';

export type StoreState = 'needs_setup' | 'ready' | 'keyring_missing' | 'keyring_damaged';
export type LockReason = 'idle' | 'manual' | 'system' | 'closed';

export interface StoreRuntimeOptions {
  /** Keeps failed sign-ins and their throttle beyond this process (the CLI); in memory when absent. */
  signInJournal?: SignInJournal;
  /** The app's migrations unless given (tests plant failing ones here). */
  migrations?: Migration[];
  /**
   * The sign-in throttle's policy unless given. Only tests pass one (a delay that outlasts a
   * slow, loaded machine makes "too many attempts" a state rather than a race); the app and
   * the CLI construct the runtime without it.
   */
  throttlePolicy?: ThrottlePolicy;
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
  /** Who is signed in on each client (window, tab or PC), each with its own idle lock. */
  private readonly clients: ClientSessions;
  /** The sign-in throttle, and failed sign-ins kept until the audit log can take them. */
  private readonly signInAttempts: SignInAttempts;
  private readonly migrations: Migration[] | undefined;

  constructor(
    dir: string,
    readonly now: () => Date = () => new Date(),
    options: StoreRuntimeOptions = {},
  ) {
    this.files = storeFiles(dir);
    const nowMs = () => this.now().getTime();
    this.signInAttempts = new SignInAttempts(nowMs, options.signInJournal ?? null, options.throttlePolicy);
    this.clients = new ClientSessions(nowMs);
    this.migrations = options.migrations;
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

  /** The calling client's session state (see client-sessions.ts). */
  private get client(): ClientSession {
    return this.clients.current();
  }

  get locked(): boolean {
    return this.client.locked;
  }

  /** The session allowed to act now on the calling client: none while locked. */
  activeSession(): Session | null {
    const client = this.client;
    return client.locked ? null : client.session;
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
    const client = this.client;
    return client.locked ? client.session : null;
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
    appendAudit(
      this.opened.db,
      { actorId: entry.actorId ?? this.client.session?.userId ?? null, ...entry },
      this.now(),
    );
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

  /**
   * The attempt is counted before the password is derived, and the session exists only once
   * the sign-in is in the audit log: a store that cannot record it signs nobody in.
   */
  async signIn(username: string, password: string): Promise<Session> {
    const keyring = this.loadKeyring();
    const account = accountKey(keyring, username);
    const attempt = this.signInAttempts.begin(account);
    let row: StaffRow | undefined;
    try {
      this.ensureOpen(await unwrapWithPassword(keyring, username, password));
      row = findStaffByUsername(this.db(), username);
    } catch (error) {
      attempt.failed();
      if (error instanceof KeyringError) this.rejectSignIn(account);
      throw error;
    }
    if (!row || !row.active) {
      attempt.failed();
      this.rejectSignIn(account);
    }
    attempt.succeeded();

    const signedIn = updateStaff(this.db(), row.id, { lastSignInAt: this.now().toISOString() }) ?? row;
    this.signInAttempts.writeKeptFailures(this.db(), keyring);
    this.signInAttempts.save();
    this.audit({ actorId: row.id, action: 'sign_in', entity: 'staff', entityId: row.id });
    const client = this.client;
    client.session = toSession(signedIn);
    client.locked = false;
    client.lastActivityMs = this.now().getTime();
    return client.session;
  }

  private rejectSignIn(account: string): never {
    if (this.opened) this.audit({ actorId: null, action: 'sign_in_failed', outcome: 'failure' });
    else this.signInAttempts.keepFailure(account, this.now());
    this.signInAttempts.save();
    throw new AppError('wrong_password', 'errors.auth.wrong_credentials');
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

  /** Locks the calling client first, then records it: a lock that cannot be audited still holds. */
  lock(reason: LockReason): void {
    this.lockClient(this.client, reason);
  }

  /** The calling page is going away: see `touch` and CLOSING_GRACE_MS. */
  noteClosing(): void {
    this.client.closingAtMs = this.now().getTime();
  }

  /** The operating system locked this computer: every client of this process locks. */
  lockAll(reason: LockReason): void {
    for (const client of this.clients.all()) this.lockClient(client, reason);
  }

  private lockClient(client: ClientSession, reason: LockReason): void {
    if (!client.session || client.locked) return;
    client.locked = true;
    this.audit({ actorId: client.session.userId, action: 'lock', outcome: reason });
  }

  /** Unlocks only once the unlock is in the audit log; a wrong password leaves it locked whatever happens. */
  async unlock(password: string): Promise<Session> {
    const client = this.client;
    const session = client.session;
    if (!session || !client.locked) throw new AppError('conflict', 'errors.auth.not_locked');
    const keyring = this.loadKeyring();
    const attempt = this.signInAttempts.begin(accountKey(keyring, session.username));
    try {
      (await unwrapWithPassword(keyring, session.username, password)).fill(0);
    } catch (error) {
      attempt.failed();
      if (!(error instanceof KeyringError)) throw error;
      this.audit({ actorId: session.userId, action: 'sign_in_failed', outcome: 'unlock_failure' });
      throw new AppError('wrong_password', 'errors.auth.wrong_password');
    }
    attempt.succeeded();
    // Someone may have switched user while the password was being checked.
    if (client.session !== session || !client.locked) throw new AppError('conflict', 'errors.auth.not_locked');
    this.audit({ actorId: session.userId, action: 'unlock' });
    client.locked = false;
    client.lastActivityMs = this.now().getTime();
    return session;
  }

  /**
   * Ends the session before recording it, so a store that cannot be written still signs out.
   * Ending a locked session ("switch user" on the lock screen) needs no password, like a
   * lock; since whoever holds the screen may do it, it is recorded as the end of that
   * person's locked session by nobody in particular, not as their own sign-out.
   */
  signOut(): boolean {
    const client = this.client;
    const session = client.session;
    if (!session) return false;
    const wasLocked = client.locked;
    client.session = null;
    client.locked = false;
    this.audit(
      wasLocked
        ? {
            actorId: null,
            action: 'sign_out',
            entity: 'staff',
            entityId: session.userId,
            outcome: 'ended_while_locked',
          }
        : { actorId: session.userId, action: 'sign_out' },
    );
    return true;
  }

  /**
   * Replaces the account's view of itself on every client it is signed in on, after an account
   * change; a deactivated account's sessions end everywhere at once.
   */
  refreshSession(row: StaffRow): Session {
    for (const client of this.clients.all()) {
      if (client.session?.userId !== row.id) continue;
      if (row.active) client.session = toSession(row);
      else {
        client.session = null;
        client.locked = false;
      }
    }
    return toSession(row);
  }

  /** How many clients hold a session (signed in or locked): for tests and the host's device list. */
  signedInClients(): number {
    return this.clients.signedInCount();
  }

  /**
   * Locks when the idle time has run out since the last real activity, then records this
   * moment if it is real activity by the signed-in user: a call that needs the session, or
   * input in the renderer reported by its heartbeat. Calls anyone may make (status, info,
   * ping) check the lock but keep nothing open.
   */
  touch(realActivity: boolean): void {
    const nowMs = this.now().getTime();
    const client = this.client;
    if (client.closingAtMs !== null) {
      if (nowMs - client.closingAtMs > CLOSING_GRACE_MS) this.lockClient(client, 'closed');
      client.closingAtMs = null;
    }
    if (client.session && !client.locked && nowMs - client.lastActivityMs > this.idleLockMinutes() * 60_000) {
      this.lockClient(client, 'idle');
    }
    if (realActivity && client.session && !client.locked) client.lastActivityMs = nowMs;
  }

  close(): void {
    this.opened?.close();
    this.opened = null;
    this.dbKey?.fill(0);
    this.dbKey = null;
    this.clients.clear();
    this.storeLock?.release();
    this.storeLock = null;
  }
}
