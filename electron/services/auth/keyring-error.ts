export type KeyringErrorCode =
  | 'wrong_password'
  | 'wrong_recovery_key'
  | 'recovery_key_malformed'
  | 'keyring_missing'
  | 'keyring_damaged'
  | 'kdf_too_weak';

/** Expected failures of the keyring; `messageKey` is the i18n key shown to the user. */
export class KeyringError extends Error {
  readonly messageKey: string;
  constructor(
    readonly code: KeyringErrorCode,
    readonly detail?: string,
  ) {
    super(`errors.keyring.${code}`);
    this.name = 'KeyringError';
    this.messageKey = `errors.keyring.${code}`;
  }
}
