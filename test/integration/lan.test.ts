import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createTestCentre, withStaff, STAFF_PASSWORD, type TestApp } from '../fixtures/centre';
import { makeTempDir } from '../fixtures/temp-dir';
import { startLanHost, type RunningLanHost } from '../../electron/server/lan-host';
import { LanClient } from '../../electron/services/lan/client';
import { readPairing, writePairing } from '../../electron/services/lan/client-pairing';
import { certificateFingerprint, generateIdentity } from '../../electron/services/lan/host-state';
import { pairWithHost } from '../../electron/services/lan/host-connection';
import { listAudit } from '../../db/repositories/audit';
import { startLanClientMode } from '../../electron/server/lan-client';
import { makeActiveCase } from '../fixtures/workshops';

/**
 * Host mode on the loopback range only: the centre PC listens on 127.0.0.2, the office PCs
 * connect from 127.0.0.3 and 127.0.0.4 (Linux routes all of 127.0.0.0/8 to loopback).
 * Nothing here leaves the machine and nothing multicasts.
 */
const HOST = '127.0.0.2';
const PC1 = '127.0.0.3';
const PC2 = '127.0.0.4';

let t: TestApp;
let host: RunningLanHost;
let port: number;
let staff: Awaited<ReturnType<typeof withStaff<{ nava: 'navigator'; kobi: 'coach' }>>>;

beforeAll(async () => {
  t = await createTestCentre();
  staff = await withStaff(t, { nava: 'navigator', kobi: 'coach' } as const);
  host = startLanHost({ app: t.app, host: HOST, enable: { port: 0 }, pollMs: 20 });
  await host.ready;
  port = (await host.lan.status()).port!;
});

afterAll(async () => {
  await host.close();
});

async function code(): Promise<string> {
  const result = await t.must('lan.startPairing', {});
  return result.code;
}

async function pairedClient(localAddress: string, name = 'Coaches room'): Promise<LanClient> {
  const client = new LanClient({ dataDir: path.join(makeTempDir('kesher-pc-'), 'data'), localAddress });
  await client.connect({ host: HOST, port, code: await code(), deviceName: name });
  return client;
}

/** A request body sent exactly as written, not as JSON of a value. */
class RawBody {
  constructor(readonly text: string) {}
}

function auditActions(): { action: string; entityId: string | null; outcome: string | null }[] {
  return listAudit(t.runtime.db(), { limit: 1000, offset: 0 }).rows;
}

/** Bytes a raw TLS peer gets back for one request; '' when the host closes without answering. */
function rawExchange(request: string, identity?: { certPem: string; keyPem: string }): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: HOST,
      port,
      localAddress: PC2,
      rejectUnauthorized: false,
      ...(identity ? { cert: identity.certPem, key: identity.keyPem } : {}),
    } as tls.ConnectionOptions);
    let received = '';
    socket.on('secureConnect', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('close', () => resolve(received));
    socket.on('error', () => undefined);
  });
}

