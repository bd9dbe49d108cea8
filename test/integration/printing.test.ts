import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import {
  CLIENT_HEADER,
  startHttpTransport,
  TOKEN_HEADER,
  type HttpTransport,
} from '../../electron/api/transports/http';
import { HANDOFF_TTL_MS } from '../../electron/services/printing/handoff';
import { ADMIN, createTestCentre, STAFF_PASSWORD, withStaff, type TestApp } from '../fixtures/centre';
import { addInstance, enrol, makeActiveCase } from '../fixtures/workshops';

const TOKEN = 'printing-test-token-0123456789abcdef';
const TAB_A = 'tab-a-secret-0123456789abcdef';
const TAB_B = 'tab-b-secret-0123456789abcdef';

let t: TestApp;
let server: HttpTransport;
let participantId: number;

function headers(client: string | null, token: string | null = TOKEN): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    ...(token ? { [TOKEN_HEADER]: token } : {}),
    ...(client ? { [CLIENT_HEADER]: client } : {}),
  };
}

async function api(client: string, method: string, input: unknown) {
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: headers(client),
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

async function prepare(client: string, method: string, input: unknown, purpose: 'print' | 'save' = 'print') {
  const result = await api(client, 'printing.prepare', { method, input, purpose });
  if (!result.ok) throw new Error(`printing.prepare failed: ${JSON.stringify(result.error)}`);
  return (result.value as { url: string }).url;
}

function get(url: string, client: string | null, token: string | null = TOKEN) {
  return fetch(`${server.origin}${url}`, { headers: headers(client, token) });
}

function pageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

beforeAll(async () => {
  t = await createTestCentre();
  const staff = await withStaff(t, { rina: 'coach' } as const);
  const db = t.runtime.db();
  const people: number[] = [];
  for (const [firstName, lastName] of [
    ['אורי', 'כהן'],
    ['מיכל', 'לוי'],
  ] as const) {
    const created = await t.must('inquiries.create', { firstName, lastName, phone: '052-765-4321' });
    if (created.kind !== 'created') throw new Error('expected a new record');
    people.push(created.id);
    makeActiveCase(db, created.id, staff.ids.rina);
  }
  participantId = people[0]!;
  // The fake clock stands on Sunday 1 November 2026: three sessions this working week, one next week.
  const { instanceId } = addInstance(db, { dates: ['2026-11-01', '2026-11-03', '2026-11-05', '2026-11-08'] });
  enrol(db, instanceId, people);
  server = await startHttpTransport({ context: { app: t.app }, token: TOKEN });
  for (const client of [TAB_A, TAB_B]) {
    const signedIn = await api(client, 'auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(signedIn.ok).toBe(true);
  }
});

afterAll(async () => server?.close());

describe('one-time document URLs (browser mode)', () => {
  it("serves this week's sheets as one PDF, once, with no-store headers", async () => {
    const url = await prepare(TAB_A, 'batches.weekAttendanceSheets', { date: '2026-11-01', lang: 'he' });
    expect(url).toMatch(/^\/documents\/[A-Za-z0-9_-]{43}$/);
    const response = await get(url, TAB_A);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('content-disposition')).toMatch(
      /^inline; filename="week-attendance-sheets-2026-11-01-2026-11-01\.pdf"$/,
    );
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pageCount(pdf)).toBe(3);
    expect((await get(url, TAB_A)).status).toBe(404);
    expect(t.app.documents.size()).toBe(0);
  });

  it('refuses another client and burns the token; the owner must ask again', async () => {
    const url = await prepare(TAB_A, 'documents.exitLetter', { participantId, lang: 'he' });
    expect((await get(url, TAB_B)).status).toBe(403);
    expect((await get(url, TAB_A)).status).toBe(404);
  });

  it('refuses a request without the launch token or a client, and keeps the document for its owner', async () => {
    const url = await prepare(TAB_A, 'documents.exitLetter', { participantId, lang: 'en' });
    expect((await get(url, TAB_A, null)).status).toBe(401);
    expect((await get(url, TAB_A, 'wrong-token-0123456789abcdef-xx')).status).toBe(401);
    expect((await get(url, null)).status).toBe(400);
    expect((await get(url, TAB_A)).status).toBe(200);
  });

  it('expires an unfetched document', async () => {
    const url = await prepare(TAB_A, 'documents.exitLetter', { participantId, lang: 'he' });
    t.clock.advance(HANDOFF_TTL_MS + 1);
    expect((await get(url, TAB_A)).status).toBe(404);
  });

  it('refuses the document once its session has ended on that client', async () => {
    const url = await prepare(TAB_B, 'documents.exitLetter', { participantId, lang: 'he' });
    expect((await api(TAB_B, 'auth.signOut', {})).ok).toBe(true);
    expect((await get(url, TAB_B)).status).toBe(403);
    expect((await api(TAB_B, 'auth.signIn', { username: ADMIN.username, password: ADMIN.password })).ok).toBe(true);
  });

  it('passes on the wrapped method refusal: no consent, no referral letter, nothing handed over', async () => {
    const services = await api(TAB_A, 'services.save', { name: 'עמותת אופק', offers: 'ליווי', phone: '03-724-1111' });
    const organisationId = (services.value as { id: number }).id;
    const result = await api(TAB_A, 'printing.prepare', {
      method: 'documents.referralLetter',
      input: { participantId, organisationId, lang: 'he' },
      purpose: 'print',
    });
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/^errors\.documents\./);
    expect(t.app.documents.size()).toBe(0);
  });

  it("lets no one print a document they could not generate: a coach's week sheets are refused", async () => {
    const coach = 'coach-tab-secret-0123456789ab';
    expect((await api(coach, 'auth.signIn', { username: 'rina', password: STAFF_PASSWORD })).ok).toBe(true);
    const result = await api(coach, 'printing.prepare', {
      method: 'batches.weekAttendanceSheets',
      input: { lang: 'he' },
      purpose: 'print',
    });
    expect(result.error?.code).toBe('forbidden');
  });

  it('audits every print and save with the document type and record id, never content', async () => {
    await prepare(TAB_A, 'documents.exitLetter', { participantId, lang: 'he' }, 'save');
    const audit = await t.must('audit.list', {});
    const printed = audit.rows.filter((row) => row.action === 'print' || row.action === 'export');
    expect(printed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'print',
          entity: 'week',
          entityId: '2026-11-01',
          fields: ['weekAttendanceSheets'],
        }),
        expect.objectContaining({
          action: 'print',
          entity: 'participant',
          entityId: String(participantId),
          fields: ['exitLetter'],
        }),
        expect.objectContaining({
          action: 'export',
          entity: 'participant',
          entityId: String(participantId),
          fields: ['exitLetter'],
        }),
      ]),
    );
    expect(JSON.stringify(printed)).not.toMatch(/אורי|מיכל|%PDF/);
  });
});

