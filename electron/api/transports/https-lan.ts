import { createHash } from 'node:crypto';
import https from 'node:https';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import type { TLSSocket } from 'node:tls';
import type { RequestContext } from '../context';
import { dispatch } from '../dispatch';
import type { LanHost } from '../../services/lan/host';
import { CLIENT_HEADER } from './http';
import { serveHandedOverDocument } from './http-documents';
import { HANDOFF_PATH } from '../../services/printing/deliver';

export const PAIR_PATH = '/lan/pair';
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const MAX_PAIR_BODY_BYTES = 4096;
const CLIENT_ID = /^[A-Za-z0-9_:-]{8,128}$/;
/** How long the host keeps an idle paired connection open; a client PC closes its own at half this. */
const KEEP_ALIVE_MS = 60_000;

export interface LanTransportOptions {
  context: Omit<RequestContext, 'transport'>;
  lan: LanHost;
  /** The address to listen on: 0.0.0.0 (every interface) unless given; tests use 127.0.0.x. */
  host?: string;
  port?: number | null;
}

export interface LanTransport {
  addresses: string[];
  port: number;
  close(): Promise<void>;
}

const fingerprints = new WeakMap<object, string>();
const clientIds = new WeakMap<object, { deviceId: string; secret: string; client: string }>();

/**
 * The API for the centre's other PCs: HTTPS, TLS 1.3 only, each side proving itself with a
 * certificate (mutual TLS). A peer whose certificate is not a paired device's gets its
 * connection closed without a byte of answer (no banner, no error page) unless it is pairing;
 * a revoked device is told so, since it proved it holds that device's key. See docs/lan.md.
 */
export async function startLanTransport(options: LanTransportOptions): Promise<LanTransport> {
  const identity = options.lan.tlsIdentity();
  const server = https.createServer(
    {
      cert: identity.cert,
      key: identity.key,
      minVersion: 'TLSv1.3',
      requestCert: true,
      // The peer's certificate is self-signed: it is checked against the paired devices below, not a CA.
      rejectUnauthorized: false,
    },
    (req, res) => {
      void handle(req, res).catch(() => req.socket.destroy());
    },
  );
  server.on('secureConnection', (socket: TLSSocket) => {
    const peer = socket.getPeerCertificate();
    if (!peer || !peer.fingerprint256) {
      socket.destroy();
      return;
    }
    fingerprints.set(socket, peer.fingerprint256);
  });
  // Staff click more often than once a minute: a paired PC's connection then stays up through a
  // working session instead of costing a new mutual-TLS handshake after every 5-second pause (Node's
  // default). The client closes idle connections first (HostConnection), so it never sends a call
  // on one the host is closing.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // A malformed request would get Node's "400 Bad Request"; a stranger gets nothing at all.
  server.on('clientError', (_error, socket) => socket.destroy());
  server.on('tlsClientError', (_error, socket) => socket.destroy());

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const fingerprint = fingerprints.get(req.socket);
    if (!fingerprint) return void req.socket.destroy();
    const url = req.url ?? '/';
    const check = options.lan.check(fingerprint);
    if (check.kind === 'unknown') {
      if (req.method === 'POST' && url === PAIR_PATH) return pair(req, res, fingerprint);
      options.lan.noteRefused('unknown_device', fingerprint);
      return void req.socket.destroy();
    }
    if (check.kind === 'revoked') {
      options.lan.noteRefused('revoked_device', check.device.id);
      return send(res, 403, { error: 'device_revoked' });
    }
    // A browser page somewhere on the network cannot hold the device's key; an Origin means one tried.
    const handOver = req.method === 'GET' && url.startsWith(HANDOFF_PATH);
    if (req.headers.origin !== undefined || (!handOver && (req.method !== 'POST' || !url.startsWith('/api/'))))
      return void req.socket.destroy();
    options.lan.seen(check.device);
    const clientHeader = req.headers[CLIENT_HEADER];
    if (typeof clientHeader !== 'string' || !CLIENT_ID.test(clientHeader))
      return send(res, 400, { error: 'client_required' });
    // Each window on each PC is its own client: its own session and idle lock on the host.
    const client = clientIdOn(req.socket, check.device.id, clientHeader);
    // A printed document, fetched once by the window of this PC that asked for it.
    if (handOver) return serveHandedOverDocument(req, res, options.context.app, url.slice(HANDOFF_PATH.length), client);
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return void req.socket.destroy();
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return send(res, 200, { ok: false, error: { code: 'invalid_input', message: 'errors.invalid_json' } });
    }
    const result = await dispatch(methodOf(url), input, {
      ...options.context,
      transport: 'http',
      client,
      device: check.device.id,
    });
    return send(res, 200, result);
  }

  async function pair(req: http.IncomingMessage, res: http.ServerResponse, fingerprint: string): Promise<void> {
    const body = await readBody(req, MAX_PAIR_BODY_BYTES);
    let parsed: { proof?: unknown; name?: unknown } = {};
    try {
      parsed = body ? (JSON.parse(body) as typeof parsed) : {};
    } catch {
      parsed = {};
    }
    const outcome = options.lan.pair(parsed.proof, parsed.name, fingerprint);
    if (!outcome.ok) return send(res, 403, { error: 'pairing_refused', reason: outcome.reason });
    return send(res, 200, { deviceId: outcome.deviceId, hostProof: outcome.hostProof });
  }

  const host = options.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    addresses: host === '0.0.0.0' ? localIpv4Addresses() : [host],
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The PC's own network addresses, to show staff what to type on the other PCs. */
function localIpv4Addresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => net!.address);
}

function methodOf(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
  } catch {
    return null;
  }
}

/**
 * The session key of a window of a device. A kept-alive connection carries one window's calls
 * after another, so the hash of the last window's secret is kept with the socket and made again
 * only when another window's secret comes.
 */
function clientIdOn(socket: object, deviceId: string, secret: string): string {
  const last = clientIds.get(socket);
  if (last && last.deviceId === deviceId && last.secret === secret) return last.client;
  const client = `lan:${deviceId}:${createHash('sha256').update(secret).digest('base64url').slice(0, 32)}`;
  clientIds.set(socket, { deviceId, secret, client });
  return client;
}

/** With its length declared, so a client PC can pass the answer on as bytes without reading it to the end first. */
function send(res: http.ServerResponse, status: number, payload: unknown): void {
  const body = Buffer.from(JSON.stringify(payload));
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** The body, or null when it is longer than allowed (the connection is then dropped). */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
