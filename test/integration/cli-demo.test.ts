import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/main';
import { DEMO_PASSWORD, DEMO_USERS } from '../../electron/services/demo/demo-data';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { snapshotFiles } from '../fixtures/centre';
import { makeTempDir } from '../fixtures/temp-dir';

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { env: { ...env }, out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io: value, out, err };
}

async function participantCount(store: string): Promise<number> {
  const runtime = new StoreRuntime(store);
  try {
    await runtime.signIn('demo-coordinator', DEMO_PASSWORD);
    return (runtime.sqlite().prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n;
  } finally {
    runtime.close();
  }
}

describe('kesher demo', () => {
  it('creates a demo store in an empty folder and prints the accounts and their password', async () => {
    const store = path.join(makeTempDir('kesher-cli-demo-'), 'store');
    const run = io();
    expect(await runCli(['demo', '--store', store, '--participants', '40', '--seed', '3'], run.io)).toBe(0);
    const printed = run.out.join('\n');
    expect(printed).toContain(store);
    expect(printed).toContain(DEMO_PASSWORD);
    for (const user of DEMO_USERS) expect(printed).toContain(user.username);
    expect(await participantCount(store)).toBe(40);
  }, 60_000);

  it('adds more participants when the folder already holds a demo store', async () => {
    const store = path.join(makeTempDir('kesher-cli-demo-'), 'store');
    expect(await runCli(['demo', '--store', store, '--participants', '25'], io().io)).toBe(0);
    const again = io();
    expect(await runCli(['demo', '--store', store, '--participants', '15'], again.io)).toBe(0);
    expect(again.out.join('\n')).toContain('40 invented participants');
    expect(await participantCount(store)).toBe(40);
  }, 60_000);

  it('refuses a real store and leaves every file as it was', async () => {
    const store = path.join(makeTempDir('kesher-cli-demo-'), 'store');
    const init = io({ KESHER_PASSWORD: 'הרכזת-של-המרכז-2026' });
    const args = ['init', '--store', store, '--centre-code', 'KFS', '--centre-name', 'כפר סבא', '--admin', 'rina'];
    expect(await runCli(args, init.io)).toBe(0);
    const before = snapshotFiles(store);
    const run = io();
    expect(await runCli(['demo', '--store', store, '--participants', '10'], run.io)).toBe(1);
    expect(run.err).toHaveLength(1);
    expect(snapshotFiles(store)).toEqual(before);
  }, 60_000);

  it('reports a participant count or seed that is not a whole number in range as a usage error', async () => {
    const store = path.join(makeTempDir('kesher-cli-demo-'), 'store');
    for (const bad of [
      ['--participants', '0'],
      ['--participants', '1e3'],
      ['--participants', '999999'],
      ['--seed', '-1'],
    ]) {
      const run = io();
      expect(await runCli(['demo', '--store', store, ...bad], run.io), bad.join(' ')).toBe(2);
    }
    expect(snapshotFiles(store)).toEqual({});
  });
});
