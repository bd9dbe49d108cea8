import { writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RequestContext } from '../../../electron/api/context';
import { dispatch } from '../../../electron/api/dispatch';
import {
  CLIENT_HEADER,
  clientIdOf,
  startHttpTransport,
  TOKEN_HEADER,
  type HttpTransport,
} from '../../../electron/api/transports/http';
import { NONCE_PLACEHOLDER } from '../../../electron/platform/csp';
import { START_PLACEHOLDER } from '../../../electron/platform/static-files';
import { makeTempDir } from '../../fixtures/temp-dir';
import { CLIENT, fakeDispatcher, raw, signed, TOKEN } from './http-raw';

// The transport's own rules, over a fake dispatcher: the process's dispatch (and with it the store
// runtime and every service) is replaced, so this file loads in a moment and can run per mutant.
vi.mock('../../../electron/api/dispatch', () => ({
  dispatch: vi.fn(async () => ({ ok: true, value: 'answered by the process dispatch' })),
}));

/** What a client sees when the server drops its connection (not its own timeout giving up). */
const DROPPED = /^(aborted|socket hang up)$/;

type Context = Omit<RequestContext, 'transport'>;
const take = vi.fn((_token: string, _client: string) => ({ ok: false as const, reason: 'expired' }));
const context = { app: { documents: { take } } } as unknown as Context;
const fake = fakeDispatcher();
let server: HttpTransport;
let staticDir: string;

beforeAll(async () => {
  staticDir = makeTempDir('kesher-static-unit-');
  writeFileSync(
    path.join(staticDir, 'index.html'),
    `<html><meta name="csp-nonce" content="${NONCE_PLACEHOLDER}"><meta name="kesher-start" content="${START_PLACEHOLDER}"></html>`,
  );
  server = await startHttpTransport({ context, staticDir, token: TOKEN, dispatcher: fake.dispatcher });
});
afterAll(() => server.close());

const api = (p: string, headers = signed(), body?: string) =>
  raw({ port: server.port, path: p, headers, ...(body === undefined ? {} : { body }) });
const json = (text: string): unknown => JSON.parse(text);

