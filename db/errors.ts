export type StoreErrorCode =
  | 'store_not_found'
  | 'wrong_key'
  | 'schema_too_new'
  | 'upgrade_failed'
  | 'upgrade_backup_failed'
  | 'database_damaged'
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
