import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppState } from '../../electron/services/store/app-state';
import {
  CLIENT_HEADER,
  startHttpTransport,
  TOKEN_HEADER,
  type HttpTransport,
} from '../../electron/api/transports/http';
import type { RelayedAnswer } from '../../electron/services/lan/host-connection';

/**
 * The loopback transport's relay, as a client PC uses it: calls it does not answer itself are
 * passed on as the page sent them and the answer comes back as the other side's bytes, after
 * the same token, Origin and client checks as every call.
 */
const CLIENT = 'relay-client-secret-0123456789';
const seen: { method: string | null; body: string; client: string }[] = [];
let next: () => RelayedAnswer = () => ({ result: { ok: true, value: null } });
let server: HttpTransport;

beforeAll(async () => {
  server = await startHttpTransport({
    context: { app: createAppState({ version: '0.0.0-test' }) },
    relay: (method) =>
      method === 'system.info'
        ? null
        : async (body, client) => {
            seen.push({ method, body: body.toString('utf8'), client });
            return next();
          },
  });
});
afterAll(() => server.close());

function call(method: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, [CLIENT_HEADER]: CLIENT, ...headers },
    body,
  });
}

describe('relayed calls on the loopback transport', () => {
  it('passes the body on byte for byte, malformed JSON included, and streams the answer back as it came', async () => {
    seen.length = 0;
    const answer = Buffer.from('{"ok":true,"value":{"name":"שם"}}');
    next = () => ({ stream: Readable.from([answer.subarray(0, 7), answer.subarray(7)]), length: answer.length });
    const response = await call('participants.list', '{ "pageSize" : 50 ');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(answer.length));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(answer)).toBe(true);
    expect(seen).toEqual([
      { method: 'participants.list', body: '{ "pageSize" : 50 ', client: expect.stringMatching(/^http:/) },
    ]);
  });

  it('sends a failure the relay reports as the JSON result', async () => {
    next = () => ({
      result: { ok: false, error: { code: 'store_unavailable', message: 'errors.lan.host_unreachable' } },
    });
    expect(await (await call('search.quick', '{"q":"abc"}')).json()).toEqual({
      ok: false,
      error: { code: 'store_unavailable', message: 'errors.lan.host_unreachable' },
    });
  });

  it('ends the answer when the other side breaks off, so the page sees a failed call and not a short one', async () => {
    next = () => {
      const stream = new PassThrough();
      stream.write('{"ok":true,"value":[');
      setTimeout(() => stream.destroy(new Error('connection reset')), 20);
      return { stream, length: 4096 };
    };
    const response = await call('participants.list', '{}');
    await expect(response.arrayBuffer()).rejects.toThrow();
  });

  it('checks the token and the client before relaying anything', async () => {
    seen.length = 0;
    expect((await call('participants.list', '{}', { [TOKEN_HEADER]: 'x'.repeat(43) })).status).toBe(401);
    expect((await call('participants.list', '{}', { [CLIENT_HEADER]: 'short' })).status).toBe(400);
    expect((await call('participants.list', '{}', { origin: 'http://evil.example' })).status).toBe(403);
    expect(seen).toEqual([]);
  });

  it('answers the calls the relay leaves to this process itself', async () => {
    seen.length = 0;
    expect(await (await call('system.info', '{}')).json()).toMatchObject({ ok: true, value: { appName: 'Kesher' } });
    expect(seen).toEqual([]);
  });
});
