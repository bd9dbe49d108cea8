import { copyFileSync, cpSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { english, type CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/main';
import { readKeyring, unwrapWithPassword } from '../../electron/services/auth/keyring';
import { acquireStoreLock } from '../../electron/services/store/lock-file';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { openDatabase } from '../../db/open';
import { snapshotFiles } from '../fixtures/centre';
import { makeTempDir } from '../fixtures/temp-dir';

const PASSWORD = 'הרכזת-של-המרכז-2026';
const COACH_PASSWORD = 'מאמנת-תעסוקה-זמנית-1';
const asAdmin = { KESHER_USER: 'rina', KESHER_PASSWORD: PASSWORD };

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { env: { ...env }, out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io: value, out, err };
}

async function newStore(root: string, name: string): Promise<string> {
  const store = path.join(root, name);
  const init = io({ KESHER_PASSWORD: PASSWORD });
  expect(
    await runCli(
      ['init', '--store', store, '--centre-code', 'KFS', '--centre-name', 'כפר סבא', '--admin', 'rina'],
      init.io,
    ),
  ).toBe(0);
  return store;
}

let root: string;
let base: string;
let other: string;

beforeAll(async () => {
  root = makeTempDir('kesher-verify-');
  base = await newStore(root, 'base');
  const add = io({ ...asAdmin, KESHER_NEW_PASSWORD: COACH_PASSWORD });
  expect(await runCli(['user', 'add', '--store', base, '--username', 'noa', '--role', 'coach'], add.io)).toBe(0);
  other = await newStore(root, 'other');
}, 60_000);

let copies = 0;
function copyOfBase(): string {
  copies += 1;
  const dir = path.join(root, `copy-${copies}`);
  cpSync(base, dir, { recursive: true });
  return dir;
}

async function dbKeyOf(store: string): Promise<Buffer> {
  return unwrapWithPassword(readKeyring(path.join(store, 'keyring.json')), 'rina', PASSWORD);
}

function flipByte(file: string, offset: number): void {
  const bytes = readFileSync(file);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
  writeFileSync(file, bytes);
}

const PAGE = 4096;

/** A store folder as a crash leaves it: database, WAL and SHM copied while the app had it open. */
async function crashCopy(keepWal: boolean): Promise<string> {
  const live = copyOfBase();
  const runtime = new StoreRuntime(live);
  await runtime.signIn('rina', PASSWORD);
  runtime.audit({ action: 'record_viewed', entity: 'participant', entityId: 1 });
  const dir = path.join(root, `crash-${copies}`);
  cpSync(live, dir, { recursive: true });
  runtime.close();
  rmSync(path.join(dir, 'store.lock'), { force: true });
  if (!keepWal) rmSync(path.join(dir, 'kesher.db-wal'));
  return dir;
}

interface Case {
  name: string;
  make: () => Promise<string> | string;
  env?: Record<string, string>;
  exit: number;
  /** The i18n key of the sentence the run must print. */
  /** The sentence printed; a list when which one depends on where the damage falls in the file. */
  says: string | readonly string[];
}

const cases: Case[] = [
  { name: 'a healthy store', make: copyOfBase, exit: 0, says: 'errors.verify.not_recorded' },
  {
    name: 'a truncated database file',
    make: () => {
      const dir = copyOfBase();
      const db = path.join(dir, 'kesher.db');
      truncateSync(db, Math.floor(statSync(db).size / PAGE / 2) * PAGE);
      return dir;
    },
    exit: 1,
    says: 'errors.store.database_damaged',
  },
  {
    name: 'a database cut mid-page',
    make: () => {
      const dir = copyOfBase();
      const db = path.join(dir, 'kesher.db');
      truncateSync(db, statSync(db).size - 1000);
      return dir;
    },
    exit: 1,
    // Whether the lost page is one opening reads (the schema) or one only the integrity check
    // reads depends on how the store's pages happen to be laid out: both sentences are specific.
    says: ['errors.verify.database_damaged', 'errors.store.database_damaged'],
  },
  {
    name: 'an empty database file',
    make: () => {
      const dir = copyOfBase();
      truncateSync(path.join(dir, 'kesher.db'), 0);
      return dir;
    },
    exit: 1,
    says: 'errors.store.database_damaged',
  },
  {
    name: 'flipped bytes in a page in the middle',
    make: () => {
      const dir = copyOfBase();
      const db = path.join(dir, 'kesher.db');
      flipByte(db, Math.floor(statSync(db).size / PAGE / 2) * PAGE + 200);
      return dir;
    },
    exit: 1,
    says: 'errors.verify.database_damaged',
  },
  {
    name: 'flipped bytes in the first page',
    make: () => {
      const dir = copyOfBase();
      flipByte(path.join(dir, 'kesher.db'), 300);
      return dir;
    },
    exit: 1,
    says: 'errors.store.database_key_refused',
  },
  {
    name: 'a missing database file',
    make: () => {
      const dir = copyOfBase();
      rmSync(path.join(dir, 'kesher.db'));
      return dir;
    },
    exit: 1,
    says: 'errors.store.database_missing',
  },
  {
    name: 'a missing keyring',
    make: () => {
      const dir = copyOfBase();
      rmSync(path.join(dir, 'keyring.json'));
      return dir;
    },
    exit: 1,
    says: 'errors.keyring.keyring_missing',
  },
  {
    name: 'a damaged keyring',
    make: () => {
      const dir = copyOfBase();
      const file = path.join(dir, 'keyring.json');
      writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200));
      return dir;
    },
    exit: 1,
    says: 'errors.keyring.keyring_damaged',
  },
  {
    name: 'a keyring without its recovery wrap',
    make: () => {
      const dir = copyOfBase();
      const file = path.join(dir, 'keyring.json');
      const keyring = JSON.parse(readFileSync(file, 'utf8')) as { wraps: { kind: string }[] };
      keyring.wraps = keyring.wraps.filter((w) => w.kind !== 'recovery');
      writeFileSync(file, JSON.stringify(keyring));
      return dir;
    },
    exit: 1,
    says: 'errors.verify.recovery_missing',
  },
  {
    name: "another store's keyring (the wrong key for this database)",
    make: () => {
      const dir = copyOfBase();
      copyFileSync(path.join(other, 'keyring.json'), path.join(dir, 'keyring.json'));
      return dir;
    },
    exit: 1,
    says: 'errors.store.database_key_refused',
  },
  {
    name: 'a wrong password',
    make: copyOfBase,
    env: { KESHER_USER: 'rina', KESHER_PASSWORD: 'לא-הסיסמה-הנכונה-1' },
    exit: 1,
    says: 'errors.keyring.wrong_password',
  },
  {
    name: 'an account that may not verify (a coach)',
    make: copyOfBase,
    env: { KESHER_USER: 'noa', KESHER_PASSWORD: COACH_PASSWORD },
    exit: 1,
    says: 'errors.forbidden',
  },
  {
    name: 'a tampered audit row',
    make: async () => {
      const dir = copyOfBase();
      const opened = openDatabase(path.join(dir, 'kesher.db'), await dbKeyOf(dir));
      // What an attacker with the key would do: lift the append-only triggers, then edit.
      opened.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
      opened.sqlite.prepare("UPDATE audit_log SET outcome = 'tampered' WHERE seq = 2").run();
      opened.close();
      return dir;
    },
    exit: 1,
    says: 'errors.verify.audit_broken',
  },
  {
    name: 'a crash copy with its WAL and SHM',
    make: () => crashCopy(true),
    exit: 0,
    says: 'errors.verify.not_recorded',
  },
  {
    name: 'a crash copy with a missing WAL and a dangling SHM',
    make: () => crashCopy(false),
    exit: 0,
    says: 'errors.verify.not_recorded',
  },
  {
    name: 'a store another running copy of Kesher holds',
    make: () => {
      const dir = copyOfBase();
      acquireStoreLock(dir);
      return dir;
    },
    exit: 1,
    says: 'errors.store.store_in_use',
  },
];

