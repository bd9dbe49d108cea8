import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../platform/files';

/**
 * What a client PC keeps on disk: its pairing with the centre PC and nothing else. The device's
 * private key is sealed by the operating system when the shell offers a way (Electron's
 * safeStorage: DPAPI on Windows, the keychain on macOS); otherwise the file is readable by its
 * owner only (mode 0600), like an SSH key.
 */
export interface SecretBox {
  /** Names the protection in the file, so a pairing sealed by the OS is not read as plain text. */
  readonly kind: 'os' | 'none';
  seal(plain: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

export const plainBox: SecretBox = { kind: 'none', seal: (b) => Buffer.from(b), open: (b) => Buffer.from(b) };

export const PAIRING_FILE = 'pairing.json';

const pairingFileSchema = z
  .object({
    format: z.literal('kesher-lan-pairing'),
    version: z.literal(1),
    host: z.string(),
    port: z.number().int(),
    deviceId: z.string().uuid(),
    /** The centre PC's certificate; its fingerprint is the pin. */
    hostCertPem: z.string(),
    hostFingerprint: z.string(),
    certPem: z.string(),
    keyProtection: z.enum(['os', 'none']),
    key: z.base64(),
  })
  .strict();

export interface ClientPairing {
  host: string;
  port: number;
  deviceId: string;
  hostCertPem: string;
  hostFingerprint: string;
  certPem: string;
  keyPem: string;
}

export function pairingPath(dataDir: string): string {
  return path.join(dataDir, PAIRING_FILE);
}

export function readPairing(dataDir: string, box: SecretBox = plainBox): ClientPairing | null {
  const file = pairingPath(dataDir);
  if (!existsSync(file)) return null;
  const stored = pairingFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  // A pairing made before the OS offered protection stays readable (owner-only, as it was written);
  // one sealed by the OS cannot be opened without it.
  const opener = stored.keyProtection === 'none' ? plainBox : box;
  if (stored.keyProtection !== opener.kind) throw new Error('pairing key sealed by another protection');
  const { format: _format, version: _version, keyProtection: _kind, key, ...rest } = stored;
  return { ...rest, keyPem: opener.open(Buffer.from(key, 'base64')).toString('utf8') };
}

export function writePairing(dataDir: string, pairing: ClientPairing, box: SecretBox = plainBox): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { keyPem, ...rest } = pairing;
  const file = {
    format: 'kesher-lan-pairing',
    version: 1,
    ...rest,
    keyProtection: box.kind,
    key: box.seal(Buffer.from(keyPem)).toString('base64'),
  };
  writeFileAtomic(pairingPath(dataDir), JSON.stringify(file, null, 2), undefined, 0o600);
  // The atomic write already creates it 0600; a file replaced by hand keeps its mode, so set it again.
  chmodSync(pairingPath(dataDir), 0o600);
}

export function forgetPairing(dataDir: string): void {
  rmSync(pairingPath(dataDir), { force: true });
}
