import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKeyring,
  generateDbKey,
  generateRecoveryKey,
  type Keyring,
} from '../../../electron/services/auth/keyring';
import {
  keyringSchema,
  parseKeyring,
  readKeyring,
  serialiseKeyring,
  writeKeyringAtomic,
} from '../../../electron/services/auth/keyring-file';
import { KeyringError } from '../../../electron/services/auth/keyring-error';

/** The refusal a damaged keyring gets: its code and which check caught it. */
function refusal(run: () => unknown): { code: string; detail: string | undefined } | 'accepted' {
  try {
    run();
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(KeyringError);
    return { code: (error as KeyringError).code, detail: (error as KeyringError).detail };
  }
}

const b64 = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');
const issues = (value: unknown) => {
  const parsed = keyringSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.code}: ${issue.message}`);
};

describe('the keyring file at its edges (mutation testing)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kesher-keyring-edges-'));
  let keyring: Keyring;

  beforeAll(async () => {
    keyring = await createKeyring({
      dbKey: generateDbKey(),
      username: 'tamar',
      password: 'long enough passphrase',
      recoveryKey: generateRecoveryKey(),
      kdf: { memoryKiB: 65_536, iterations: 1, parallelism: 1 },
    });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const passwordWrap = () => keyring.wraps.find((w) => w.kind === 'password')!;
  const recoveryWrap = () => keyring.wraps.find((w) => w.kind === 'recovery')!;

  it('names the check that refused: JSON that does not parse, or a shape that is not a keyring', () => {
    expect(refusal(() => parseKeyring('{not json'))).toEqual({ code: 'keyring_damaged', detail: 'json' });
    expect(refusal(() => parseKeyring('{}'))).toEqual({ code: 'keyring_damaged', detail: 'shape' });
    expect(refusal(() => parseKeyring(JSON.stringify(keyring)))).toBe('accepted');
  });

  it('accepts distinct password lookups beside one recovery wrap, and refuses a repeated lookup or a second recovery wrap', () => {
    const second = { ...passwordWrap(), lookup: 'b'.repeat(64) };
    expect(issues({ ...keyring, wraps: [...keyring.wraps, second] })).toEqual([]);
    expect(issues({ ...keyring, wraps: [...keyring.wraps, passwordWrap()] })).toEqual(['custom: duplicate lookup']);
    expect(issues({ ...keyring, wraps: [...keyring.wraps, recoveryWrap()] })).toEqual([
      'custom: more than one recovery wrap',
    ]);
    expect(issues({ ...keyring, wraps: [second] })).toEqual([]);
    expect(issues({ ...keyring, wraps: [] })).toEqual([]);
  });

  it('checks the decoded length of every base64 field, to the byte', () => {
    const wrap = passwordWrap();
    expect(issues({ ...keyring, lookupSalt: b64(31) })).toEqual(['custom: expected 32 bytes']);
    expect(issues({ ...keyring, lookupSalt: b64(33) })).toEqual(['custom: expected 32 bytes']);
    expect(issues({ ...keyring, wraps: [{ ...wrap, nonce: b64(11) }] })).toEqual(['custom: expected 12 bytes']);
    expect(issues({ ...keyring, wraps: [{ ...wrap, ciphertext: b64(47) }] })).toEqual(['custom: expected 48 bytes']);
    expect(issues({ ...keyring, wraps: [{ ...wrap, ciphertext: b64(48) }] })).toEqual([]);
  });

  it('refuses a lookup that is not 64 lower-case hex digits, and a field it does not know', () => {
    const wrap = passwordWrap();
    expect(issues({ ...keyring, wraps: [{ ...wrap, lookup: 'A'.repeat(64) }] })).not.toEqual([]);
    expect(issues({ ...keyring, wraps: [{ ...wrap, lookup: 'a'.repeat(63) }] })).not.toEqual([]);
    expect(issues({ ...keyring, wraps: [{ ...wrap, lookup: `${'a'.repeat(64)}0` }] })).not.toEqual([]);
    expect(issues({ ...keyring, extra: 1 })).not.toEqual([]);
  });

  it('reports a folder where the file should be as the file system says, not as a damaged keyring', () => {
    let thrown: unknown;
    try {
      readKeyring(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).not.toBeInstanceOf(KeyringError);
    expect((thrown as NodeJS.ErrnoException).code).toBe('EISDIR');
    expect(refusal(() => readKeyring(path.join(dir, 'absent.json')))).toEqual({
      code: 'keyring_missing',
      detail: undefined,
    });
  });

  it('writes two-space JSON ending in a newline, the same text it serialises, and refuses an invalid keyring', () => {
    const file = path.join(dir, 'keyring.json');
    writeKeyringAtomic(file, keyring);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(serialiseKeyring(keyring));
    expect(text).toBe(`${JSON.stringify(keyring, null, 2)}\n`);
    expect(readKeyring(file)).toEqual(keyring);
    expect(() => serialiseKeyring({ ...keyring, version: 2 } as unknown as Keyring)).toThrow();
  });
});