describe('pairing', () => {
  it('pairs with the right code, pins the certificate shown on the host, and lists the device', async () => {
    const pairing = await t.must('lan.startPairing', {});
    expect(pairing.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const dir = path.join(makeTempDir('kesher-pc-'), 'data');
    const client = new LanClient({ dataDir: dir, localAddress: PC1 });
    const status = await client.connect({
      host: HOST,
      port,
      code: pairing.code.toLowerCase(),
      deviceName: 'Front desk',
      fingerprint: pairing.fingerprint,
    });
    expect(status).toMatchObject({ mode: 'client', fingerprint: pairing.fingerprint });
    expect(readPairing(dir)?.hostFingerprint).toBe(pairing.fingerprint);
    expect(statSync(path.join(dir, 'pairing.json')).mode & 0o777).toBe(0o600);
    const devices = await t.must('lan.devices', {});
    expect(devices.map((d) => d.name)).toContain('Front desk');
    expect((await client.forward('system.info', {}, 'pc1-window-1')).ok).toBe(true);
    const seen = (await t.must('lan.devices', {})).find((d) => d.name === 'Front desk');
    expect(seen?.lastSeenAt).not.toBeNull();
    expect(auditActions().some((e) => e.action === 'device_paired' && e.entityId === seen?.id)).toBe(true);
    client.close();
  });

  it('refuses a wrong code, an expired one and one already used, and audits each refusal', async () => {
    const good = await code();
    const wrong = good.startsWith('A') ? 'BBBB-BBBB' : 'AAAA-AAAA';
    const attempt = (c: string) =>
      pairWithHost({ host: HOST, port, code: c.replace('-', ''), deviceName: 'X', localAddress: PC2 });
    await expect(attempt(wrong)).rejects.toMatchObject({ messageKey: 'errors.lan.pairing_refused' });

    await attempt(good);
    await expect(attempt(good)).rejects.toMatchObject({ messageKey: 'errors.lan.pairing_refused' });

    const late = await code();
    t.clock.advance(10 * 60_000 + 1_000);
    await expect(attempt(late)).rejects.toMatchObject({ messageKey: 'errors.lan.pairing_refused' });
    // Ten minutes idle locked the host's own window too.
    await t.must('auth.unlock', { password: ADMIN.password });
    const outcomes = auditActions()
      .filter((e) => e.action === 'device_refused')
      .map((e) => e.outcome);
    expect(outcomes).toEqual(expect.arrayContaining(['wrong_code', 'no_code', 'expired']));
  });

  it('a client pinned to another certificate refuses to talk to the host', async () => {
    const dir = path.join(makeTempDir('kesher-pc-'), 'data');
    const client = new LanClient({ dataDir: dir, localAddress: PC1 });
    await client.connect({ host: HOST, port, code: await code(), deviceName: 'Pinned elsewhere' });
    client.close();
    const other = await generateIdentity('not the centre PC');
    const pairing = readPairing(dir)!;
    writePairing(dir, {
      ...pairing,
      hostCertPem: other.certPem,
      hostFingerprint: certificateFingerprint(other.certPem),
    });
    const repinned = new LanClient({ dataDir: dir, localAddress: PC1 });
    const result = await repinned.forward('system.info', {}, 'pc1-window-1');
    expect(result).toMatchObject({ ok: false, error: { message: 'errors.lan.pin_mismatch' } });
    repinned.close();
  });
});

describe('what an unpaired device gets', () => {
  it('nothing: no answer, no version, for a stranger with a certificate, without one, or speaking plain HTTP', async () => {
    const stranger = await generateIdentity('stranger');
    const call =
      'POST /api/system.info HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nx-kesher-client: abcdefgh12\r\n\r\n{}';
    expect(await rawExchange(call, stranger)).toBe('');
    expect(await rawExchange('GET / HTTP/1.1\r\nHost: x\r\n\r\n', stranger)).toBe('');
    expect(await rawExchange(call)).toBe('');
    const plain = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: HOST, port, localAddress: PC2 });
      let received = '';
      socket.on('connect', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      socket.on('close', () => resolve(received));
      socket.on('error', () => undefined);
    });
    expect(plain).not.toMatch(/HTTP|Kesher|0\.0\.0/);
    expect(auditActions().some((e) => e.action === 'device_refused' && e.outcome === 'unknown_device')).toBe(true);
  });
});

