import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeShell } from '../../fixtures/fake-shell';
import { buildCsp } from '../../../electron/platform/csp';
import { createAppProtocolHandler } from '../../../electron/main/protocol';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kesher-protocol-'));
  rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<meta name="csp-nonce" content="__CSP_NONCE__"><meta name="kesher-start" content="__KESHER_START__">' +
      '<script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'export const answer = 42;');
  writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer folder');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(rendererDir)({ url, method });

describe('app:// protocol', () => {
  it('is the handler the shell installs for the app scheme', async () => {
    const { electron } = await startFakeShell({ rendererDir });
    const handler = electron.protocol.handlers.get('app')!;
    const response = await handler({ url: 'app://kesher/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect([...electron.protocol.handlers.keys()]).toEqual(['app']);
    // The fake shell's app has no store: a new window waits for the app to ask what to show.
    expect(await response.text()).toContain('name="kesher-start" content="undecided"');
  });

  it('serves index.html with a fresh nonce in both the CSP header and the page', async () => {
    const first = await get('app://kesher/index.html');
    const second = await get('app://kesher/index.html');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = first.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(csp).toBe(buildCsp(nonce));
    const body = await first.text();
    expect(body).toContain(`content="${nonce}"`);
    expect(body).not.toContain('__CSP_NONCE__');
    expect(second.headers.get('content-security-policy')).not.toBe(csp);
  });

  it('tells the page whether a new window starts at the sign-in form, as the app state says', async () => {
    const start = async (facts?: () => { signInFirst: boolean }) => {
      const body = await (
        await createAppProtocolHandler(rendererDir, facts)({ url: 'app://kesher/', method: 'GET' })
      ).text();
      return /name="kesher-start" content="([^"]*)"/.exec(body)?.[1];
    };
    await expect(start(() => ({ signInFirst: true }))).resolves.toBe('sign-in');
    await expect(start(() => ({ signInFirst: false }))).resolves.toBe('undecided');
    // Not told: the page must not assume, and lets the app ask.
    await expect(start()).resolves.toBe('undecided');
    // A client-side route falls back to index.html, and says the same.
    const routed = await createAppProtocolHandler(rendererDir, () => ({ signInFirst: true }))({
      url: 'app://kesher/participants',
      method: 'GET',
    });
    expect(await routed.text()).toContain('content="sign-in"');
  });

  it('serves assets with their content type and the security headers', async () => {
    const response = await get('app://kesher/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('export const answer = 42;');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://kesher/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://evil/index.html',
    'app://kesher.evil.example/index.html',
    'app://kesher:8080/index.html',
    'app://user:pass@kesher/index.html',
    'https://kesher/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s with 404', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('script');
  });

  it.each([
    'app://kesher/%2e%2e/secret.txt',
    'app://kesher/..%2fsecret.txt',
    'app://kesher/assets/..%2f..%2fsecret.txt',
    'app://kesher/%2e%2e%5csecret.txt',
  ])('refuses the traversal %s', async (url) => {
    const response = await get(url);
    expect(await response.text()).not.toContain('outside the renderer folder');
    expect(response.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://kesher/index.html', 'POST')).status).toBe(405);
  });
});
