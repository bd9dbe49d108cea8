import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeShell } from '../../fixtures/fake-shell';
import { createAppState } from '../../../electron/services/store/app-state';
import { DOCUMENT_PARTITION, DOCUMENT_SCHEME } from '../../../electron/main/document-viewer';

const PDF = () => Buffer.from('%PDF-1.7\nnot a real document\n%%EOF');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function shellWithViewer() {
  const app = createAppState({ version: '9.9.9-test' });
  const started = await startFakeShell({ composeApp: () => app });
  return { ...started, app, viewer: app.documentViewer! };
}

describe('document preview window (Electron)', () => {
  it('registers the document scheme as privileged before ready, beside the app scheme', async () => {
    const { electron } = await shellWithViewer();
    expect(electron.protocol.registeredBeforeReady).toBe(true);
    expect(electron.protocol.privileged.map((p) => p.scheme)).toEqual(['app', DOCUMENT_SCHEME]);
    expect(electron.protocol.privileged[1]!.privileges).toMatchObject({ standard: true, secure: true });
  });

  it('serves the scheme only in its own in-memory session, which grants no permission', async () => {
    const { electron } = await shellWithViewer();
    expect(DOCUMENT_PARTITION.startsWith('persist:')).toBe(false);
    const session = electron.partitions.get(DOCUMENT_PARTITION)!;
    expect([...session.protocol.handlers.keys()]).toEqual([DOCUMENT_SCHEME]);
    expect([...electron.protocol.handlers.keys()]).toEqual(['app']);
    expect(session.permissionCheckHandler!(null, 'media')).toBe(false);
    let granted: boolean | null = null;
    session.permissionRequestHandler!({} as never, 'notifications', (answer) => (granted = answer));
    expect(granted).toBe(false);
  });

  it('opens a sandboxed window without preload on a one-window token, and serves the PDF from memory', async () => {
    const { electron, viewer } = await shellWithViewer();
    const bytes = PDF();
    viewer.show({ bytes, title: 'work-plan-12.pdf' });
    const preview = electron.windows[1]!;
    expect(preview.options.webPreferences).toMatchObject({
      partition: DOCUMENT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(preview.options.webPreferences?.preload).toBeUndefined();
    // The same hardening as every web-contents: no navigation away, no new windows.
    expect(preview.webContents.windowOpenHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });

    const url = preview.loadedUrls[0]!;
    expect(url).toMatch(new RegExp(`^${DOCUMENT_SCHEME}://view/[A-Za-z0-9_-]{43}$`));
    const handler = electron.partitions.get(DOCUMENT_PARTITION)!.protocol.handlers.get(DOCUMENT_SCHEME)!;
    const response = await handler({ url, method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF())).toBe(true);

    expect((await handler({ url, method: 'POST' })).status).toBe(405);
    expect((await handler({ url: `${DOCUMENT_SCHEME}://view/guessed-token`, method: 'GET' })).status).toBe(404);
    expect((await handler({ url: url.replace('://view/', '://other/'), method: 'GET' })).status).toBe(404);

    // Closing the window forgets the document and wipes its bytes.
    preview.emit('closed');
    expect((await handler({ url, method: 'GET' })).status).toBe(404);
    expect(bytes.every((byte) => byte === 0)).toBe(true);
  });

  it('"save as" writes only where the user chose, owner-readable only; a cancel writes nothing', async () => {
    const { electron, viewer, window } = await shellWithViewer();
    electron.dialog.nextSavePath = null;
    expect(await viewer.saveAs({ bytes: PDF(), fileName: 'exit-letter-3.pdf' })).toBe(false);
    expect(electron.dialog.saveDialogs[0]).toMatchObject({
      window,
      options: { defaultPath: 'exit-letter-3.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
    });

    const dir = mkdtempSync(path.join(tmpdir(), 'kesher-save-as-'));
    dirs.push(dir);
    const target = path.join(dir, 'chosen.pdf');
    electron.dialog.nextSavePath = target;
    expect(await viewer.saveAs({ bytes: PDF(), fileName: 'exit-letter-3.pdf' })).toBe(true);
    expect(readFileSync(target).equals(PDF())).toBe(true);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  });
});