describe('devices at work', () => {
  it('revocation takes effect on the device’s next call', async () => {
    const client = await pairedClient(PC1, 'To revoke');
    expect((await client.forward('system.info', {}, 'pc1-window-1')).ok).toBe(true);
    const device = (await t.must('lan.devices', {})).find((d) => d.name === 'To revoke')!;
    await t.must('lan.revokeDevice', { deviceId: device.id });
    const after = await client.forward('system.info', {}, 'pc1-window-1');
    expect(after).toMatchObject({ ok: false, error: { message: 'errors.lan.device_revoked' } });
    const entries = auditActions();
    expect(entries.some((e) => e.action === 'device_revoked' && e.entityId === device.id)).toBe(true);
    expect(entries.some((e) => e.action === 'device_refused' && e.entityId === device.id)).toBe(true);
    client.close();
  });

  it('two PCs signed in as different roles see what their roles allow, at the same time; one lock leaves the other working', async () => {
    const pc1 = await pairedClient(PC1, 'Navigator PC');
    const pc2 = await pairedClient(PC2, 'Coach PC');
    const [a, b] = await Promise.all([
      pc1.forward('auth.signIn', { username: 'nava', password: STAFF_PASSWORD }, 'pc1-window-1'),
      pc2.forward('auth.signIn', { username: 'kobi', password: STAFF_PASSWORD }, 'pc2-window-1'),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    const [navScreening, coachScreening, navExit, coachExit] = await Promise.all([
      pc1.forward('calls.toMake', {}, 'pc1-window-1'),
      pc2.forward('calls.toMake', {}, 'pc2-window-1'),
      pc1.forward('exits.due', {}, 'pc1-window-1'),
      pc2.forward('exits.due', {}, 'pc2-window-1'),
    ]);
    expect(navScreening.ok).toBe(true);
    expect(coachScreening).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(navExit).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(coachExit.ok).toBe(true);
    // The host's own window is still the coordinator, untouched by either PC.
    expect((await t.call('staff.list', {})).ok).toBe(true);

    expect((await pc1.forward('auth.lock', { reason: 'manual' }, 'pc1-window-1')).ok).toBe(true);
    expect(await pc1.forward('participants.list', {}, 'pc1-window-1')).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect((await pc2.forward('participants.list', {}, 'pc2-window-1')).ok).toBe(true);
    // A second window on the same PC is its own client: not signed in.
    expect(await pc2.forward('participants.list', {}, 'pc2-window-2')).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    pc1.close();
    pc2.close();
  });

  it('the centre PC being unreachable is one clear sentence, and the client resumes when it is back', async () => {
    const client = await pairedClient(PC1, 'Will lose the host');
    await host.lan.setEnabled(false);
    const down = await client.forward('system.info', {}, 'pc1-window-1');
    expect(down).toMatchObject({
      ok: false,
      error: { code: 'store_unavailable', message: 'errors.lan.host_unreachable' },
    });
    expect(client.status().reachable).toBe(false);
    await host.lan.setEnabled(true, port);
    expect((await client.forward('system.info', {}, 'pc1-window-1')).ok).toBe(true);
    expect(client.status().reachable).toBe(true);
    client.close();
    void staff;
  });
});

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('a client PC as its renderer uses it', () => {
  it('pairs and works through its own loopback server, and its folder holds no participant data afterwards', async () => {
    const dataDir = path.join(makeTempDir('kesher-pc-'), 'data');
    const token = 'a'.repeat(43);
    const pc = await startLanClientMode({ dataDir, token, localAddress: PC1 });
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`${pc.http.origin}/api/${method}`, {
        method: 'POST',
        headers: {
          'x-kesher-token': token,
          'x-kesher-client': 'window-secret-of-pc1-0001',
          'Content-Type': 'application/json',
        },
        body: input instanceof RawBody ? input.text : JSON.stringify(input),
      });
      return (await response.json()) as {
        ok: boolean;
        value?: Record<string, unknown> & unknown[];
        error?: { code: string; message: string };
      };
    };
    try {
      expect((await call('lan.clientStatus', {})).value).toMatchObject({ mode: 'standalone' });
      const pairing = await t.must('lan.startPairing', {});
      const connected = await call('lan.connect', { host: HOST, port, code: pairing.code, deviceName: 'Office 2' });
      expect(connected.value).toMatchObject({ mode: 'client', fingerprint: pairing.fingerprint });
      expect((await call('auth.signIn', { username: 'nava', password: STAFF_PASSWORD })).ok).toBe(true);
      // The PC passes the body on as bytes: the host is the one that refuses what is not JSON.
      expect(await call('participants.list', new RawBody('{"pageSize": 5')).then((r) => r.error)).toEqual({
        code: 'invalid_input',
        message: 'errors.invalid_json',
      });
      const created = await call('inquiries.create', {
        firstName: 'ישראלה',
        lastName: 'גולדשטיין',
        nationalId: '123456782',
        phone: '052-987-6543',
      });
      expect(created.ok).toBe(true);
      const id = (created.value as { id: number } | undefined)?.id;
      expect((await call('participants.get', { id })).value).toMatchObject({ firstName: 'ישראלה' });
      expect((await call('participants.list', {})).ok).toBe(true);
      expect((await call('search.quick', { q: 'גולד' })).value?.length).toBeGreaterThan(0);
      expect((await call('auth.signOut', {})).ok).toBe(true);
    } finally {
      await pc.close();
    }
    // Every entry the session wrote on the host names the PC it came through.
    const device = (await t.must('lan.devices', {})).find((d) => d.name === 'Office 2');
    const throughPc = listAudit(t.runtime.db(), { limit: 1000, offset: 0, action: 'record_created' }).rows[0];
    expect(throughPc?.deviceId).toBe(device?.id);
    expect(listAudit(t.runtime.db(), { limit: 1000, offset: 0, action: 'sign_in' }).rows[0]?.deviceId).toBe(device?.id);
    const files = filesUnder(path.dirname(dataDir));
    expect(files.map((f) => path.basename(f))).toEqual(['pairing.json']);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/[\u0590-\u05FF]/);
      expect(text).not.toMatch(/123456782|0529876543|052-987-6543|Goldstein/i);
    }
  });
});

