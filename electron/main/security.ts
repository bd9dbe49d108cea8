import { buildCsp, securityHeaders } from '../platform/csp';
import type { NavigationEvent, SessionLike, WebContentsLike } from './electron-types';

/**
 * Applied to every web-contents the app creates (the main window, and anything a bug or an
 * injected script might create): no navigation away from the loaded document, no new
 * windows, no <webview>.
 */
export function hardenWebContents(contents: WebContentsLike): void {
  const refuseNavigation = (event: NavigationEvent) => {
    if (!event.isSameDocument) event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Kesher needs no camera, microphone, location, notifications or any other permission. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });
}

/**
 * Defence in depth behind the `app://` handler: every response in the session leaves with
 * the security headers and a CSP. The renderer's own CSP (the same policy with its
 * per-response nonce) is kept, because replacing or intersecting it would block the
 * nonce-carrying style tags; any other CSP, or none, becomes the strict nonce-less policy.
 */
export function withSecurityHeaders(headers: Record<string, string[]> = {}): Record<string, string[]> {
  const overridden = new Set(['content-security-policy', ...Object.keys(securityHeaders).map(lower)]);
  const result: Record<string, string[]> = {};
  const csp: string[] = [];
  for (const [name, values] of Object.entries(headers)) {
    if (lower(name) === 'content-security-policy') csp.push(...values);
    else if (!overridden.has(lower(name))) result[name] = values;
  }
  for (const [name, value] of Object.entries(securityHeaders)) result[name] = [value];
  result['Content-Security-Policy'] = csp.length > 0 && csp.every(isRendererCsp) ? csp : [buildCsp()];
  return result;
}

/** True only for `buildCsp(nonce)` with some nonce: the policy index.html is served with. */
export function isRendererCsp(value: string): boolean {
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(value)?.[1];
  return nonce !== undefined && buildCsp(nonce) === value;
}

function lower(name: string): string {
  return name.toLowerCase();
}
