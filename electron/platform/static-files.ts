import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCsp, NONCE_PLACEHOLDER, securityHeaders } from './csp';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What the page may assume before it has asked anything (renderer/src/prerender/boot.ts). */
export interface PageFacts {
  /** A new window's first screen is the sign-in form: the store is there and ready. */
  signInFirst: boolean;
}

/** The placeholder in index.html that `PageFacts.signInFirst` fills (renderer/src/prerender/page-ids.ts). */
export const START_PLACEHOLDER = '__KESHER_START__';

/**
 * Resolves a URL path inside the built renderer folder and returns the file with the
 * security headers. Paths that escape the folder are refused; unknown paths fall back to
 * index.html so client-side routes survive a reload. index.html gets a fresh CSP nonce, and
 * says whether a new window may show the sign-in form at once.
 */
export async function serveStatic(
  rootDir: string,
  urlPath: string,
  facts: PageFacts = { signInFirst: false },
): Promise<StaticResponse> {
  const root = path.resolve(rootDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return notFound();
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) return notFound();

  const ext = path.extname(target).toLowerCase();
  try {
    const body = await readFile(target);
    if (ext === '.html') return html(body.toString('utf8'), facts);
    return {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': contentTypes[ext] ?? 'application/octet-stream' },
      body,
    };
  } catch {
    if (ext && ext !== '.html') return notFound();
    try {
      return html(await readFile(path.join(root, 'index.html'), 'utf8'), facts);
    } catch {
      return notFound();
    }
  }
}

function html(source: string, facts: PageFacts): StaticResponse {
  const nonce = randomBytes(18).toString('base64');
  return {
    status: 200,
    headers: {
      ...securityHeaders,
      'Content-Type': contentTypes['.html'] as string,
      'Content-Security-Policy': buildCsp(nonce),
      'Cache-Control': 'no-store',
    },
    body: Buffer.from(
      source
        .split(NONCE_PLACEHOLDER)
        .join(nonce)
        .split(START_PLACEHOLDER)
        .join(facts.signInFirst ? 'sign-in' : 'undecided'),
      'utf8',
    ),
  };
}

function notFound(): StaticResponse {
  return { status: 404, headers: { ...securityHeaders, 'Content-Type': 'text/plain' }, body: Buffer.from('Not found') };
}
