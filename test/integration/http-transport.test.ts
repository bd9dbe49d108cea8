import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/api/contract';
import { createAppState } from '../../electron/services/store/app-state';
import {
  CLIENT_HEADER,
  startHttpTransport,
  TOKEN_HEADER,
  type HttpTransport,
} from '../../electron/api/transports/http';
import { NONCE_PLACEHOLDER } from '../../electron/platform/csp';
import { makeTempDir } from '../fixtures/temp-dir';

const CLIENT = 'test-client-secret-0123456789abcdef';

let server: HttpTransport;
let staticDir: string;

beforeAll(async () => {
  staticDir = makeTempDir('kesher-static-');
  writeFileSync(
    path.join(staticDir, 'index.html'),
    `<html><head><meta name="csp-nonce" content="${NONCE_PLACEHOLDER}"></head></html>`,
  );
  mkdirSync(path.join(staticDir, 'assets'));
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startHttpTransport({ context: { app: createAppState({ version: '0.0.0-test' }) }, staticDir });
});
afterAll(() => server.close());

function call(method: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, [CLIENT_HEADER]: CLIENT, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('loopback HTTP transport', () => {
  it('listens on 127.0.0.1 with a random port and a long random token in the URL', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect(server.token.length).toBeGreaterThanOrEqual(43);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
  });

  it('answers a call made with the token', async () => {
    const response = await call('system.info', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { appName: 'Kesher', transport: 'http' } });
  });

  it('rejects a call without the token with 401', async () => {
    const response = await fetch(`${server.origin}/api/system.info`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });

  it('rejects a wrong token, including one of the right length, with 401', async () => {
    expect((await call('system.info', {}, { [TOKEN_HEADER]: 'nope' })).status).toBe(401);
    const sameLength = server.token.replace(/./g, 'A');
    expect((await call('system.info', {}, { [TOKEN_HEADER]: sameLength })).status).toBe(401);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const response = await call('system.info', {}, { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('refuses a cross-site fetch and a foreign Host header (DNS rebinding)', async () => {
    expect((await call('system.info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const rebound = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            path: '/api/system.info',
            method: 'POST',
            headers: { host: 'evil.example', [TOKEN_HEADER]: server.token },
          },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end('{}');
      }, reject);
    });
    expect(rebound).toBe(403);
  });

  it('accepts its own Origin', async () => {
    expect((await call('system.info', {}, { origin: server.origin })).status).toBe(200);
  });

  it('reports unparseable JSON as invalid_input', async () => {
    const response = await call('system.ping', '{not json');
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'errors.invalid_json' },
    });
  });

  it('answers invalid input with invalid_input naming the field', async () => {
    const body = (await (await call('system.ping', { echo: ['x'] })).json()) as {
      error: { fields: { path: string }[] };
    };
    expect(body.error.fields[0]?.path).toBe('echo');
  });

  it('only accepts POST for the API', async () => {
    const response = await fetch(`${server.origin}/api/system.info`, { headers: { [TOKEN_HEADER]: server.token } });
    expect(response.status).toBe(405);
  });

  it('serves index.html with a CSP carrying a fresh nonce that matches the page', async () => {
    const first = await fetch(`${server.origin}/`);
    const second = await fetch(`${server.origin}/`);
    const csp = first.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(await first.text()).toContain(`content="${nonce}"`);
    expect(second.headers.get('content-security-policy')).not.toBe(csp);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves assets and refuses paths that escape the renderer folder', async () => {
    expect((await fetch(`${server.origin}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${server.origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.origin}/assets/missing.js`)).status).toBe(404);
  });

  it('never answers 500 for any method and any body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methodNames, 'unknown.method'), fc.string(), async (method, body) => {
        const response = await call(method, body);
        expect(response.status).toBe(200);
        const result = (await response.json()) as { ok: boolean };
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 100 },
    );
  });
});
