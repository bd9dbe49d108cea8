import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeSafeStorage } from '../../fixtures/fake-electron';
import { makeTempDir } from '../../fixtures/temp-dir';
import { osSecretBox } from '../../../electron/platform/os-secret-box';
import {
  pairingPath,
  readPairing,
  writePairing,
  type ClientPairing,
} from '../../../electron/services/lan/client-pairing';
import { generateIdentity } from '../../../electron/services/lan/host-state';
import { LanClient } from '../../../electron/services/lan/client';

/** The client PC's device key sealed by the OS (issue 14, item 3), with a stand-in safeStorage. */
let pairing: ClientPairing;

beforeAll(async () => {
  const device = await generateIdentity('Kesher office PC');
  const host = await generateIdentity('Kesher centre PC');
  pairing = {
    host: '192.168.1.20',
    port: 47_810,
    deviceId: '4a9d3c1e-8b7f-4e21-9c3d-5f6a7b8c9d0e',
    hostCertPem: host.certPem,
    hostFingerprint: 'AB:'.repeat(31) + 'AB',
    certPem: device.certPem,
    keyPem: device.keyPem,
  };
});

/** The key's base64 body lines: none of them may appear in the file in any form. */
function keyLines(keyPem: string): string[] {
  return keyPem.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----'));
}

describe('safeStorage available', () => {
  it('the pairing file holds no byte of the key in the clear, and reads back the same key', () => {
    const dir = makeTempDir('kesher-pc-');
    const box = osSecretBox(createFakeSafeStorage(true))!;
    expect(box.kind).toBe('os');
    writePairing(dir, pairing, box);
    const text = readFileSync(pairingPath(dir), 'utf8');
    const stored = JSON.parse(text) as { keyProtection: string; key: string };
    expect(stored.keyProtection).toBe('os');
    expect(text).not.toContain('PRIVATE KEY');
    const sealed = Buffer.from(stored.key, 'base64').toString('latin1');
    for (const line of keyLines(pairing.keyPem)) {
      expect(text).not.toContain(line);
      expect(sealed).not.toContain(line);
    }
    expect(statSync(pairingPath(dir)).mode & 0o777).toBe(0o600);
    expect(readPairing(dir, box)).toEqual(pairing);
  });

  it('a file sealed on another account (another OS key) does not open; the PC starts unpaired', () => {
    const dir = makeTempDir('kesher-pc-');
    writePairing(dir, pairing, osSecretBox(createFakeSafeStorage(true))!);
    const unavailable = createFakeSafeStorage(true);
    unavailable.available = false;
    // The OS offers no protection any more: the shell falls back, and the sealed key cannot be read.
    expect(osSecretBox(unavailable)).toBeNull();
    expect(() => readPairing(dir)).toThrow();
    expect(new LanClient({ dataDir: dir }).paired).toBe(false);
  });

  it('a pairing written before the OS offered protection still opens', () => {
    const dir = makeTempDir('kesher-pc-');
    writePairing(dir, pairing);
    expect(readPairing(dir, osSecretBox(createFakeSafeStorage(true))!)).toEqual(pairing);
  });
});

describe('safeStorage unavailable', () => {
  it('falls back to the owner-only file and says so in the file', () => {
    expect(osSecretBox(createFakeSafeStorage(false))).toBeNull();
    expect(osSecretBox(undefined)).toBeNull();
    const throwing = {
      ...createFakeSafeStorage(true),
      isEncryptionAvailable: () => {
        throw new Error('not ready');
      },
    };
    expect(osSecretBox(throwing)).toBeNull();
    const dir = makeTempDir('kesher-pc-');
    writePairing(dir, pairing);
    const stored = JSON.parse(readFileSync(path.join(dir, 'pairing.json'), 'utf8')) as { keyProtection: string };
    expect(stored.keyProtection).toBe('none');
    expect(readPairing(dir)).toEqual(pairing);
  });
});