describe('printing on a client PC', () => {
  it('hands the window its document from the centre PC, once, and writes nothing on the PC', async () => {
    const created = await t.must('inquiries.create', { firstName: 'אורית', lastName: 'שמעוני', phone: '052-765-1234' });
    if (created.kind !== 'created') throw new Error('expected a new record');
    makeActiveCase(t.runtime.db(), created.id, staff.ids.kobi);
    const dataDir = path.join(makeTempDir('kesher-pc-'), 'data');
    const token = 'b'.repeat(43);
    const windowSecret = 'window-secret-of-pc2-0002';
    const pc = await startLanClientMode({ dataDir, token, localAddress: PC2 });
    const headers = { 'x-kesher-token': token, 'x-kesher-client': windowSecret, 'Content-Type': 'application/json' };
    const call = async (method: string, input: unknown) =>
      (await (
        await fetch(`${pc.http.origin}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) })
      ).json()) as { ok: boolean; value?: { url?: string }; error?: { code: string } };
    try {
      const pairing = await t.must('lan.startPairing', {});
      expect((await call('lan.connect', { host: HOST, port, code: pairing.code, deviceName: 'Office 3' })).ok).toBe(
        true,
      );
      expect((await call('auth.signIn', { username: 'kobi', password: STAFF_PASSWORD })).ok).toBe(true);
      const prepared = await call('printing.prepare', {
        method: 'documents.exitLetter',
        input: { participantId: created.id, lang: 'he' },
        purpose: 'print',
      });
      const url = prepared.value?.url;
      expect(url).toMatch(/^\/documents\//);
      const first = await fetch(`${pc.http.origin}${url}`, { headers });
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toBe('application/pdf');
      expect(first.headers.get('cache-control')).toMatch(/no-store/);
      expect(
        Buffer.from(await first.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
      // Once only, and only for the window that asked for it.
      expect((await fetch(`${pc.http.origin}${url}`, { headers })).status).toBe(404);
      const other = await call('printing.prepare', {
        method: 'documents.exitLetter',
        input: { participantId: created.id, lang: 'he' },
        purpose: 'print',
      });
      const stranger = { ...headers, 'x-kesher-client': 'another-window-of-pc2-0003' };
      expect((await fetch(`${pc.http.origin}${other.value?.url}`, { headers: stranger })).status).toBe(403);
    } finally {
      await pc.close();
    }
    expect(filesUnder(path.dirname(dataDir)).map((f) => path.basename(f))).toEqual(['pairing.json']);
  });
});

describe('the connection of a paired PC', () => {
  it('is kept open through a working session, not closed after Node’s default 5 idle seconds', async () => {
    const dir = path.join(makeTempDir('kesher-pc-'), 'data');
    const client = new LanClient({ dataDir: dir, localAddress: PC1 });
    await client.connect({ host: HOST, port, code: await code(), deviceName: 'Keep-alive PC' });
    client.close();
    const own = readPairing(dir)!;
    const keepAlive = await new Promise<unknown>((resolve, reject) => {
      const req = https.request(
        {
          host: HOST,
          port,
          localAddress: PC1,
          method: 'POST',
          path: '/api/system.info',
          cert: own.certPem,
          key: own.keyPem,
          rejectUnauthorized: false,
          agent: new https.Agent({ keepAlive: true }),
          headers: { 'x-kesher-client': 'keep-alive-window-1', 'Content-Type': 'application/json' },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            res.socket?.destroy();
            resolve(res.headers['keep-alive']);
          });
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(keepAlive).toBe('timeout=60');
  });
});
