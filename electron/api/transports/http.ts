import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';
import type { RequestContext } from '../context';
import { dispatch } from '../dispatch';
import { serveStatic } from '../../platform/static-files';
import { HANDOFF_PATH } from '../../services/printing/deliver';
import { signInComesFirst } from '../../services/store/app-state';
import type { RelayedAnswer } from '../../services/lan/host-connection';
import { serveHandedOverDocument } from './http-documents';

export const TOKEN_HEADER = 'x-kesher-token';
/**
 * A random secret each page makes for itself and keeps for its own tab: the server keeps one
 * session per client secret, so a second tab or browser profile given the same launch URL is
 * a new client that must sign in, never the last user's session.
 */
export const CLIENT_HEADER = 'x-kesher-client';
const CLIENT_SECRET = /^[A-Za-z0-9_-]{22,128}$/;
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface HttpTransportOptions {
  context: Omit<RequestContext, 'transport'>;
  /** Folder of the built renderer; omit to serve the API only. */
  staticDir?: string;
  /** 0 (default) picks a random free port. */
  port?: number;
  /** Fixed token for tests; a random one is made per launch otherwise. */
  token?: string;
  /** Who answers the calls: this process's dispatch unless given (a client PC forwards to the centre PC). */
  dispatcher?: (method: string | null, input: unknown, ctx: RequestContext) => Promise<unknown>;
  /**
   * Calls answered elsewhere as bytes: given the method, a relay that takes the request body as it
   * came and writes the answer to `res` (a client PC passes them to the centre PC untouched, so
   * they are neither parsed nor re-serialised here), or null to answer the call in this process.
   */
  relay?: (method: string | null) => ((body: Buffer, client: string) => Promise<RelayedAnswer>) | null;
  /** Who hands over a one-time document: this process's unless given (a client PC fetches it from the centre PC). */
  handOver?: (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    token: string,
    client: string,
  ) => Promise<void> | void;
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
      const client = clientIdOf(req.headers[CLIENT_HEADER]);
      if (!client) return send(res, 400, { error: 'client_required' });
      const body = await readBody(req);
      if (body === 'too_large') return refuseOversized(req, res);
      const method = methodFromPath(url);
      const relay = options.relay?.(method);
      if (relay) return sendRelayed(res, await relay(body, client));
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        input = Symbol('unparseable');
      }
      const result =
        typeof input === 'symbol'
          ? { ok: false, error: { code: 'invalid_input', message: 'errors.invalid_json' } }
          : await (options.dispatcher ?? dispatch)(method, input, {
              ...options.context,
              transport: 'http',
              client,
            });
      return send(res, 200, result);
    }
    if (url.startsWith(HANDOFF_PATH)) {
      // A one-time document is fetched by the page itself, with the same token and client as its API calls.
      if (!tokenMatches(req.headers[TOKEN_HEADER])) return send(res, 401, { error: 'unauthorized' });
      const client = clientIdOf(req.headers[CLIENT_HEADER]);
      if (!client) return send(res, 400, { error: 'client_required' });
      const token = url.slice(HANDOFF_PATH.length);
      if (options.handOver) return options.handOver(req, res, token, client);
      return serveHandedOverDocument(req, res, options.context.app, token, client);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method_not_allowed' });
    if (!options.staticDir) return send(res, 404, { error: 'not_found' });
    const file = await serveStatic(options.staticDir, url, { signInFirst: signInComesFirst(options.context.app) });
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
  // One rule for Host and Origin: the address the printed URL names, and nothing else. A browser
  // sent to `localhost` would pass a Host check but carry a `localhost` Origin on every call.
  allowedHosts = new Set([`127.0.0.1:${port}`]);

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

/** The client's id as the runtime keys it: a hash, so the secret itself is kept nowhere on the server. */
export function clientIdOf(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string' || !CLIENT_SECRET.test(header)) return null;
  return `http:${createHash('sha256').update(header).digest('base64url').slice(0, 32)}`;
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

/** A relayed answer, streamed on as it comes; a stream that breaks off ends this answer too (the page sees a failed call). */
function sendRelayed(res: http.ServerResponse, answer: RelayedAnswer): void {
  if ('result' in answer) return send(res, 200, answer.result);
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(answer.length === null ? {} : { 'Content-Length': answer.length }),
  });
  pipeline(answer.stream, res, (error) => {
    if (error) res.destroy();
  });
}

/** The method named by `/api/<method>`; a malformed percent-escape names no method rather than throwing. */
function methodFromPath(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
  } catch {
    return null;
  }
}

/**
 * Reads a body of at most MAX_BODY_BYTES. A declared length over the limit is refused before a
 * byte is buffered; a longer stream stops being buffered at the limit. Either way the rest of the
 * request is left to `refuseOversized` to drain.
 */
function readBody(req: http.IncomingMessage): Promise<Buffer | 'too_large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return Promise.resolve('too_large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * 413 with `Connection: close`. The answer is written whole at once (its length is declared), but
 * the connection is ended only after the rest of the upload has been read and dropped: closing a
 * socket with unread data makes the kernel send a reset, and the client would see that instead.
 */
function refuseOversized(req: http.IncomingMessage, res: http.ServerResponse): void {
  const body = JSON.stringify({ error: 'too_large' });
  res.writeHead(413, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'close',
  });
  res.write(body);
  if (req.complete) {
    res.end();
    return;
  }
  req.on('end', () => res.end());
  req.on('error', () => res.destroy());
  req.resume();
}