describe('an API call reaches the dispatcher as the page sent it', () => {
  it('passes the method, the parsed body and the context with transport http and the hashed client', async () => {
    fake.calls.length = 0;
    const response = await api('/api/people.search', signed(), '{"query":"כהן"}');
    expect(response.status).toBe(200);
    expect(json(response.body)).toEqual({ ok: true, value: { method: 'people.search', input: { query: 'כהן' } } });
    const [call] = fake.calls;
    expect(call?.ctx).toEqual({ app: context.app, transport: 'http', client: clientIdOf(CLIENT) });
  });

  it('reads an empty body as {} and unparseable JSON as invalid_input without dispatching', async () => {
    expect(json((await api('/api/system.ping', signed(), '')).body)).toEqual({
      ok: true,
      value: { method: 'system.ping', input: {} },
    });
    fake.calls.length = 0;
    const bad = await api('/api/system.ping', signed(), '{not json');
    expect([bad.status, json(bad.body)]).toEqual([
      200,
      { ok: false, error: { code: 'invalid_input', message: 'errors.invalid_json' } },
    ]);
    expect(fake.calls).toEqual([]);
  });

  it('names the method from the path: percent-decoded, query dropped, malformed escapes as no method', async () => {
    const methodOf = async (p: string) => (json((await api(p)).body) as { value: { method: unknown } }).value.method;
    expect(await methodOf('/api/system%2Eping?x=1')).toBe('system.ping');
    expect(await methodOf('/api/system.info')).toBe('system.info');
    for (const name of ['%', '%ZZ', '%E0%A4%A', 'prefs%2']) expect(await methodOf(`/api/${name}`), name).toBeNull();
  });

  it('answers 500 internal (never a crash) when the dispatcher throws', async () => {
    const response = await api('/api/test.fail');
    expect([response.status, json(response.body)]).toEqual([500, { error: 'internal' }]);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('uses the process dispatch when no dispatcher is given', async () => {
    const own = await startHttpTransport({ context, token: TOKEN });
    try {
      const response = await raw({ port: own.port, path: '/api/system.info', headers: signed() });
      expect(json(response.body)).toEqual({ ok: true, value: 'answered by the process dispatch' });
      expect(vi.mocked(dispatch)).toHaveBeenCalledWith(
        'system.info',
        {},
        expect.objectContaining({ transport: 'http' }),
      );
    } finally {
      await own.close();
    }
  });
});

describe('JSON answers are never cached or sniffed', () => {
  it('sends content type, no-store and nosniff on answers and refusals alike', async () => {
    for (const response of [await api('/api/system.info'), await api('/api/system.info', {})]) {
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('Host, Origin and Sec-Fetch-Site', () => {
  it('accepts no Origin and its own Origin, refuses any other Origin with forbidden_origin', async () => {
    expect((await api('/api/system.info')).status).toBe(200);
    expect((await api('/api/system.info', signed({ origin: server.origin }))).status).toBe(200);
    for (const origin of ['http://evil.example', `http://localhost:${server.port}`, 'null', '']) {
      const response = await api('/api/system.info', signed({ origin }));
      expect([origin, response.status, json(response.body)]).toEqual([origin, 403, { error: 'forbidden_origin' }]);
    }
  });

  it('refuses a cross-site fetch but not a same-origin one', async () => {
    const cross = await api('/api/system.info', signed({ 'sec-fetch-site': 'cross-site' }));
    expect([cross.status, json(cross.body)]).toEqual([403, { error: 'forbidden_origin' }]);
    expect((await api('/api/system.info', signed({ 'sec-fetch-site': 'same-origin' }))).status).toBe(200);
  });

  it('refuses any Host but 127.0.0.1 on its own port with forbidden_host, static files included', async () => {
    for (const host of ['evil.example', `localhost:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`]) {
      const response = await raw({ port: server.port, path: '/', method: 'GET', headers: { host } });
      expect([host, response.status, json(response.body)]).toEqual([host, 403, { error: 'forbidden_host' }]);
    }
  });
});

describe('the token and the client secret', () => {
  it('refuses a missing, empty, prefix, truncated, longer, repeated or differently-cased token with 401', async () => {
    const swapped = [...TOKEN].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
    const wrong = ['', TOKEN.slice(0, 1), TOKEN.slice(0, -1), `${TOKEN}A`, `${TOKEN}${TOKEN}`, swapped, TOKEN.slice(1)];
    for (const token of [undefined, ...wrong]) {
      const headers = token === undefined ? { [CLIENT_HEADER]: CLIENT } : signed({ [TOKEN_HEADER]: token });
      const response = await api('/api/system.info', headers);
      expect([token, response.status, json(response.body)]).toEqual([token, 401, { error: 'unauthorized' }]);
    }
    const twice = await api('/api/system.info', signed({ [TOKEN_HEADER]: [TOKEN, TOKEN] }));
    expect(twice.status).toBe(401);
  });

  it('accepts the token under any spelling of the header name', async () => {
    const headers = { 'X-KESHER-TOKEN': TOKEN, 'X-Kesher-Client': CLIENT };
    expect((await api('/api/system.info', headers)).status).toBe(200);
  });

  it('refuses a missing or malformed client secret with 400 client_required', async () => {
    const response = await api('/api/system.info', { [TOKEN_HEADER]: TOKEN });
    expect([response.status, json(response.body)]).toEqual([400, { error: 'client_required' }]);
  });

  it('takes client secrets of 22 to 128 letters, digits, _ and -, and nothing else', () => {
    for (const ok of ['a'.repeat(22), 'Z9_-'.repeat(32), `${'a'.repeat(21)}_`, '-'.repeat(22)])
      expect(clientIdOf(ok), ok).not.toBeNull();
    const bad = ['a'.repeat(21), 'a'.repeat(129), `${'a'.repeat(22)}.`, ` ${'a'.repeat(22)}`, `${'a'.repeat(22)} `];
    for (const secret of [...bad, `${'a'.repeat(11)}/${'a'.repeat(11)}`, 'א'.repeat(22)])
      expect(clientIdOf(secret), secret).toBeNull();
    expect(clientIdOf(undefined)).toBeNull();
    expect(clientIdOf([CLIENT, CLIENT])).toBeNull();
    // A header given as a list is no secret, even a list of one well-formed secret.
    expect(clientIdOf([CLIENT])).toBeNull();
  });

  it('keys a client by a short hash of its secret, never the secret itself', () => {
    const id = clientIdOf(CLIENT);
    expect(id).toMatch(/^http:[A-Za-z0-9_-]{32}$/);
    expect(id).not.toContain(CLIENT.slice(0, 8));
    expect(clientIdOf(CLIENT)).toBe(id);
    expect(clientIdOf(`${CLIENT}x`)).not.toBe(id);
  });
});

describe('methods and paths', () => {
  it('answers the API only to POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await raw({ port: server.port, path: '/api/system.info', method, headers: signed() });
      expect([method, response.status, json(response.body)]).toEqual([method, 405, { error: 'method_not_allowed' }]);
    }
  });

  it('serves the page to GET with a fresh CSP nonce and the security headers, and HEAD without a body', async () => {
    const page = await raw({ port: server.port, path: '/', method: 'GET' });
    const nonce = /'nonce-([^']+)'/.exec(String(page.headers['content-security-policy']))?.[1];
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${nonce}"`);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const head = await raw({ port: server.port, path: '/', method: 'HEAD' });
    expect([head.status, head.body, head.headers['content-type']]).toEqual([200, '', 'text/html; charset=utf-8']);
    expect(head.headers['content-security-policy']).toContain("'nonce-");
  });

  it('tells the page a new window starts at sign-in only while the store is ready', async () => {
    const start = async () =>
      /name="kesher-start" content="([^"]*)"/.exec(
        (await raw({ port: server.port, path: '/participants', method: 'GET' })).body,
      )?.[1];
    const app = context.app as { runtime?: unknown };
    expect(await start()).toBe('undecided');
    try {
      for (const state of ['ready', 'needs_setup', 'keyring_missing', 'keyring_damaged']) {
        app.runtime = { state: () => state };
        expect([state, await start()]).toEqual([state, state === 'ready' ? 'sign-in' : 'undecided']);
      }
    } finally {
      delete app.runtime;
    }
  });

  it('refuses other methods outside the API, and has no pages without a renderer folder', async () => {
    const post = await raw({ port: server.port, path: '/', method: 'POST' });
    expect([post.status, json(post.body)]).toEqual([405, { error: 'method_not_allowed' }]);
    const bare = await startHttpTransport({ context, token: TOKEN, dispatcher: fake.dispatcher });
    try {
      const response = await raw({ port: bare.port, path: '/', method: 'GET' });
      expect([response.status, json(response.body)]).toEqual([404, { error: 'not_found' }]);
    } finally {
      await bare.close();
    }
  });
});

