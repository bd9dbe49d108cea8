import { X509Certificate } from 'node:crypto';
import type http from 'node:http';
import https from 'node:https';
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
      maxSockets: 8,
      cert: pairing.certPem,
      key: pairing.keyPem,
      ca: [pairing.hostCertPem],
      minVersion: 'TLSv1.3',
      checkServerIdentity: (_host, cert) =>
        cert.fingerprint256 === pairing.hostFingerprint ? undefined : new Error('pin_mismatch'),
      ...(localAddress ? { localAddress } : {}),
    });
  }

  /** One API call as `client` (a window of this PC), answered by the host's dispatch. */
  async call(method: string, input: unknown, client: string): Promise<ForwardedResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const answer = await this.post(`/api/${encodeURIComponent(method)}`, JSON.stringify(input ?? {}), client);
        this.reachable = true;
        if (answer.status === 403)
          return { ok: false, error: { code: 'unauthenticated', message: 'errors.lan.device_revoked' } };
        if (answer.status !== 200) return unreachable();
        return JSON.parse(answer.body) as ForwardedResult;
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
          return { ok: false, error: { code: 'store_unavailable', message: 'errors.lan.pin_mismatch' } };
        }
        if (BEFORE_SENDING.has(code) && attempt < CONNECT_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
          continue;
        }
        this.reachable = false;
        return unreachable();
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

  /** A raw POST over the pinned connection (the pairing request uses it too). */
  post(path: string, body: string, client: string): Promise<HttpAnswer> {
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
            'Content-Length': Buffer.byteLength(body),
            [CLIENT_HEADER]: client,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
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

function safeJson(text: string): Record<string, unknown> | null {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}
