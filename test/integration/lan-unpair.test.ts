import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createTestCentre, withStaff, STAFF_PASSWORD, type TestApp } from '../fixtures/centre';
import { makeTempDir } from '../fixtures/temp-dir';
import { startLanHost, type RunningLanHost } from '../../electron/server/lan-host';
import { pairingPath } from '../../electron/services/lan/client-pairing';
import { startLanClientMode, type RunningLanClient } from '../../electron/server/lan-client';
import { listAudit } from '../../db/repositories/audit';

/**
 * Who may take a PC off the centre (issue 14): `lan.disconnect` is answered by the PC itself,
 * which has no session of its own, so the centre PC decides through `lan.leave`: only the
 * coordinator signed in at that PC's window unpairs it. `lan.connect` works only while unpaired.
 * Loopback only: the centre PC on 127.0.0.5, the office PC on 127.0.0.6.
 */
const HOST = '127.0.0.5';
const PC = '127.0.0.6';

let t: TestApp;
let host: RunningLanHost;
let port: number;

beforeAll(async () => {
  t = await createTestCentre();
  await withStaff(t, { nava: 'navigator' } as const);
  host = startLanHost({ app: t.app, host: HOST, enable: { port: 0 }, pollMs: 20 });
  await host.ready;
  port = (await host.lan.status()).port!;
});

afterAll(async () => {
  await host.close();
});

type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

/** A client PC as its renderer reaches it: its own loopback server, one window. */
async function officePc(name: string) {
  const dataDir = path.join(makeTempDir('kesher-pc-'), 'data');
  const token = 'b'.repeat(43);
  const pc: RunningLanClient = await startLanClientMode({ dataDir, token, localAddress: PC });
  const call = async (method: string, input: unknown = {}): Promise<Answer> => {
    const response = await fetch(`${pc.http.origin}/api/${method}`, {
      method: 'POST',
      headers: {
        'x-kesher-token': token,
        'x-kesher-client': 'window-of-the-office-pc',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Answer;
  };
  const { code } = await t.must('lan.startPairing', {});
  expect((await call('lan.connect', { host: HOST, port, code, deviceName: name })).ok).toBe(true);
  const device = (await t.must('lan.devices', {})).find((d) => d.name === name)!;
  return { pc, call, dataDir, device };
}

const revokedBy = (deviceId: string) =>
  listAudit(t.runtime.db(), { limit: 1000, offset: 0, action: 'device_revoked' }).rows.filter(
    (row) => row.entityId === deviceId,
  );

describe('disconnecting a PC', () => {
  it('is refused to anyone not signed in there and to staff other than the coordinator; the pairing stays', async () => {
    const { pc, call, dataDir, device } = await officePc('Front desk');
    try {
      expect(await call('lan.disconnect')).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: 'errors.lan.disconnect_needs_coordinator' },
      });
      expect((await call('auth.signIn', { username: 'nava', password: STAFF_PASSWORD })).ok).toBe(true);
      expect(await call('lan.disconnect')).toMatchObject({
        ok: false,
        error: { message: 'errors.lan.disconnect_needs_coordinator' },
      });
      expect(existsSync(pairingPath(dataDir))).toBe(true);
      expect((await call('lan.clientStatus')).value).toMatchObject({ mode: 'client' });
      expect((await t.must('lan.devices', {})).find((d) => d.id === device.id)?.revokedAt).toBeNull();
      expect(revokedBy(device.id)).toHaveLength(0);
      // Still working for the navigator.
      expect((await call('participants.list', {})).ok).toBe(true);
    } finally {
      await pc.close();
    }
  });

  it('the coordinator signed in at the PC unpairs it on both sides, audited with the device', async () => {
    const { pc, call, dataDir, device } = await officePc('Coaches room');
    try {
      expect((await call('auth.signIn', { username: ADMIN.username, password: ADMIN.password })).ok).toBe(true);
      const answer = await call('lan.disconnect');
      expect(answer).toMatchObject({ ok: true, value: { mode: 'standalone', host: null } });
      expect(existsSync(pairingPath(dataDir))).toBe(false);
      expect((await t.must('lan.devices', {})).find((d) => d.id === device.id)?.revokedAt).not.toBeNull();
      const [entry, ...more] = revokedBy(device.id);
      expect(more).toHaveLength(0);
      expect(entry?.deviceId).toBe(device.id);
    } finally {
      await pc.close();
    }
  });

  it('a PC the coordinator already removed on the centre PC forgets its pairing without a sign-in', async () => {
    const { pc, call, dataDir, device } = await officePc('Stolen laptop');
    try {
      await t.must('lan.revokeDevice', { deviceId: device.id });
      expect((await call('lan.disconnect')).ok).toBe(true);
      expect(existsSync(pairingPath(dataDir))).toBe(false);
    } finally {
      await pc.close();
    }
  });

  it('an unreachable centre PC leaves the pairing and says what to do', async () => {
    const { pc, call, dataDir } = await officePc('Far away');
    try {
      await host.lan.setEnabled(false);
      expect(await call('lan.disconnect')).toMatchObject({
        ok: false,
        error: { code: 'store_unavailable', message: 'errors.lan.disconnect_unreachable' },
      });
      expect(existsSync(pairingPath(dataDir))).toBe(true);
    } finally {
      await host.lan.setEnabled(true, port);
      await pc.close();
    }
  });

  it('lan.leave on the centre PC itself (no device) is refused', async () => {
    expect(await t.call('lan.leave', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'errors.lan.not_a_device' },
    });
  });
});

describe('connecting a PC', () => {
  it('is refused while the PC is paired, and allowed again once the centre PC removed it', async () => {
    const { pc, call, device } = await officePc('Meeting room');
    try {
      const { code } = await t.must('lan.startPairing', {});
      expect(await call('lan.connect', { host: HOST, port, code, deviceName: 'Hijack' })).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: 'errors.lan.already_paired' },
      });
      expect((await t.must('lan.devices', {})).some((d) => d.name === 'Hijack')).toBe(false);
      await t.must('lan.revokeDevice', { deviceId: device.id });
      const again = await call('lan.connect', { host: HOST, port, code, deviceName: 'Meeting room 2' });
      expect(again).toMatchObject({ ok: true, value: { mode: 'client' } });
      expect((await call('system.info', {})).ok).toBe(true);
    } finally {
      await pc.close();
    }
  });
});
