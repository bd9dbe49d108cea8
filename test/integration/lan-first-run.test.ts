import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createTestCentre, FakeClock, withStaff, STAFF_PASSWORD, type TestApp } from '../fixtures/centre';
import { makeTempDir } from '../fixtures/temp-dir';
import { startLanHost, type RunningLanHost } from '../../electron/server/lan-host';
import { startHttpTransport, type HttpTransport } from '../../electron/api/transports/http';
import { composePcApp } from '../../electron/server/pc-mode';
import { StoreRuntime } from '../../electron/services/store/runtime';

/**
 * `npm start` / `kesher serve` on a PC whose data folder has no store (issue 14, item 6): the
 * same composition as serve.ts and Electron's main process. Its first screen (the set-up
 * wizard) offers both creating the centre's store and connecting to the centre PC, which it
 * does when `lan.clientStatus` answers `standalone`. Loopback only: host 127.0.0.8, PC 127.0.0.9.
 */
const HOST = '127.0.0.8';
const PC = '127.0.0.9';

let t: TestApp;
let host: RunningLanHost;
let port: number;
const servers: HttpTransport[] = [];
const runtimes: StoreRuntime[] = [];

beforeAll(async () => {
  t = await createTestCentre();
  await withStaff(t, { nava: 'navigator' } as const);
  host = startLanHost({ app: t.app, host: HOST, enable: { port: 0 }, pollMs: 20 });
  await host.ready;
  port = (await host.lan.status()).port!;
});

afterAll(async () => {
  for (const server of servers) await server.close();
  for (const runtime of runtimes) runtime.close();
  await host.close();
});

type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

/** What `kesher serve --store DIR` starts, reached as its page reaches it. */
async function servePc(storeDir: string) {
  const runtime = new StoreRuntime(storeDir, new FakeClock().now);
  runtimes.push(runtime);
  runtime.claim();
  const pc = composePcApp({ version: '0.0.0-test', runtime, dataDir: storeDir, localAddress: PC });
  // The renderer is not needed here: the API, exactly as `serve` passes it to browser mode.
  const api = await startHttpTransport({
    context: { app: pc.app },
    dispatcher: pc.dispatcher,
    handOver: pc.handOver,
    token: 'c'.repeat(43),
  });
  servers.push(api);
  const call = async (method: string, input: unknown = {}): Promise<Answer> => {
    const response = await fetch(`${api.origin}/api/${method}`, {
      method: 'POST',
      headers: {
        'x-kesher-token': 'c'.repeat(43),
        'x-kesher-client': 'window-secret-of-new-pc-0001',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Answer;
  };
  return { pc, call };
}

describe('a PC started without a store', () => {
  it('offers both: set-up sees no store, and the PC may connect; connected, it works on the centre PC', async () => {
    const storeDir = path.join(makeTempDir('kesher-pc-'), 'store');
    const { pc, call } = await servePc(storeDir);
    expect(pc.lanClient).not.toBeNull();
    expect((await call('auth.status')).value).toMatchObject({ store: 'needs_setup' });
    expect((await call('lan.clientStatus')).value).toMatchObject({ mode: 'standalone' });

    const { code } = await t.must('lan.startPairing', {});
    expect((await call('lan.connect', { host: HOST, port, code, deviceName: 'Reception' })).ok).toBe(true);
    // Now the centre PC answers: its store is ready and its staff sign in here.
    expect((await call('auth.status')).value).toMatchObject({ store: 'ready' });
    expect((await call('auth.signIn', { username: 'nava', password: STAFF_PASSWORD })).ok).toBe(true);
    expect((await call('participants.list', {})).ok).toBe(true);
    // Set-up cannot make a second store through a connected PC.
    const second = await call('setup.init', { centreCode: 'XX', centreName: 'שני', admin: ADMIN });
    expect(second.ok).toBe(false);
    expect(readdirSync(storeDir).filter((f) => !f.endsWith('.lock'))).toEqual(['pairing.json']);
    pc.lanClient?.close();
  });

  it('or creates the centre’s store as on first run, after which it can no longer join a centre PC', async () => {
    const storeDir = path.join(makeTempDir('kesher-pc-'), 'store');
    const { pc, call } = await servePc(storeDir);
    const created = await call('setup.init', { centreCode: 'HFA', centreName: 'מרכז חיפה', admin: ADMIN });
    expect(created.ok).toBe(true);
    expect(await call('lan.clientStatus')).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'errors.lan.not_a_client' },
    });
    const { code } = await t.must('lan.startPairing', {});
    expect((await call('lan.connect', { host: HOST, port, code, deviceName: 'Haifa' })).ok).toBe(false);
    expect((await call('auth.signIn', { username: ADMIN.username, password: ADMIN.password })).ok).toBe(true);
    pc.lanClient?.close();
  });

  it('a PC with its own store starts as before: nothing to join', async () => {
    const restarted = new StoreRuntime(t.dir);
    runtimes.push(restarted);
    const pc = composePcApp({ version: '0', runtime: restarted, dataDir: t.dir });
    expect(pc.lanClient).toBeNull();
    expect(pc.app.lanClient).toBeUndefined();
  });
});
