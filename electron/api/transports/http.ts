import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestContext } from '../context';
import { dispatch } from '../dispatch';
import { serveStatic } from '../../platform/static-files';

export const TOKEN_HEADER = 'x-kesher-token';
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface HttpTransportOptions {
  context: Omit<RequestContext, 'transport'>;
  /** Folder of the built renderer; omit to serve the API only. */
  staticDir?: string;
  /** 0 (default) picks a random free port. */
  port?: number;
  /** Fixed token for tests; a random one is made per launch otherwise. */
  token?: string;
}

export interface HttpTransport {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The loopback transport used by browser mode and the end-to-end tests. It listens on
 * 127.0.0.1 only, answers API calls only with the per-launch token, refuses requests
 * whose Origin or Host is not its own (cross-site requests and DNS rebinding), and mounts
 * the same `dispatch` the IPC transport uses.
 */
export async function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let origin = '';
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { error: 'internal' });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 403, { error: 'forbidden_host' });
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return send(res, 403, { error: 'forbidden_origin' });
    if (req.headers['sec-fetch-site'] === 'cross-site') return send(res, 403, { error: 'forbidden_origin' });

    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, { error: 'method_not_allowed' });
      if (!tokenMatches(req.headers[TOKEN_HEADER])) return send(res, 401, { error: 'unauthorized' });
      const body = await readBody(req);
      if (body === 'too_large') return send(res, 413, { error: 'too_large' });
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        input = Symbol('unparseable');
      }
      const method = decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
      const result =
        typeof input === 'symbol'
          ? { ok: false, error: { code: 'invalid_input', message: 'errors.invalid_json' } }
          : await dispatch(method, input, { ...options.context, transport: 'http' });
      return send(res, 200, result);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method_not_allowed' });
    if (!options.staticDir) return send(res, 404, { error: 'not_found' });
    const file = await serveStatic(options.staticDir, url);
    res.writeHead(file.status, file.headers);
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  function tokenMatches(header: string | string[] | undefined): boolean {
    if (typeof header !== 'string') return false;
    const given = Buffer.from(header);
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: http.ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too_large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
