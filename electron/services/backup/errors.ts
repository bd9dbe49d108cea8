export type BackupErrorCode =
  | 'centre_code_invalid'
  | 'keyring_missing'
  | 'copy_not_encrypted'
  | 'backup_damaged'
  | 'target_not_empty'
  | 'target_is_live_store';

/** Expected failures of backing up and restoring; `messageKey` is the i18n key shown to the user. */
export class BackupError extends Error {
  readonly messageKey: string;
  constructor(
    readonly code: BackupErrorCode,
    readonly detail?: string,
  ) {
    super(`errors.backup.${code}`);
    this.name = 'BackupError';
    this.messageKey = `errors.backup.${code}`;
  }
}
