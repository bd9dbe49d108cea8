import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { CliIo } from '../../electron/cli/io';
import { makeTempDir } from '../fixtures/temp-dir';
import { unzipEntries } from '../fixtures/crf1/unzip';

const PASSWORD = 'הרכזת-של-המרכז-2026';
const asAdmin = { KESHER_USER: 'rina', KESHER_PASSWORD: PASSWORD };
const KEY = 'fedcba9876543210'.repeat(4);

function io(env: Record<string, string> = asAdmin) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { env: { ...env }, out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io: value, out, err };
}

async function run(args: string[], env?: Record<string, string>) {
  const r = io(env);
  const code = await runCli(args, r.io);
  return { code, out: r.out, err: r.err };
}

describe('kesher programme-key, central-recipient and export', () => {
  it('stores the key from a file, refuses to export until its ID is confirmed, then writes only the .age file', async () => {
    const root = makeTempDir('kesher-export-cli-');
    const store = path.join(root, 'store');
    const init = await run(
      ['init', '--store', store, '--centre-code', 'KFS', '--centre-name', 'כפר סבא', '--admin', 'rina'],
      { KESHER_PASSWORD: PASSWORD },
    );
    expect(init.code).toBe(0);

    const badKey = path.join(root, 'bad.key');
    writeFileSync(badKey, 'not a key\n');
    const refused = await run(['programme-key', 'set', '--store', store, '--key-file', badKey]);
    expect(refused).toMatchObject({ code: 1, err: [expect.stringContaining('64 hexadecimal characters')] });

    const keyFile = path.join(root, 'programme.key');
    writeFileSync(keyFile, `${KEY}\n`);
    const set = await run(['programme-key', 'set', '--store', store, '--key-file', keyFile]);
    const keyId = createHash('sha256').update(Buffer.from(KEY, 'hex')).digest('hex').slice(0, 8);
    expect(set.code).toBe(0);
    expect(set.out[0]).toBe(`Programme key stored. Key ID: ${keyId}`);

    const out = path.join(root, 'out');
    const early = await run(['export', '--store', store, '--period', '2026-10', '--out', out]);
    expect(early).toMatchObject({ code: 1, err: [expect.stringContaining('confirmed')] });
    expect((await run(['programme-key', 'confirm', '--store', store, '--key-id', '12345678'])).code).toBe(1);
    expect((await run(['programme-key', 'confirm', '--store', store, '--key-id', keyId])).code).toBe(0);

    expect((await run(['central-recipient', 'set', '--store', store, '--recipient', 'age1xyz'])).code).toBe(1);
    const identityFile = path.join(root, 'identity.txt');
    execFileSync('age-keygen', ['-o', identityFile], { stdio: 'ignore' });
    const recipient = execFileSync('age-keygen', ['-y', identityFile]).toString('utf8').trim();
    expect((await run(['central-recipient', 'set', '--store', store, '--recipient', recipient])).code).toBe(0);

    const both = await run([
      'export',
      '--store',
      store,
      '--period',
      '2026-10',
      '--period-end',
      '2026-10-15',
      '--out',
      out,
    ]);
    expect(both.code).toBe(2);
    const done = await run(['export', '--store', store, '--period-end', '2026-10-15', '--out', out]);
    expect(done.code).toBe(0);
    expect(readdirSync(out)).toEqual(['crf1_KFS_2026-10-15.zip.age']);
    // The store keeps its own copy, encrypted too: no plain ZIP anywhere.
    expect(readdirSync(path.join(store, 'exports', '1'))).toEqual(['crf1_KFS_2026-10-15.zip.age']);
    const plain = execFileSync('age', ['-d', '-i', identityFile, path.join(out, 'crf1_KFS_2026-10-15.zip.age')]);
    const manifest = JSON.parse((await unzipEntries(plain)).get('manifest.json')!.toString('utf8'));
    expect(manifest).toMatchObject({
      centre: { code: 'KFS', name: 'כפר סבא' },
      period: { start: '2026-10-01', end: '2026-10-15' },
      sequence: 1,
      pseudonymisation: { keyId },
    });
    expect(done.out[1]).toContain(createHash('sha256').update(plain).digest('hex'));
    expect(readFileSync(path.join(out, 'crf1_KFS_2026-10-15.zip.age')).subarray(0, 21).toString()).toBe(
      'age-encryption.org/v1',
    );
  }, 60_000);
});
