import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCentre, withStaff, STAFF_PASSWORD, type TestApp } from '../fixtures/centre';
import { makeTempDir } from '../fixtures/temp-dir';
import { makeActiveCase } from '../fixtures/workshops';
import { startLanHost, type RunningLanHost } from '../../electron/server/lan-host';
import { forwardingDispatcher } from '../../electron/server/lan-client';
import { LanClient } from '../../electron/services/lan/client';
import { createAppState } from '../../electron/services/store/app-state';
import type { DocumentViewer } from '../../electron/services/printing/handoff';
import type { RequestContext } from '../../electron/api/context';

/**
 * Printing in the desktop app on a client PC (issue 14): the centre PC answers with a one-time
 * address on its own server, which an Electron window cannot open; the PC's main process fetches
 * the document over the pinned connection and shows it in the shell's preview window (or saves
 * where the user chose), from memory. Loopback only: the centre PC on 127.0.0.10, the PC on .11.
 */
const HOST = '127.0.0.10';
const PC = '127.0.0.11';

let t: TestApp;
let host: RunningLanHost;
let participantId: number;

beforeAll(async () => {
  t = await createTestCentre();
  const staff = await withStaff(t, { kobi: 'coach' } as const);
  const created = await t.must('inquiries.create', { firstName: 'מירב', lastName: 'אלוני', phone: '052-765-4321' });
  if (created.kind !== 'created') throw new Error('expected a new record');
  participantId = created.id;
  makeActiveCase(t.runtime.db(), participantId, staff.ids.kobi);
  host = startLanHost({ app: t.app, host: HOST, enable: { port: 0 }, pollMs: 20 });
  await host.ready;
});

afterAll(async () => {
  await host.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('the desktop app on a client PC', () => {
  it('shows the centre PC’s document in the preview window, saves it where asked, and keeps no file', async () => {
    const dataDir = path.join(makeTempDir('kesher-pc-'), 'data');
    const lan = new LanClient({ dataDir, localAddress: PC });
    const shown: { bytes: Buffer; title: string }[] = [];
    const saved: { head: string; fileName: string }[] = [];
    const viewer: DocumentViewer = {
      show: (document) => void shown.push(document),
      saveAs: (document) => {
        saved.push({ head: document.bytes.subarray(0, 5).toString('latin1'), fileName: document.fileName });
        return Promise.resolve(true);
      },
    };
    const app = createAppState({ version: 'test', runtime: null, lanClient: lan, documentViewer: viewer });
    const ctx: RequestContext = { app, transport: 'ipc', client: 'ipc:3' }; // as Electron names a window (ipc.ts)
    const call = forwardingDispatcher(lan);
    try {
      const { code } = await t.must('lan.startPairing', {});
      const port = (await host.lan.status()).port!;
      expect((await call('lan.connect', { host: HOST, port, code, deviceName: 'Desk PC' }, ctx)).ok).toBe(true);
      expect((await call('auth.signIn', { username: 'kobi', password: STAFF_PASSWORD }, ctx)).ok).toBe(true);
      const document = { method: 'documents.exitLetter', input: { participantId, lang: 'he' } };

      const printed = await call('printing.prepare', { ...document, purpose: 'print' }, ctx);
      expect(printed).toEqual({ ok: true, value: { url: null, saved: false } });
      expect(shown).toHaveLength(1);
      expect(shown[0]!.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(shown[0]!.title).toMatch(/^exit-letter-\d+-\d{4}-\d{2}-\d{2}\.pdf$/);

      const asked = await call('printing.prepare', { ...document, purpose: 'save' }, ctx);
      expect(asked).toEqual({ ok: true, value: { url: null, saved: true } });
      expect(saved).toEqual([{ head: '%PDF-', fileName: shown[0]!.title }]);
    } finally {
      lan.close();
    }
    expect(filesUnder(path.dirname(dataDir)).map((f) => path.basename(f))).toEqual(['pairing.json']);
  });

  it('leaves a browser window’s answer as it is (the page opens the address itself)', async () => {
    const dataDir = path.join(makeTempDir('kesher-pc-'), 'data');
    const lan = new LanClient({ dataDir, localAddress: PC });
    const app = createAppState({ version: 'test', runtime: null, lanClient: lan });
    const ctx: RequestContext = { app, transport: 'http', client: 'browser-tab-of-the-pc-0002' };
    const call = forwardingDispatcher(lan);
    try {
      const { code } = await t.must('lan.startPairing', {});
      const port = (await host.lan.status()).port!;
      expect((await call('lan.connect', { host: HOST, port, code, deviceName: 'Browser PC' }, ctx)).ok).toBe(true);
      expect((await call('auth.signIn', { username: 'kobi', password: STAFF_PASSWORD }, ctx)).ok).toBe(true);
      const printed = await call(
        'printing.prepare',
        { method: 'documents.exitLetter', input: { participantId, lang: 'en' }, purpose: 'print' },
        ctx,
      );
      expect(printed.ok && (printed.value as { url: string }).url).toMatch(/^\/documents\//);
    } finally {
      lan.close();
    }
  });

  it('keeps each desktop window its own client on the centre PC, and a restarted PC starts signed out', async () => {
    const dataDir = path.join(makeTempDir('kesher-pc-'), 'data');
    const lan = new LanClient({ dataDir, localAddress: PC });
    const app = createAppState({ version: 'test', runtime: null, lanClient: lan });
    const window = (client: string): RequestContext => ({ app, transport: 'ipc', client });
    const before = forwardingDispatcher(lan);
    try {
      const { code } = await t.must('lan.startPairing', {});
      const port = (await host.lan.status()).port!;
      expect(
        (await before('lan.connect', { host: HOST, port, code, deviceName: 'Shared PC' }, window('ipc:1'))).ok,
      ).toBe(true);
      expect((await before('auth.signIn', { username: 'kobi', password: STAFF_PASSWORD }, window('ipc:1'))).ok).toBe(
        true,
      );
      expect((await before('participants.list', { pageSize: 10 }, window('ipc:1'))).ok).toBe(true);
      // Another window of the same PC has no session of its own yet.
      expect(await before('participants.list', { pageSize: 10 }, window('ipc:2'))).toMatchObject({
        ok: false,
        error: { code: 'unauthenticated' },
      });
      // The PC's app restarted: Electron numbers its first window 1 again.
      const after = forwardingDispatcher(lan);
      expect(await after('participants.list', { pageSize: 10 }, window('ipc:1'))).toMatchObject({
        ok: false,
        error: { code: 'unauthenticated' },
      });
    } finally {
      lan.close();
    }
  });
});
