import { X509Certificate } from 'node:crypto';
import type http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import tls from 'node:tls';
import { AppError } from '../../domain/app-error';
import { certificateFingerprint, generateIdentity } from './host-state';
import type { ClientPairing } from './client-pairing';
import { pairingProof, proofMatches } from './pairing';
import { HANDOFF_PATH } from '../printing/deliver';

/** The client-id header the host keys sessions by (the same name the loopback transport uses). */
const CLIENT_HEADER = 'x-kesher-client';
const PAIR_PATH = '/lan/pair';
const CALL_TIMEOUT_MS = 15_000;
/** Connection attempts before a call reports the centre PC unreachable; only failures before sending are retried. */
const CONNECT_ATTEMPTS = 3;
const RETRY_DELAY_MS = 250;
/**
 * An idle connection is closed after this, well before the host closes its side (60 s,
 * transports/https-lan.ts), so a call is never sent on a connection the host is just closing.
 */
const IDLE_CLOSE_MS = 30_000;

export interface ForwardedResult {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string; fields?: unknown };
}

const unreachable = (): ForwardedResult => ({
  ok: false,
  error: { code: 'store_unavailable', message: 'errors.lan.host_unreachable' },
});

/** Errors that mean nothing of the request reached the host: safe to try again. */
const BEFORE_SENDING = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENOTFOUND', 'EAI_AGAIN']);

export interface FetchedDocument {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A call's answer as a client PC passes it on: the host's JSON bytes as they arrive, or a failure to report. */
export type RelayedAnswer = { stream: Readable; length: number | null } | { result: ForwardedResult };

interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * The pinned TLS connection from a client PC to the centre PC. The host's own certificate is the
 * only trust anchor and its fingerprint must match the pin, checked during the handshake, so a
 * call to another machine fails before a byte of the request is sent.
 */
export class HostConnection {
  private readonly agent: https.Agent;
  /** Whether the last call got an answer; null before any. */
  reachable: boolean | null = null;

  constructor(
    readonly pairing: ClientPairing,
    private readonly localAddress?: string,
  ) {
    this.agent = new https.Agent({
      keepAlive: true,
      // For a socket in the pool only: a call in progress runs under its own CALL_TIMEOUT_MS.
      timeout: IDLE_CLOSE_MS,
      maxSockets: 8,
      cert: pairing.certPem,
      key: pairing.keyPem,
      ca: [pairing.hostCertPem],
      minVersion: 'TLSv1.3',
      checkServerIdentity: (_host, cert) =>
        cert.fingerprint256 === pairing.hostFingerprint ? undefined : new Error('pin_mismatch'),
      ...(localAddress ? { localAddress } : {}),
    });
    // This agent only ever reaches one host as one identity; Node would otherwise rebuild its pool
    // key from the three certificates' PEM text on every request.
    this.agent.getName = () => 'centre-pc';
  }

  /** One API call as `client` (a window of this PC), answered by the host's dispatch. */
  async call(method: string, input: unknown, client: string): Promise<ForwardedResult> {
    const answer = await this.relay(method, Buffer.from(JSON.stringify(input ?? {})), client);
    if ('result' in answer) return answer.result;
    try {
      return JSON.parse((await readAll(answer.stream)).toString('utf8')) as ForwardedResult;
    } catch {
      this.reachable = false;
      return unreachable();
    }
  }

