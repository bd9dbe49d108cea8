import { describe, expect, it } from 'vitest';
import { createClient } from '../../electron/api/client';
import { httpTransport } from '../../renderer/src/api/http-transport';

interface SentRequest {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: unknown): { fetch: typeof fetch; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { fetch: fetchImpl, sent };
}

describe('the renderer HTTP transport', () => {
  it('posts the input as JSON to /api/<method> with the launch token header', async () => {
    const server = fakeFetch(200, { ok: true, value: { echo: 'hi', at: '2025-01-01T00:00:00.000Z' } });
    const api = createClient(httpTransport('secret-token', server.fetch));
    const result = await api['system.ping']({ echo: 'hi' });
    expect(result).toEqual({ ok: true, value: { echo: 'hi', at: '2025-01-01T00:00:00.000Z' } });
    expect(server.sent).toHaveLength(1);
    const [request] = server.sent;
    expect(request?.url).toBe('/api/system.ping');
    expect(request?.init.method).toBe('POST');
    expect((request?.init.headers as Record<string, string>)['x-kesher-token']).toBe('secret-token');
    expect(JSON.parse(request?.init.body as string)).toEqual({ echo: 'hi' });
  });

  it('passes an error Result from the server through unchanged', async () => {
    const error = { code: 'invalid_input', message: 'errors.invalid_input', fields: [] };
    const server = fakeFetch(200, { ok: false, error });
    const api = createClient(httpTransport('t', server.fetch));
    expect(await api['system.ping']({ echo: 'x' })).toEqual({ ok: false, error });
  });

  it('sends nothing without a token and explains how to connect', async () => {
    const server = fakeFetch(200, {});
    const api = createClient(httpTransport(null, server.fetch));
    const result = await api['system.info']({});
    expect(result).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'errors.browser_token' } });
    expect(server.sent).toHaveLength(0);
  });

  it('turns a refused token (401) into the same how-to-connect error', async () => {
    const api = createClient(httpTransport('stale', fakeFetch(401, { error: 'unauthorized' }).fetch));
    const result = await api['system.info']({});
    expect(result.ok ? null : result.error.message).toBe('errors.browser_token');
  });

  it('reports any other refusal or a dead server as store_unavailable', async () => {
    const refused = createClient(httpTransport('t', fakeFetch(403, { error: 'forbidden_origin' }).fetch));
    expect(await refused['system.info']({})).toEqual({
      ok: false,
      error: { code: 'store_unavailable', message: 'errors.transport' },
    });
    const dead = createClient(
      httpTransport('t', (async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch),
    );
    const result = await dead['system.info']({});
    expect(result.ok ? null : result.error.code).toBe('store_unavailable');
  });
});