describe('one-time documents', () => {
  it('needs the token and the client, then hands the document token to the hand-over', async () => {
    const handOver = vi.fn((_q: unknown, res: import('node:http').ServerResponse, _t: string, _c: string) => {
      res.end('pdf');
    });
    const relay = await startHttpTransport({ context, token: TOKEN, dispatcher: fake.dispatcher, handOver });
    try {
      const fetchDoc = (headers = signed()) =>
        raw({ port: relay.port, path: '/documents/abc123', method: 'GET', headers });
      const noToken = await fetchDoc({ [CLIENT_HEADER]: CLIENT });
      expect([noToken.status, json(noToken.body)]).toEqual([401, { error: 'unauthorized' }]);
      const noClient = await fetchDoc({ [TOKEN_HEADER]: TOKEN });
      expect([noClient.status, json(noClient.body)]).toEqual([400, { error: 'client_required' }]);
      expect(handOver).not.toHaveBeenCalled();
      expect((await fetchDoc()).body).toBe('pdf');
      expect(handOver).toHaveBeenCalledWith(expect.anything(), expect.anything(), 'abc123', clientIdOf(CLIENT));
    } finally {
      await relay.close();
    }
  });

  it('serves from its own store when no hand-over is given', async () => {
    const response = await raw({ port: server.port, path: '/documents/tok-1', method: 'GET', headers: signed() });
    expect([response.status, json(response.body)]).toEqual([404, { error: 'expired' }]);
    expect(take).toHaveBeenCalledWith('tok-1', clientIdOf(CLIENT));
  });

  it('drops the connection when the hand-over fails after it began answering', async () => {
    const handOver = (_q: unknown, res: import('node:http').ServerResponse) => {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('partial');
      throw new Error('disk gone');
    };
    const relay = await startHttpTransport({ context, token: TOKEN, dispatcher: fake.dispatcher, handOver });
    try {
      const request = raw({ port: relay.port, path: '/documents/x', method: 'GET', headers: signed() });
      await expect(request).rejects.toThrow(DROPPED);
    } finally {
      await relay.close();
    }
  });
});

describe('starting and stopping', () => {
  it('makes a long random token per launch unless one is given, and prints the URL with it', async () => {
    const [a, b] = [await startHttpTransport({ context }), await startHttpTransport({ context })];
    try {
      expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(a.token).not.toBe(b.token);
      expect(a.url).toBe(`http://127.0.0.1:${a.port}/#token=${a.token}`);
      expect(a.origin).toBe(`http://127.0.0.1:${a.port}`);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    expect(server.token).toBe(TOKEN);
  });

  it('listens on the port asked for, and fails to start when that port is taken', async () => {
    const first = await startHttpTransport({ context, port: 0 });
    const port = first.port;
    await expect(startHttpTransport({ context, port })).rejects.toThrow(/EADDRINUSE/);
    await first.close();
    const again = await startHttpTransport({ context, port });
    expect(again.port).toBe(port);
    await again.close();
  });

  it('listens on IPv4 loopback only, not on ::1', async () => {
    // Its own server, started inside the test: one started in a hook counts for no test's coverage.
    const own = await startHttpTransport({ context, token: TOKEN, dispatcher: fake.dispatcher });
    try {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: '::1', port: own.port });
        socket.once('connect', () => resolve(socket.destroy() && false));
        socket.once('error', () => resolve(true));
      });
      expect(refused).toBe(true);
    } finally {
      await own.close();
    }
  });

  it('closes even while a request is still waiting for its answer', async () => {
    const handOver = vi.fn(() => new Promise<void>(() => undefined));
    const hung = await startHttpTransport({ context, token: TOKEN, dispatcher: fake.dispatcher, handOver });
    const request = raw({ port: hung.port, path: '/documents/x', method: 'GET', headers: signed() });
    await vi.waitFor(() => expect(handOver).toHaveBeenCalled());
    await hung.close();
    await expect(request).rejects.toThrow(DROPPED);
  });
});
