import { hkdfSync } from 'node:crypto';

/**
 * The store's database key is derived from the recovery key, which makes the recovery key
 * the root secret: it opens the store even when the keyring file is lost or damaged, the
 * one case a recovery wrap inside that keyring could not cover. Staff passwords still
 * only ever unwrap the key from the keyring.
 */
export function deriveDbKey(normalisedRecoveryKey: string): Buffer {
  const ikm = Buffer.from(normalisedRecoveryKey, 'utf8');
  return Buffer.from(hkdfSync('sha256', ikm, Buffer.from('kesher/store-key/v1'), Buffer.alloc(0), 32));
}
