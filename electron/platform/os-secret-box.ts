/**
 * The operating system's protection for a client PC's device key (issue 14, item 3): Electron's
 * `safeStorage` (DPAPI for the Windows account on Windows, the keychain on macOS, the secret
 * service on Linux). A copy of `pairing.json` taken to another account or machine cannot be
 * opened, so the file no longer holds the key in any usable form.
 *
 * The shape matches `SecretBox` (services/lan/client-pairing.ts) structurally; adapters here
 * import nothing of the services.
 */

/** The part of Electron's `safeStorage` used here (assignable from the real declaration). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface OsSecretBox {
  readonly kind: 'os';
  seal(plain: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

/**
 * A box backed by safeStorage, or null where the OS offers none (Linux without a keyring, for
 * example): the caller then keeps the owner-only file protection and says so.
 * The key is PEM text, so the string API loses nothing.
 */
export function osSecretBox(safeStorage: SafeStorageLike | undefined): OsSecretBox | null {
  if (!safeStorage) return null;
  let available = false;
  try {
    available = safeStorage.isEncryptionAvailable();
  } catch {
    // Called before the app is ready, or the platform's backend failed: treat as unavailable.
    available = false;
  }
  if (!available) return null;
  return {
    kind: 'os',
    seal: (plain) => safeStorage.encryptString(plain.toString('utf8')),
    open: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'utf8'),
  };
}
