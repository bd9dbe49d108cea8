import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { assertKdfCost, deriveKey, newKdfParams, DEFAULT_KDF_COST, RECOVERY_KDF_COST, type KdfCost } from './kdf';
import { KeyringError } from './keyring-error';
import {
  KEYRING_FORMAT,
  KEYRING_VERSION,
  LOOKUP_SALT_BYTES,
  NONCE_BYTES,
  type Keyring,
  type PasswordWrap,
  type RecoveryWrap,
  type Wrap,
} from './keyring-file';
import { normaliseRecoveryKey } from './recovery-key';

export { KeyringError, type KeyringErrorCode } from './keyring-error';
export { readKeyring, writeKeyringAtomic, parseKeyring, type Keyring, type Wrap } from './keyring-file';
export { calibrateKdf, DEFAULT_KDF_COST, type KdfCost, type KdfParams } from './kdf';
export { generateRecoveryKey, normaliseRecoveryKey } from './recovery-key';

/*
 * One random 256-bit key encrypts the store. The keyring holds that key sealed several times: once
 * per account under a key derived from the account's password, and once under the recovery key.
 * Changing a password re-seals the same database key; the database itself is never re-encrypted.
 */

export const DB_KEY_BYTES = 32;
const TAG_BYTES = 16;

export interface CreateKeyringInput {
  storeId?: string;
  dbKey: Buffer;
  username: string;
  password: string;
  recoveryKey: string;
  /** Cost for the first password wrap, normally from `calibrateKdf`. */
  kdf?: KdfCost;
}

/** Trim, NFC, lower case: "Dana ", "dana" and a differently composed "דנה" find the same account. */
export function normaliseUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

/** Where an account's wrap is filed; keyed by a per-store salt so lookups differ between stores. */
export function usernameLookup(keyring: Pick<Keyring, 'lookupSalt'>, username: string): string {
  const normalised = normaliseUsername(username);
  if (!normalised) throw new RangeError('username is empty');
  return createHmac('sha256', Buffer.from(keyring.lookupSalt, 'base64')).update(normalised, 'utf8').digest('hex');
}

/**
 * Binds a sealed key to its place: a wrap copied to another account's lookup, to another store, or
 * from the recovery slot to a password slot fails authentication instead of unlocking.
 */
function associatedData(storeId: string, kind: Wrap['kind'], lookup = ''): Buffer {
  return Buffer.from(JSON.stringify([KEYRING_FORMAT, KEYRING_VERSION, storeId, kind, lookup]), 'utf8');
}

/** NFC so the same Hebrew password typed on two systems that compose niqqud differently still matches. */
function passwordBytes(password: string): Buffer {
  return Buffer.from(password.normalize('NFC'), 'utf8');
}

function assertDbKey(dbKey: Buffer): void {
  if (!Buffer.isBuffer(dbKey) || dbKey.length !== DB_KEY_BYTES) throw new RangeError('database key must be 32 bytes');
}

async function seal(secret: Buffer, cost: KdfCost, dbKey: Buffer, aad: Buffer) {
  const kdf = newKdfParams(cost);
  const kek = await deriveKey(secret, kdf);
  try {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', kek, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    const sealed = Buffer.concat([cipher.update(dbKey), cipher.final(), cipher.getAuthTag()]);
    return { kdf, nonce: nonce.toString('base64'), ciphertext: sealed.toString('base64') };
  } finally {
    kek.fill(0);
  }
}

