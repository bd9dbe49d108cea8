import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from 'selfsigned';
import { z } from 'zod';
import { writeFileAtomic } from '../../platform/files';

/**
 * What the host keeps in the store folder for host mode: its certificate (public) and, sealed,
 * the certificate's private key and the paired devices. The seal is AES-256-GCM under a key
 * derived from the store key, so it is protected exactly as the database is: only a staff
 * password (through the keyring) or the recovery key reaches it. A copy of the folder cannot
 * impersonate the centre PC, and the listener can start only once the store is open.
 */
export const LAN_STATE_FILE = 'lan-host.json';
const FORMAT = 'kesher-lan-host';
const INFO = 'kesher lan host state v1';

export const storedDeviceSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    /** SHA-256 of the device's client certificate: what the TLS handshake proves. */
    certFingerprint: z.string(),
    pairedAt: z.string(),
    lastSeenAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .strict();
export type StoredDevice = z.infer<typeof storedDeviceSchema>;

const sealedSchema = z
  .object({
    keyPem: z.string(),
    enabled: z.boolean(),
    port: z.number().int().nullable(),
    devices: z.array(storedDeviceSchema).max(1000),
  })
  .strict();
export type SealedLanState = z.infer<typeof sealedSchema>;

const fileSchema = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(1),
    certPem: z.string(),
    salt: z.base64(),
    nonce: z.base64(),
    ciphertext: z.base64(),
  })
  .strict();

export interface LanHostState extends SealedLanState {
  certPem: string;
  fingerprint: string;
}

export function certificateFingerprint(pem: string | Buffer): string {
  return new X509Certificate(pem).fingerprint256;
}

function sealKey(storeKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', storeKey, salt, INFO, 32));
}

/** A self-signed ECDSA P-256 certificate; clients pin its fingerprint, so no CA or host name matters. */
export async function generateIdentity(commonName: string): Promise<{ certPem: string; keyPem: string }> {
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    // The pin, not the dates, is what clients trust; a certificate that expired would cut every PC off.
    notBeforeDate: new Date(Date.now() - 86_400_000),
    notAfterDate: new Date(Date.now() + 20 * 365 * 86_400_000),
  });
  return { certPem: pems.cert, keyPem: pems.private };
}

export function lanStatePath(storeDir: string): string {
  return path.join(storeDir, LAN_STATE_FILE);
}

/** Reads the state, or null when host mode was never set up in this store. A wrong key or a damaged file throws. */
export function readLanState(storeDir: string, storeKey: Buffer): LanHostState | null {
  const file = lanStatePath(storeDir);
  if (!existsSync(file)) return null;
  const stored = fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const key = sealKey(storeKey, Buffer.from(stored.salt, 'base64'));
  const body = Buffer.from(stored.ciphertext, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(stored.nonce, 'base64'));
  decipher.setAAD(Buffer.from(stored.certPem));
  decipher.setAuthTag(body.subarray(body.length - 16));
  const plain = Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]);
  const sealed = sealedSchema.parse(JSON.parse(plain.toString('utf8')));
  return { ...sealed, certPem: stored.certPem, fingerprint: certificateFingerprint(stored.certPem) };
}

/** Writes the whole state atomically, owner-only; the certificate is bound to the seal as its associated data. */
export function writeLanState(storeDir: string, storeKey: Buffer, state: LanHostState): void {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(storeKey, salt), nonce);
  cipher.setAAD(Buffer.from(state.certPem));
  const sealed: SealedLanState = {
    keyPem: state.keyPem,
    enabled: state.enabled,
    port: state.port,
    devices: state.devices,
  };
  const body = Buffer.concat([cipher.update(JSON.stringify(sealed), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  const file = {
    format: FORMAT,
    version: 1,
    certPem: state.certPem,
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
    ciphertext: body.toString('base64'),
  };
  writeFileAtomic(lanStatePath(storeDir), JSON.stringify(file, null, 2));
}

/** The state, made (certificate generated once) and written on first use. */
export async function loadOrCreateLanState(storeDir: string, storeKey: Buffer): Promise<LanHostState> {
  const existing = readLanState(storeDir, storeKey);
  if (existing) return existing;
  const identity = await generateIdentity('Kesher centre PC');
  const state: LanHostState = {
    ...identity,
    fingerprint: certificateFingerprint(identity.certPem),
    enabled: false,
    port: null,
    devices: [],
  };
  writeLanState(storeDir, storeKey, state);
  return state;
}
