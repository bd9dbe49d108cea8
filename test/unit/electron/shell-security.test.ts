import { describe, expect, it } from 'vitest';
import { fakeEvent, FakeWebContents } from '../../fixtures/fake-electron';
import { startFakeShell } from '../../fixtures/fake-shell';
import { buildCsp, securityHeaders } from '../../../electron/platform/csp';
import { isRendererCsp, withSecurityHeaders } from '../../../electron/main/security';

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; frame-src 'self' blob:; worker-src 'self'; manifest-src 'self'; object-src 'none'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

describe('content security policy', () => {
  it('is exactly the strict policy, with the nonce only in style-src', () => {
    expect(buildCsp()).toBe(STRICT_CSP);
    expect(buildCsp('n0nce+/=')).toBe(STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'nonce-n0nce+/='"));
  });

  it('never allows inline or eval code', () => {
    for (const csp of [buildCsp(), buildCsp('abc')]) {
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*/);
    }
  });

  it("recognises the renderer's own policy and nothing else", () => {
    expect(isRendererCsp(buildCsp('Zm9vYmFy'))).toBe(true);
    expect(isRendererCsp(buildCsp())).toBe(false);
    expect(isRendererCsp("default-src *; style-src 'nonce-abc' 'unsafe-inline'")).toBe(false);
    expect(isRendererCsp(`${buildCsp('abc')}; script-src 'unsafe-eval'`)).toBe(false);
  });
});

describe('session response headers (defence in depth)', () => {
  it('adds the nonce-less policy and the security headers to a response that has none', () => {
    const headers = withSecurityHeaders({ 'Content-Type': ['text/javascript'] });
    expect(headers['Content-Security-Policy']).toEqual([STRICT_CSP]);
    expect(headers['Content-Type']).toEqual(['text/javascript']);
    for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name]).toEqual([value]);
  });

  it("keeps index.html's nonce policy so Mantine's style tags still apply", () => {
    const served = buildCsp('cmVuZGVyZXI=');
    const headers = withSecurityHeaders({ 'content-security-policy': [served] });
    expect(headers['Content-Security-Policy']).toEqual([served]);
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === 'content-security-policy')).toHaveLength(1);
  });

  it('replaces a foreign or weakened policy and overrides weakened security headers', () => {
    const headers = withSecurityHeaders({
      'Content-Security-Policy': ["default-src * 'unsafe-inline' 'unsafe-eval'"],
      'x-content-type-options': ['sniff'],
    });
    expect(headers['Content-Security-Policy']).toEqual([STRICT_CSP]);
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(headers['x-content-type-options']).toBeUndefined();
  });

  it('is installed on the default session for every response', async () => {
    const { electron } = await startFakeShell();
    const listener = electron.session.defaultSession.headersListener!;
    let answered: unknown;
    listener({ url: 'app://kesher/assets/index.js', responseHeaders: {} }, (response) => (answered = response));
    expect(answered).toEqual({ responseHeaders: withSecurityHeaders({}) });
  });
});

describe('web-contents hardening', () => {
  it('prevents navigation and redirects away from the document, but not same-document ones', async () => {
    const { window } = await startFakeShell();
    const contents = window!.webContents;
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = fakeEvent({ url: 'https://evil.example/', isSameDocument: false, isMainFrame: true });
      contents.emit(name, away);
      expect(away.defaultPrevented, name).toBe(true);
      const local = fakeEvent({ url: 'app://kesher/index.html', isSameDocument: false, isMainFrame: true });
      contents.emit(name, local);
      expect(local.defaultPrevented, `${name} to another app:// document`).toBe(true);
      const inPage = fakeEvent({ url: 'app://kesher/index.html#top', isSameDocument: true, isMainFrame: true });
      contents.emit(name, inPage);
      expect(inPage.defaultPrevented, `${name} same document`).toBe(false);
    }
  });

  it('denies every window.open and prevents <webview> attachment', async () => {
    const { window } = await startFakeShell();
    const contents = window!.webContents;
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://kesher/index.html' })).toEqual({ action: 'deny' });
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach, {}, { src: 'https://evil.example/' });
    expect(attach.defaultPrevented).toBe(true);
  });

  it('hardens web-contents created after the window too', async () => {
    const { electron } = await startFakeShell();
    const later = new FakeWebContents();
    electron.app.emit('web-contents-created', fakeEvent(), later);
    expect(later.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(later.count('will-navigate')).toBe(1);
    expect(later.count('will-redirect')).toBe(1);
    expect(later.count('will-attach-webview')).toBe(1);
  });

  it('denies every permission request and check', async () => {
    const { electron, window } = await startFakeShell();
    const session = electron.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      session.permissionRequestHandler!(window!.webContents, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(session.permissionCheckHandler!(window!.webContents, permission), permission).toBe(false);
    }
  });
});