  /**
   * One API call whose body is passed on as the window sent it and whose answer comes back as the
   * host's bytes, streamed: a client PC's own process neither parses nor re-serialises a call (the
   * host validates it). Failures come back as a result to send instead.
   */
  async relay(method: string, body: Buffer, client: string): Promise<RelayedAnswer> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const answer = await this.send(`/api/${encodeURIComponent(method)}`, body, client);
        this.reachable = true;
        if (answer.statusCode === 200) {
          const length = Number(answer.headers['content-length']);
          return { stream: answer, length: Number.isSafeInteger(length) ? length : null };
        }
        answer.resume();
        if (answer.statusCode === 403)
          return { result: { ok: false, error: { code: 'unauthenticated', message: 'errors.lan.device_revoked' } } };
        return { result: unreachable() };
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (
          (error as Error).message === 'pin_mismatch' ||
          code === 'ERR_TLS_CERT_ALTNAME_INVALID' ||
          code.startsWith('ERR_TLS') ||
          code === 'DEPTH_ZERO_SELF_SIGNED_CERT' ||
          code === 'SELF_SIGNED_CERT_IN_CHAIN' ||
          code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
        ) {
          this.reachable = false;
          return { result: { ok: false, error: { code: 'store_unavailable', message: 'errors.lan.pin_mismatch' } } };
        }
        if (BEFORE_SENDING.has(code) && attempt < CONNECT_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
          continue;
        }
        this.reachable = false;
        return { result: unreachable() };
      }
    }
  }

  /**
   * A one-time document the host made for `client`, fetched over the pinned connection and handed
   * on as it came (status, type, bytes); the bytes live in memory only. Null when the host cannot
   * be reached.
   */
  fetchDocument(token: string, client: string): Promise<FetchedDocument | null> {
    return new Promise((resolve) => {
      const req = https.request(
        {
          host: this.pairing.host,
          port: this.pairing.port,
          path: `${HANDOFF_PATH}${encodeURIComponent(token)}`,
          method: 'GET',
          agent: this.agent,
          timeout: CALL_TIMEOUT_MS,
          headers: { [CLIENT_HEADER]: client },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            this.reachable = true;
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) });
          });
          res.on('error', () => resolve(null));
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
      req.on('error', () => {
        this.reachable = false;
        resolve(null);
      });
      req.end();
    });
  }

  /** A raw POST over the pinned connection, answer read whole (the pairing request). */
  async post(path: string, body: string, client: string): Promise<HttpAnswer> {
    const answer = await this.send(path, Buffer.from(body), client);
    return { status: answer.statusCode ?? 0, body: (await readAll(answer)).toString('utf8') };
  }

  /** A POST over the pinned connection; resolves once the answer's head has come, its body still to read. */
  private send(path: string, body: Buffer, client: string): Promise<http.IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          host: this.pairing.host,
          port: this.pairing.port,
          path,
          method: 'POST',
          agent: this.agent,
          timeout: CALL_TIMEOUT_MS,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': body.length,
            [CLIENT_HEADER]: client,
          },
        },
        resolve,
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface PairRequest {
  host: string;
  port: number;
  code: string;
  deviceName: string;
  /** What staff read off the centre PC's screen, when they typed it: pairing stops if it differs. */
  expectedFingerprint?: string;
  localAddress?: string;
}

/**
 * Pairs this PC: reads the host's certificate, proves knowledge of the code over both
 * certificates (without sending it), checks the host's proof in return, and gives back the
 * pairing to keep. Throws AppError with a message for staff on every refusal.
 */
export async function pairWithHost(request: PairRequest): Promise<ClientPairing> {
  const own = await generateIdentity('Kesher office PC');
  const hostCertPem = await fetchHostCertificate(request, own);
  const hostFingerprint = certificateFingerprint(hostCertPem);
  if (request.expectedFingerprint && request.expectedFingerprint !== hostFingerprint)
    throw new AppError('conflict', 'errors.lan.pin_mismatch');
  const clientFingerprint = certificateFingerprint(own.certPem);
  const pairing: ClientPairing = {
    host: request.host,
    port: request.port,
    deviceId: '00000000-0000-4000-8000-000000000000',
    hostCertPem,
    hostFingerprint,
    certPem: own.certPem,
    keyPem: own.keyPem,
  };
  const connection = new HostConnection(pairing, request.localAddress);
  let answer: HttpAnswer;
  try {
    const body = JSON.stringify({
      proof: pairingProof(request.code, 'client', hostFingerprint, clientFingerprint),
      name: request.deviceName,
    });
    answer = await connection.post(PAIR_PATH, body, 'pairing-request');
  } catch {
    throw new AppError('store_unavailable', 'errors.lan.host_unreachable');
  } finally {
    connection.close();
  }
  if (answer.status !== 200) {
    const reason = safeJson(answer.body)?.reason;
    throw new AppError(
      'forbidden',
      reason === 'throttled' ? 'errors.lan.pairing_throttled' : 'errors.lan.pairing_refused',
    );
  }
  const granted = safeJson(answer.body) as { deviceId?: unknown; hostProof?: unknown } | null;
  if (
    !granted ||
    !proofMatches(pairingProof(request.code, 'host', hostFingerprint, clientFingerprint), granted.hostProof)
  )
    throw new AppError('conflict', 'errors.lan.pin_mismatch');
  return { ...pairing, deviceId: String(granted.deviceId) };
}

/** The certificate the address presents, read without trusting it (it is pinned only after the proofs). */
function fetchHostCertificate(request: PairRequest, own: { certPem: string; keyPem: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: request.host,
      port: request.port,
      minVersion: 'TLSv1.3',
      rejectUnauthorized: false,
      cert: own.certPem,
      key: own.keyPem,
      ...(request.localAddress ? { localAddress: request.localAddress } : {}),
    });
    socket.setTimeout(CALL_TIMEOUT_MS, () => socket.destroy(new Error('timeout')));
    socket.once('secureConnect', () => {
      const raw = socket.getPeerCertificate().raw;
      socket.end();
      resolve(new X509Certificate(raw).toString());
    });
    socket.once('error', () => reject(new AppError('store_unavailable', 'errors.lan.host_unreachable')));
  });
}

/** A whole answer body; rejects if the connection breaks off before its end. */
function readAll(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.on('aborted', () => reject(new Error('aborted')));
  });
}

function safeJson(text: string): Record<string, unknown> | null {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}
