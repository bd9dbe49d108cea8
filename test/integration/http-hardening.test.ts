import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppState } from '../../electron/services/store/app-state';
import {
  CLIENT_HEADER,
  startHttpTransport,
  TOKEN_HEADER,
  type HttpTransport,
} from '../../electron/api/transports/http';

const CLIENT = 'test-client-secret-0123456789abcdef';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

let server: HttpTransport;

beforeAll(async () => {
  server = await startHttpTransport({ context: { app: createAppState({ version: '0.0.0-test' }) } });
});
afterAll(() => server.close());

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One request through node:http, so headers the fetch API would normalise (Host, a header sent
 * twice) reach the server as written. `body` may be chunks, sent without a Content-Length.
 */
function raw(
  path: string,
  headers: http.OutgoingHttpHeaders,
  body: string | Buffer | { chunks: Buffer[] } = '{}',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        headers: { host: `127.0.0.1:${server.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (typeof body === 'object' && 'chunks' in body) {
      for (const chunk of body.chunks) req.write(chunk);
      req.end();
    } else {
      req.end(body);
    }
  });
}

const withToken = (extra: http.OutgoingHttpHeaders = {}) => ({
  [TOKEN_HEADER]: server.token,
  [CLIENT_HEADER]: CLIENT,
  ...extra,
});

describe('the loopback server never answers 500', () => {
  it('answers a malformed percent-encoded method name as an unknown method', async () => {
    for (const name of ['%', '%ZZ', '%E0%A4%A', 'prefs%2', '%%']) {
      const response = await raw(`/api/${name}`, withToken());
      expect(response.status, name).toBe(200);
      expect(JSON.parse(response.body), name).toEqual({
        ok: false,
        error: { code: 'unknown_method', message: 'errors.unknown_method' },
      });
    }
  });

  it('answers a declared oversized body with 413 and Connection: close, not a reset', async () => {
    const response = await raw('/api/system.ping', withToken(), Buffer.alloc(MAX_BODY_BYTES + 1, 0x20));
    expect(response.status).toBe(413);
    expect(response.headers.connection).toBe('close');
    expect(JSON.parse(response.body)).toEqual({ error: 'too_large' });
  });

  it('answers an oversized chunked body (no declared length) with 413 and Connection: close', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const chunks = Array.from({ length: MAX_BODY_BYTES / chunk.length + 2 }, () => chunk);
    const response = await raw('/api/system.ping', withToken(), { chunks });
    expect(response.status).toBe(413);
    expect(response.headers.connection).toBe('close');
  });

  it('still answers a body just under the limit, and the next request on a new connection', async () => {
    const padded = `{"echo":"x"}${' '.repeat(1024)}`;
    const response = await raw('/api/system.ping', withToken(), padded);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { echo: 'x' } });
  });
});

describe('one rule for Host and Origin: 127.0.0.1 and the server port, nothing else', () => {
  it('accepts its own address as Host and as Origin', async () => {
    expect((await raw('/api/system.info', withToken())).status).toBe(200);
    expect((await raw('/api/system.info', withToken({ origin: server.origin }))).status).toBe(200);
  });

  it('refuses localhost as Host and as Origin alike', async () => {
    const asHost = await raw('/api/system.info', withToken({ host: `localhost:${server.port}` }));
    expect([asHost.status, JSON.parse(asHost.body)]).toEqual([403, { error: 'forbidden_host' }]);
    const asOrigin = await raw('/api/system.info', withToken({ origin: `http://localhost:${server.port}` }));
    expect([asOrigin.status, JSON.parse(asOrigin.body)]).toEqual([403, { error: 'forbidden_origin' }]);
  });

  it('refuses the right address on another port, and without a port', async () => {
    for (const host of ['127.0.0.1', `127.0.0.1:${server.port + 1}`, `[::1]:${server.port}`]) {
      expect((await raw('/api/system.info', withToken({ host }))).status, host).toBe(403);
    }
  });
});

describe('the token must be exactly the per-launch token', () => {
  it('accepts the token under any spelling of the header name (header names are case-insensitive)', async () => {
    expect((await raw('/api/system.info', { 'X-Kesher-Token': server.token, 'X-Kesher-Client': CLIENT })).status).toBe(
      200,
    );
    expect((await raw('/api/system.info', { 'X-KESHER-TOKEN': server.token, 'X-KESHER-CLIENT': CLIENT })).status).toBe(
      200,
    );
  });

  it('refuses a call with the right token but no client secret, or a malformed one, before dispatching it', async () => {
    for (const client of [undefined, '', 'short', 'x'.repeat(129), 'has spaces in it and is long enough']) {
      const headers =
        client === undefined
          ? { [TOKEN_HEADER]: server.token }
          : { [TOKEN_HEADER]: server.token, [CLIENT_HEADER]: client };
      const response = await raw('/api/system.info', headers);
      expect(response.status, String(client)).toBe(400);
    }
  });

  it('refuses an empty, prefix, truncated, longer, repeated or differently-cased token with 401', async () => {
    const token = server.token;
    const swapCase = [...token].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
    expect(swapCase).not.toBe(token);
    const wrong: Record<string, string> = {
      empty: '',
      'first character': token.slice(0, 1),
      'first half': token.slice(0, token.length / 2),
      'missing its last character': token.slice(0, -1),
      'one character longer': `${token}A`,
      'followed by a space and more': `${token} x`,
      repeated: `${token}${token}`,
      'upper-cased': token.toUpperCase(),
      'case-swapped': swapCase,
      'a suffix': token.slice(1),
    };
    for (const [name, value] of Object.entries(wrong)) {
      const response = await raw('/api/system.info', { [TOKEN_HEADER]: value });
      expect([name, response.status]).toEqual([name, 401]);
    }
  });

  it('refuses the header sent twice, even twice with the right token', async () => {
    for (const values of [
      [server.token, server.token],
      [server.token, ''],
      ['', server.token],
    ]) {
      const response = await raw('/api/system.info', { [TOKEN_HEADER]: values });
      expect(response.status).toBe(401);
    }
  });
});
