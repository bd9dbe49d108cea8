import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/main';
import { storeFiles } from '../../electron/services/store/paths';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { fileSignInJournal } from '../../electron/services/store/sign-in-journal';
import { FakeClock, snapshotFiles } from '../fixtures/centre';
import { tempDir } from '../fixtures/temp-dir';

const ADMIN = { username: 'rina', password: 'הרכזת-של-המרכז-2026' };

function io(env: Record<string, string>) {
  const err: string[] = [];
  const value: CliIo = { env, out: () => undefined, err: (l) => err.push(l) };
  return { io: value, err };
}

async function initStore(): Promise<string> {
  const store = path.join(tempDir('kesher-cli-journal-'), 'store');
  const init = io({ KESHER_PASSWORD: ADMIN.password });
  const argv = ['init', '--store', store, '--centre-code', 'KFS', '--centre-name', 'כפר סבא', '--admin', 'rina'];
  expect(await runCli(argv, init.io)).toBe(0);
  return store;
}

const auditVerify = (store: string, password: string) =>
  runCli(['audit', 'verify', '--store', store], io({ KESHER_USER: ADMIN.username, KESHER_PASSWORD: password }).io);

function failuresInAudit(store: string) {
  const runtime = new StoreRuntime(store);
  return runtime.signIn(ADMIN.username, ADMIN.password).then(
    (session) => {
      const rows = runtime
        .sqlite()
        .prepare(
          "SELECT actor_id AS actorId, entity, entity_id AS entityId, outcome FROM audit_log WHERE action = 'sign_in_failed'",
        )
        .all();
      runtime.close();
      return { rows, adminId: session.userId };
    },
    (error: unknown) => {
      runtime.close();
      throw error;
    },
  );
}

describe('failed command-line sign-ins', () => {
  it('are kept beside the store, owner-only and without the username, and audited at the next successful open', async () => {
    const store = await initStore();
    const journal = storeFiles(store).signInJournal;
    const before = snapshotFiles(store);

    expect(await auditVerify(store, 'wrong-password-one')).toBe(1);
    expect(await auditVerify(store, 'wrong-password-two')).toBe(1);
    expect(snapshotFiles(store)).toEqual(before);
    expect(path.dirname(journal)).toBe(path.dirname(store));
    const text = readFileSync(journal, 'utf8');
    expect(text).not.toMatch(/rina|wrong-password/);
    expect(JSON.parse(text).failures).toHaveLength(2);
    if (process.platform !== 'win32') expect(statSync(journal).mode & 0o777).toBe(0o600);

    expect(await auditVerify(store, ADMIN.password)).toBe(0);
    expect(existsSync(journal)).toBe(false);
    const { rows, adminId } = await failuresInAudit(store);
    expect(rows).toEqual([
      { actorId: null, entity: 'staff', entityId: String(adminId), outcome: 'failure_cli' },
      { actorId: null, entity: 'staff', entityId: String(adminId), outcome: 'failure_cli' },
    ]);
  });

  it('are throttled from one run to the next', async () => {
    const store = await initStore();
    const journal = fileSignInJournal(storeFiles(store).signInJournal);
    const clock = new FakeClock();
    /** One command-line run: a fresh runtime that reads the journal, tries once, and ends. */
    const run = async (password: string) => {
      const runtime = new StoreRuntime(store, clock.now, { signInJournal: journal });
      try {
        await runtime.signIn(ADMIN.username, password);
        return 'ok';
      } catch (error) {
        return (error as Error).message;
      } finally {
        runtime.close();
      }
    };

    for (let i = 0; i < 4; i += 1) expect(await run(`wrong-password-${i}`)).toBe('errors.auth.wrong_credentials');
    expect(await run(ADMIN.password)).toBe('errors.auth.throttled');
    clock.advance(60_000);
    expect(await run(ADMIN.password)).toBe('ok');
    expect(journal.load()).toEqual({ throttle: {}, failures: [] });
  });

  it('keep a blank username as one more account without a name', async () => {
    const store = await initStore();
    const journal = fileSignInJournal(storeFiles(store).signInJournal);
    const runtime = new StoreRuntime(store, undefined, { signInJournal: journal });
    await expect(runtime.signIn('   ', 'any-password-at-all')).rejects.toThrow('errors.auth.wrong_credentials');
    runtime.close();
    expect(journal.load()).toMatchObject({ throttle: { '': { failures: 1 } }, failures: [{ account: null }] });
  });

  it('read a damaged journal as empty rather than locking everyone out', async () => {
    const store = await initStore();
    writeFileSync(storeFiles(store).signInJournal, '{"format":"something else"');
    expect(await auditVerify(store, ADMIN.password)).toBe(0);
  });
});
