export type StoreErrorCode =
  | 'store_not_found'
  | 'wrong_key'
  | 'schema_too_new'
  | 'upgrade_failed'
  | 'upgrade_backup_failed'
  | 'database_damaged'
  | 'database_missing'
  | 'database_key_refused'
  | 'store_in_use'
  | 'keyring_missing'
  | 'keyring_damaged';

/** Expected failures of opening a store; `messageKey` is the i18n key shown to the user. */
export class StoreError extends Error {
  readonly messageKey: string;
  constructor(
    readonly code: StoreErrorCode,
    readonly detail?: string,
  ) {
    super(`errors.store.${code}`);
    this.name = 'StoreError';
    this.messageKey = `errors.store.${code}`;
  }
}

/**
 * The i18n key for an SQLite failure of the store itself, or null for anything else: a damaged
 * file, a full disk, or a file or disk that refuses writes (read-only, I/O errors). The code
 * sits on better-sqlite3's SqliteError; extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED)
 * share their primary code's prefix.
 */
export function storageFailureKey(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0];
  switch (primary) {
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return 'errors.store.database_damaged';
    case 'SQLITE_FULL':
      return 'errors.store.disk_full';
    case 'SQLITE_IOERR':
    case 'SQLITE_READONLY':
      return 'errors.store.not_writable';
    default:
      return null;
  }
}

/**
 * A migration of an existing store failed and the whole upgrade was rolled back. Its code (so
 * the message shown) is `upgrade_failed`; `message` names the migration and SQLite's reason,
 * for logs and developers, never row content.
 */
export class UpgradeFailedError extends StoreError {
  constructor(
    readonly migrationTag: string,
    reason: string,
  ) {
    super('upgrade_failed', `${migrationTag}: ${reason}`);
    this.message = `migration ${migrationTag} failed and the upgrade was rolled back: ${reason}`;
  }
}
