import { serveStatic, type PageFacts } from '../platform/static-files';
import { securityHeaders } from '../platform/csp';
import type { CustomSchemeLike, ProtocolRequestLike } from './electron-types';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kesher';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the scheme real origins and relative URL resolution, `secure` makes it a
 * secure context, `supportFetchAPI` lets the renderer fetch its own assets. No bypassCSP,
 * no service workers, no CORS: the renderer needs none of them.
 */
export const privilegedSchemes: CustomSchemeLike[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

/**
 * `app://kesher/<path>` resolves to a file of the built renderer (index.html with a fresh CSP
 * nonce); any other host, a path escaping the folder, or a method other than GET/HEAD is refused.
 */
export function createAppProtocolHandler(
  rendererDir: string,
  facts: () => PageFacts = () => ({ signInFirst: false }),
): (request: ProtocolRequestLike) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(404, 'Not found');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
      return plain(404, 'Not found');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = await serveStatic(rendererDir, url.pathname, facts());
    const body = request.method === 'HEAD' ? null : new Uint8Array(file.body);
    return new Response(body, { status: file.status, headers: file.headers });
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain' } });
}
