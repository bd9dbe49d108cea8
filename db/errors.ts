export type StoreErrorCode =
  | 'store_not_found'
  | 'wrong_key'
  | 'schema_too_new'
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
