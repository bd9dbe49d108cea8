import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic, nodeFs, type AtomicWriteFs } from '../../platform/files';
import { KeyringError } from './keyring-error';
import { MAX_ITERATIONS, MAX_MEMORY_KIB, MIN_MEMORY_KIB, SALT_BYTES } from './kdf';

export const KEYRING_FORMAT = 'kesher-keyring';
export const KEYRING_VERSION = 1;
export const LOOKUP_SALT_BYTES = 32;
export const NONCE_BYTES = 12;
/** AES-256-GCM output as stored: the 32-byte key followed by the 16-byte tag. */
export const SEALED_KEY_BYTES = 32 + 16;

const base64Bytes = (bytes: number) =>
  z.base64().refine((text) => Buffer.from(text, 'base64').length === bytes, { message: `expected ${bytes} bytes` });

const kdfParamsSchema = z
  .object({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number().int().min(MIN_MEMORY_KIB).max(MAX_MEMORY_KIB),
    iterations: z.number().int().min(1).max(MAX_ITERATIONS),
    parallelism: z.union([z.literal(1), z.literal(2)]),
    salt: base64Bytes(SALT_BYTES),
  })
  .strict();

const passwordWrapSchema = z
  .object({
    kind: z.literal('password'),
    /** HMAC-SHA256(lookupSalt, normalised username), hex: finds the wrap without naming the user. */
    lookup: z.string().regex(/^[0-9a-f]{64}$/),
    kdf: kdfParamsSchema,
    nonce: base64Bytes(NONCE_BYTES),
    ciphertext: base64Bytes(SEALED_KEY_BYTES),
  })
  .strict();

const recoveryWrapSchema = z
  .object({
    kind: z.literal('recovery'),
    kdf: kdfParamsSchema,
    nonce: base64Bytes(NONCE_BYTES),
    ciphertext: base64Bytes(SEALED_KEY_BYTES),
  })
  .strict();

const wrapSchema = z.discriminatedUnion('kind', [passwordWrapSchema, recoveryWrapSchema]);

/**
 * Strict objects: a field this version does not know means a newer or foreign writer, and reading it
 * as version 1 and writing it back would silently drop that field.
 */
export const keyringSchema = z
  .object({
    format: z.literal(KEYRING_FORMAT),
    version: z.literal(KEYRING_VERSION),
    storeId: z.uuid(),
    lookupSalt: base64Bytes(LOOKUP_SALT_BYTES),
    wraps: z.array(wrapSchema).max(10_000),
  })
  .strict()
  .superRefine((keyring, ctx) => {
    const lookups = keyring.wraps.flatMap((w) => (w.kind === 'password' ? [w.lookup] : []));
    if (new Set(lookups).size !== lookups.length) ctx.addIssue({ code: 'custom', message: 'duplicate lookup' });
    if (keyring.wraps.filter((w) => w.kind === 'recovery').length > 1) {
      ctx.addIssue({ code: 'custom', message: 'more than one recovery wrap' });
    }
  });

export type KdfParamsRecord = z.infer<typeof kdfParamsSchema>;
export type PasswordWrap = z.infer<typeof passwordWrapSchema>;
export type RecoveryWrap = z.infer<typeof recoveryWrapSchema>;
export type Wrap = z.infer<typeof wrapSchema>;
export type Keyring = z.infer<typeof keyringSchema>;

/** Parses and validates; `keyring_damaged` for anything that is not a version-1 keyring. */
export function parseKeyring(text: string): Keyring {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyringError('keyring_damaged', 'json');
  }
  const parsed = keyringSchema.safeParse(json);
  if (!parsed.success) throw new KeyringError('keyring_damaged', 'shape');
  return parsed.data;
}

export function readKeyring(file: string): Keyring {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new KeyringError('keyring_missing');
    throw error;
  }
  return parseKeyring(text);
}

export function serialiseKeyring(keyring: Keyring): string {
  return `${JSON.stringify(keyringSchema.parse(keyring), null, 2)}\n`;
}

/** Validates before writing so a bug can never replace a good keyring with one that will not load. */
export function writeKeyringAtomic(file: string, keyring: Keyring, io: AtomicWriteFs = nodeFs): void {
  writeFileAtomic(file, serialiseKeyring(keyring), io);
}