describe('Electron: the shell shows and saves from memory', () => {
  it('hands the PDF to the preview window or the save dialog, auditing only what happened', async () => {
    const shown: { bytes: Buffer; title: string }[] = [];
    let answer = false;
    t.app.documentViewer = {
      show: (document) => void shown.push(document),
      saveAs: () => Promise.resolve(answer),
    };
    const ipc = (input: unknown) =>
      dispatch('printing.prepare', input, { app: t.app, transport: 'ipc', client: 'ipc:1' });
    await t.must('auth.signOut', {});
    expect(
      (
        await dispatch(
          'auth.signIn',
          { username: ADMIN.username, password: ADMIN.password },
          { app: t.app, transport: 'ipc', client: 'ipc:1' },
        )
      ).ok,
    ).toBe(true);
    const before = (await t.runtime.sqlite().prepare('select count(*) n from audit_log').get()) as {
      n: number;
    };
    const input = { method: 'documents.exitLetter', input: { participantId, lang: 'he' } };
    expect(await ipc({ ...input, purpose: 'print' })).toEqual({ ok: true, value: { url: null, saved: false } });
    expect(shown).toHaveLength(1);
    expect(shown[0]!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await ipc({ ...input, purpose: 'save' })).toEqual({ ok: true, value: { url: null, saved: false } });
    answer = true;
    expect(await ipc({ ...input, purpose: 'save' })).toEqual({ ok: true, value: { url: null, saved: true } });
    const after = (await t.runtime.sqlite().prepare('select count(*) n from audit_log').get()) as {
      n: number;
    };
    // Each generation is recorded by the document service; the print and the one completed save add one each.
    const added = t.runtime
      .sqlite()
      .prepare("select action from audit_log where seq > ? and action in ('print', 'export') order by seq")
      .all(before.n) as { action: string }[];
    expect(added.map((row) => row.action)).toEqual(['print', 'export']);
    expect(after.n).toBeGreaterThan(before.n);
    t.app.documentViewer = undefined;
    await t.must('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  });
});

describe('no plaintext copy on disk', () => {
  const events: string[] = [];
  let watchers: FSWatcher[] = [];

  function listing(dir: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  }

  it('writes nothing under the temp folder or the store folder while documents are generated and served', async () => {
    // A temp folder of its own: the shared one also holds other programs' files.
    const temp = mkdtempSync(path.join(tmpdir(), 'kesher-print-watch-'));
    const previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      expect(tmpdir()).toBe(temp);
      const storeBefore = listing(t.dir);
      watchers = [temp, t.dir].map((dir) =>
        watch(dir, { recursive: true }, (kind, name) => events.push(`${dir}:${kind}:${String(name)}`)),
      );
      // The watch itself is checked first: a file written in the folder is seen, then removed.
      const probe = path.join(temp, 'probe');
      writeFileSync(probe, 'x');
      await new Promise<void>((resolve) => {
        const check = () => (events.some((event) => event.endsWith(':probe')) ? resolve() : setImmediate(check));
        check();
      });
      rmSync(probe);
      await new Promise<void>((resolve) => {
        const check = () =>
          events.filter((event) => event.endsWith(':probe')).length >= 2 ? resolve() : setImmediate(check);
        check();
      });
      events.length = 0;
      for (const purpose of ['print', 'save'] as const) {
        for (const [method, input] of [
          ['batches.weekAttendanceSheets', { date: '2026-11-01', lang: 'he' }],
          ['documents.exitLetter', { participantId, lang: 'he' }],
          ['documents.exitLetter', { participantId, lang: 'en' }],
        ] as const) {
          const response = await get(await prepare(TAB_A, method, input, purpose), TAB_A);
          expect(response.status).toBe(200);
          expect(
            Buffer.from(await response.arrayBuffer())
              .subarray(0, 5)
              .toString(),
          ).toBe('%PDF-');
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(listing(temp)).toEqual([]);
      expect(events.filter((event) => event.startsWith(temp))).toEqual([]);
      // The store's own database files change (audit entries); no new file appears beside them.
      expect(listing(t.dir)).toEqual(storeBefore);
      const storeNames = new Set(storeBefore);
      const strangers = events
        .filter((event) => event.startsWith(t.dir))
        .map((event) => event.split(':').at(-1)!)
        .filter((name) => !storeNames.has(name));
      expect(strangers).toEqual([]);
    } finally {
      for (const watcher of watchers) watcher.close();
      if (previousTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmp;
    }
  });
});
