import http from 'node:http';
import net from 'node:net';
import { vi } from 'vitest';
import type { RequestContext } from '../../../electron/api/context';
import { CLIENT_HEADER, TOKEN_HEADER } from '../../../electron/api/transports/http';

/**
 * Helpers for the fast transport tests: a fake dispatcher in place of the store runtime, and raw
 * requests through node:http so headers the fetch API would normalise (Host, a header sent twice,
 * the header names' case) reach the server as written.
 */

export const CLIENT = 'unit-client-secret-0123456789abcdef';
export const TOKEN = 'unit-test-token-0123456789abcdefghijklmnopqrstuvw';

/** Longest silence a request waits through; generous for a loaded machine, short beside the test timeout. */
export const ANSWER_WITHIN_MS = 8_000;

export interface DispatchCall {
  method: string | null;
  input: unknown;
  ctx: RequestContext;
}

/** Answers every call with what it was given; `test.fail` rejects, as a crashing handler would. */
export function fakeDispatcher() {
  const calls: DispatchCall[] = [];
  const dispatcher = vi.fn(async (method: string | null, input: unknown, ctx: RequestContext) => {
    calls.push({ method, input, ctx });
    if (method === 'test.fail') throw new Error('handler crashed');
    return { ok: true, value: { method, input } };
  });
  return { calls, dispatcher };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  port: number;
  path: string;
  method?: string;
  headers?: http.OutgoingHttpHeaders;
  /** A string or buffer is sent with its length; chunks are sent without one (chunked). */
  body?: string | Buffer | { chunks: Buffer[] };
  host?: string;
}

export function raw(request: RawRequest): Promise<RawResponse> {
  const { port, path, method = 'POST', body = '{}' } = request;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: request.host ?? '127.0.0.1',
        port,
        path,
        method,
        agent: false,
        headers: { host: `127.0.0.1:${port}`, ...request.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    // A server that never answers fails the test in seconds rather than at the test timeout.
    req.setTimeout(ANSWER_WITHIN_MS, () => req.destroy(new Error('no answer')));
    req.on('error', reject);
    if (typeof body === 'object' && 'chunks' in body) {
      // The last chunk goes out with the end of the body, in one write.
      const chunks = [...body.chunks];
      const last = chunks.pop();
      for (const chunk of chunks) req.write(chunk);
      req.end(last);
    } else {
      req.end(method === 'GET' || method === 'HEAD' ? undefined : body);
    }
  });
}

/** The headers a page sends with every API call. */
export function signed(extra: http.OutgoingHttpHeaders = {}): http.OutgoingHttpHeaders {
  return { [TOKEN_HEADER]: TOKEN, [CLIENT_HEADER]: CLIENT, ...extra };
}

export interface SocketExchange {
  /** Everything the server sent, as text. */
  text: string;
  /** The server ended the connection itself (a FIN), rather than leaving it open. */
  endedByServer: boolean;
  /** The connection's error, if any: a reset shows here as ECONNRESET or EPIPE. */
  error: string | null;
}

/**
 * Sends `request` whole over a plain socket and reads until the connection closes, so the test
 * sees what the HTTP client would hide: who closed the connection, and whether with a reset.
 */
export function exchange(port: number, request: Buffer): Promise<SocketExchange> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    const received: Buffer[] = [];
    let endedByServer = false;
    let error: string | null = null;
    socket.setTimeout(ANSWER_WITHIN_MS, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('end', () => {
      endedByServer = true;
      socket.end();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => resolve({ text: Buffer.concat(received).toString('utf8'), endedByServer, error }));
    socket.once('connect', () => socket.write(request));
  });
}