describe('kesher verify changes nothing', () => {
  it.each(cases)('$name: every file byte for byte the same, and a specific sentence', async (c) => {
    const dir = await c.make();
    const before = snapshotFiles(dir);
    const run = io(c.env ?? asAdmin);
    const exit = await runCli(['verify', '--store', dir], run.io);
    expect(snapshotFiles(dir)).toEqual(before);
    const printed = [...run.out, ...run.err].join('\n');
    const sentences = (typeof c.says === 'string' ? [c.says] : c.says).map((key) => {
      expect(english(key)).not.toBe(key);
      return english(key);
    });
    expect(
      sentences.some((sentence) => printed.includes(sentence)),
      printed,
    ).toBe(true);
    expect(printed).not.toMatch(/unexpected|internal/i);
    expect(exit).toBe(c.exit);
  });

  it('notes a healthy check in the audit log only with --record, without signing anyone in', async () => {
    const dir = copyOfBase();
    const staffBefore = await lastSignIns(dir);
    const run = io(asAdmin);
    expect(await runCli(['verify', '--store', dir, '--record'], run.io)).toBe(0);
    expect(run.out.join('\n')).toContain(english('errors.verify.recorded'));
    expect(await lastSignIns(dir)).toEqual(staffBefore);
    const actions = await auditActions(dir);
    expect(actions.at(-1)).toBe('store_verified');
    expect(actions.filter((a) => a === 'store_verified')).toHaveLength(1);

    const again = io(asAdmin);
    expect(await runCli(['audit', 'verify', '--store', dir], again.io)).toBe(0);
  });

  it('does not record a damaged store even when asked', async () => {
    const dir = (cases.find((c) => c.name === 'a tampered audit row') as Case).make;
    const store = await dir();
    const before = snapshotFiles(store);
    expect(await runCli(['verify', '--store', store, '--record'], io(asAdmin).io)).toBe(1);
    expect(snapshotFiles(store)).toEqual(before);
  });
});

async function lastSignIns(dir: string): Promise<unknown[]> {
  const opened = openDatabase(path.join(dir, 'kesher.db'), await dbKeyOf(dir), { readonly: true });
  try {
    return opened.sqlite.prepare('SELECT last_sign_in_at FROM staff ORDER BY id').all();
  } finally {
    opened.close();
  }
}

async function auditActions(dir: string): Promise<string[]> {
  const opened = openDatabase(path.join(dir, 'kesher.db'), await dbKeyOf(dir), { readonly: true });
  try {
    return (opened.sqlite.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map(
      (r) => r.action,
    );
  } finally {
    opened.close();
  }
}