/** The database key, or null when the secret (or anything the AAD binds) is wrong. */
async function open(secret: Buffer, wrap: Wrap, aad: Buffer): Promise<Buffer | null> {
  const kek = await deriveKey(secret, wrap.kdf);
  try {
    const sealed = Buffer.from(wrap.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.nonce, 'base64'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const head = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
    try {
      return Buffer.concat([head, decipher.final()]);
    } catch {
      return null;
    } finally {
      head.fill(0);
    }
  } finally {
    kek.fill(0);
  }
}

/** Compares every entry in constant time so the position of a match does not show in timing. */
function findPasswordWrap(keyring: Keyring, lookup: string): PasswordWrap | undefined {
  const wanted = Buffer.from(lookup, 'hex');
  let found: PasswordWrap | undefined;
  for (const wrap of keyring.wraps) {
    if (wrap.kind === 'password' && timingSafeEqual(Buffer.from(wrap.lookup, 'hex'), wanted)) found = wrap;
  }
  return found;
}

function recoveryWrapOf(keyring: Keyring): RecoveryWrap | undefined {
  return keyring.wraps.find((w): w is RecoveryWrap => w.kind === 'recovery');
}

/** New password wraps follow the strongest existing one, so a store's calibrated cost carries over. */
function storeCost(keyring: Keyring): KdfCost {
  const costs = keyring.wraps.filter((w) => w.kind === 'password').map((w) => w.kdf);
  if (costs.length === 0) return DEFAULT_KDF_COST;
  const strongest = costs.reduce((a, b) => (b.memoryKiB * b.iterations > a.memoryKiB * a.iterations ? b : a));
  return { memoryKiB: strongest.memoryKiB, iterations: strongest.iterations, parallelism: strongest.parallelism };
}

export async function createKeyring(input: CreateKeyringInput): Promise<Keyring> {
  const { storeId = randomUUID(), dbKey, username, password, recoveryKey, kdf = DEFAULT_KDF_COST } = input;
  assertDbKey(dbKey);
  assertKdfCost(kdf);
  const empty: Keyring = {
    format: KEYRING_FORMAT,
    version: KEYRING_VERSION,
    storeId,
    lookupSalt: randomBytes(LOOKUP_SALT_BYTES).toString('base64'),
    wraps: [],
  };
  const [withRecovery, withPassword] = await Promise.all([
    setRecoveryWrap(empty, dbKey, recoveryKey),
    setPasswordWrap(empty, dbKey, username, password, kdf),
  ]);
  return { ...empty, wraps: [...withRecovery.wraps, ...withPassword.wraps] };
}

/** Adds or replaces the wrap for `username`; returns a new keyring and leaves the argument untouched. */
export async function setPasswordWrap(
  keyring: Keyring,
  dbKey: Buffer,
  username: string,
  password: string,
  kdf: KdfCost = storeCost(keyring),
): Promise<Keyring> {
  assertDbKey(dbKey);
  const lookup = usernameLookup(keyring, username);
  if (password.length === 0) throw new RangeError('password is empty');
  const secret = passwordBytes(password);
  try {
    const sealed = await seal(secret, kdf, dbKey, associatedData(keyring.storeId, 'password', lookup));
    const wrap: PasswordWrap = { kind: 'password', lookup, ...sealed };
    return { ...keyring, wraps: [...keyring.wraps.filter((w) => w.kind !== 'password' || w.lookup !== lookup), wrap] };
  } finally {
    secret.fill(0);
  }
}

/** Replaces the recovery wrap, e.g. after the printed key was lost or shown to the wrong person. */
export async function setRecoveryWrap(keyring: Keyring, dbKey: Buffer, recoveryKey: string): Promise<Keyring> {
  assertDbKey(dbKey);
  const secret = Buffer.from(normaliseRecoveryKey(recoveryKey), 'utf8');
  try {
    const sealed = await seal(secret, RECOVERY_KDF_COST, dbKey, associatedData(keyring.storeId, 'recovery'));
    const wrap: RecoveryWrap = { kind: 'recovery', ...sealed };
    return { ...keyring, wraps: [...keyring.wraps.filter((w) => w.kind !== 'recovery'), wrap] };
  } finally {
    secret.fill(0);
  }
}

export function removePasswordWrap(keyring: Keyring, username: string): Keyring {
  const lookup = usernameLookup(keyring, username);
  return { ...keyring, wraps: keyring.wraps.filter((w) => w.kind !== 'password' || w.lookup !== lookup) };
}

export function hasPasswordWrap(keyring: Keyring, username: string): boolean {
  return (
    normaliseUsername(username) !== '' && findPasswordWrap(keyring, usernameLookup(keyring, username)) !== undefined
  );
}

/**
 * The database key for this account, or `wrong_password`. An unknown username gets the same error
 * after one derivation at the store's cost, so neither the answer nor its timing reveals whether an
 * account exists. The caller owns the returned key and should zero it when done.
 */
export async function unwrapWithPassword(keyring: Keyring, username: string, password: string): Promise<Buffer> {
  // A blank username or password is just another failed sign-in, not a programming error.
  const lookup = normaliseUsername(username) ? usernameLookup(keyring, username) : '';
  const wrap = lookup ? findPasswordWrap(keyring, lookup) : undefined;
  const secret = passwordBytes(password);
  try {
    if (!wrap) {
      (await deriveKey(secret, newKdfParams(storeCost(keyring)))).fill(0);
      throw new KeyringError('wrong_password');
    }
    const dbKey = await open(secret, wrap, associatedData(keyring.storeId, 'password', lookup));
    if (!dbKey) throw new KeyringError('wrong_password');
    return dbKey;
  } finally {
    secret.fill(0);
  }
}

/** `recovery_key_malformed` (before any derivation) for a typo, `wrong_recovery_key` for another key. */
export async function unwrapWithRecoveryKey(keyring: Keyring, recoveryKey: string): Promise<Buffer> {
  const secret = Buffer.from(normaliseRecoveryKey(recoveryKey), 'utf8');
  try {
    const wrap = recoveryWrapOf(keyring);
    const dbKey = wrap ? await open(secret, wrap, associatedData(keyring.storeId, 'recovery')) : null;
    if (!dbKey) throw new KeyringError('wrong_recovery_key');
    return dbKey;
  } finally {
    secret.fill(0);
  }
}

/** A fresh random database key for a new store. */
export function generateDbKey(): Buffer {
  return randomBytes(DB_KEY_BYTES);
}
