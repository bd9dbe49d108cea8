import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { CliIo } from '../../electron/cli/io';
import { snapshotFiles } from '../fixtures/centre';
import { makeTempDir } from '../fixtures/temp-dir';

const ADMIN_PASSWORD = 'הרכזת-של-המרכז-2026';

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { env: { ...env }, out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io: value, out, err };
}

async function initStore() {
  const root = makeTempDir('kesher-cli-');
  const store = path.join(root, 'store');
  const run = io({ KESHER_PASSWORD: ADMIN_PASSWORD });
  const code = await runCli(
    ['init', '--store', store, '--centre-code', 'KFS', '--centre-name', 'כפר סבא', '--admin', 'rina'],
    run.io,
  );
  expect(code).toBe(0);
  expect(run.out).toHaveLength(1);
  return { root, store, recoveryKey: run.out[0] as string };
}

const asAdmin = { KESHER_USER: 'rina', KESHER_PASSWORD: ADMIN_PASSWORD };

describe('kesher CLI', () => {
  it('prints usage and exits 2 without a command, and for an unknown one', async () => {
    const none = io();
    expect(await runCli([], none.io)).toBe(2);
    expect(none.out.join('\n')).toContain('init --store DIR');
    const unknown = io();
    expect(await runCli(['launch'], unknown.io)).toBe(2);
    expect(unknown.err).toHaveLength(1);
  });

  it('init prints only the recovery key and refuses a second init', async () => {
    const { store, recoveryKey } = await initStore();
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
    expect(readdirSync(store).sort()).toEqual(['kesher.db', 'keyring.json']);
    const again = io({ KESHER_PASSWORD: ADMIN_PASSWORD });
    expect(
      await runCli(
        ['init', '--store', store, '--centre-code', 'KFS', '--centre-name', 'x', '--admin', 'rina'],
        again.io,
      ),
    ).toBe(1);
    expect(again.err).toHaveLength(1);
  });

  it('init reports usage errors with exit 2 and a missing password with exit 2', async () => {
    const badCode = io({ KESHER_PASSWORD: ADMIN_PASSWORD });
    expect(
      await runCli(
        ['init', '--store', makeTempDir(), '--centre-code', 'kfs!', '--centre-name', 'x', '--admin', 'rina'],
        badCode.io,
      ),
    ).toBe(2);
    const noPassword = io();
    expect(
      await runCli(
        ['init', '--store', makeTempDir(), '--centre-code', 'KFS', '--centre-name', 'x', '--admin', 'rina'],
        noPassword.io,
      ),
    ).toBe(2);
    expect(noPassword.err[0]).toContain('KESHER_PASSWORD');
  });

  it('adds a user as the coordinator, and refuses a wrong password with exit 1 leaving files unchanged', async () => {
    const { store } = await initStore();
    const add = io({ ...asAdmin, KESHER_NEW_PASSWORD: 'זמני-למקדם-2026' });
    expect(await runCli(['user', 'add', '--store', store, '--username', 'avi', '--role', 'coach'], add.io)).toBe(0);
    expect(add.out[0]).toContain('S02');

    const before = snapshotFiles(store);
    const wrong = io({
      KESHER_USER: 'rina',
      KESHER_PASSWORD: 'wrong-password-x',
      KESHER_NEW_PASSWORD: 'זמני-למקדם-2027',
    });
    expect(await runCli(['user', 'add', '--store', store, '--username', 'eli', '--role', 'coach'], wrong.io)).toBe(1);
    expect(wrong.err).toHaveLength(1);
    expect(wrong.err[0]).toMatch(/^kesher: /);
    expect(wrong.err[0]).not.toContain('rina');
    expect(snapshotFiles(store)).toEqual(before);
  });

  it('verify and audit verify summarise a healthy store', async () => {
    const { store } = await initStore();
    const verify = io(asAdmin);
    expect(await runCli(['verify', '--store', store], verify.io)).toBe(0);
    expect(verify.out.join('\n')).toMatch(/database: ok[\s\S]*audit chain: ok[\s\S]*recovery wrap present/);
    const audit = io(asAdmin);
    expect(await runCli(['audit', 'verify', '--store', store], audit.io)).toBe(0);
    expect(audit.out[0]).toMatch(/Audit chain intact: \d+ entries\./);
  });

  it('backs up, restores into a new folder, and the restored store verifies', async () => {
    const { root, store } = await initStore();
    const out = path.join(root, 'backups');
    const backup = io(asAdmin);
    expect(await runCli(['backup', '--store', store, '--out', out], backup.io)).toBe(0);
    const [file] = readdirSync(out).filter((f) => f.endsWith('.kbak'));
    expect(file).toMatch(/^kesher-KFS-\d{8}-\d{6}\.kbak$/);
    expect(readFileSync(path.join(out, file as string)).includes(Buffer.from('SQLite format 3'))).toBe(false);

    const restored = path.join(root, 'restored');
    const restore = io();
    expect(await runCli(['restore', '--backup', path.join(out, file as string), '--store', restored], restore.io)).toBe(
      0,
    );
    const verify = io(asAdmin);
    expect(await runCli(['verify', '--store', restored], verify.io)).toBe(0);

    const refuse = io();
    expect(await runCli(['restore', '--backup', path.join(out, file as string), '--store', store], refuse.io)).toBe(1);
  });

  it('recovers an account with the recovery key after the keyring is lost', async () => {
    const { store, recoveryKey } = await initStore();
    rmSync(path.join(store, 'keyring.json'));
    const wrong = io({
      KESHER_RECOVERY_KEY: recoveryKey.replace(/^..../, 'ABCD'),
      KESHER_NEW_PASSWORD: 'חדשה-אחרי-שחזור-1',
    });
    const before = snapshotFiles(store);
    expect(await runCli(['recover', '--store', store, '--username', 'rina'], wrong.io)).toBe(1);
    expect(snapshotFiles(store)).toEqual(before);
    const recover = io({ KESHER_RECOVERY_KEY: recoveryKey, KESHER_NEW_PASSWORD: 'חדשה-אחרי-שחזור-1' });
    expect(await runCli(['recover', '--store', store, '--username', 'rina'], recover.io)).toBe(0);
    expect(existsSync(path.join(store, 'keyring.json'))).toBe(true);
    const verify = io({ KESHER_USER: 'rina', KESHER_PASSWORD: 'חדשה-אחרי-שחזור-1' });
    expect(await runCli(['verify', '--store', store], verify.io)).toBe(0);
  });
});
