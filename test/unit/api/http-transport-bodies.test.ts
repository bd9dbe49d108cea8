import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpTransport, type HttpTransport } from '../../../electron/api/transports/http';
import { exchange, fakeDispatcher, raw, signed, TOKEN, type RawResponse } from './http-raw';

// Body limits over a fake dispatcher (no store runtime is loaded): 16 MiB is the most a call may
// send; more is refused with 413 and Connection: close, and the server then closes the connection.
// Not used here (the fake dispatcher answers); replaced so the store runtime behind it is not loaded.
vi.mock('../../../electron/api/dispatch', () => ({ dispatch: vi.fn() }));

const MAX_BODY_BYTES = 16 * 1024 * 1024;
const MIB = 1024 * 1024;

const fake = fakeDispatcher();
let server: HttpTransport;

beforeAll(async () => {
  const context = { app: {} } as Parameters<typeof startHttpTransport>[0]['context'];
  server = await startHttpTransport({ context, token: TOKEN, dispatcher: fake.dispatcher });
});
afterAll(() => server.close());

const post = (body: string | Buffer | { chunks: Buffer[] }) =>
  raw({ port: server.port, path: '/api/system.ping', headers: signed(), body });

/** A JSON body of exactly `bytes` bytes: `{"echo":"x"}` padded with spaces. */
function jsonOfSize(bytes: number): Buffer {
  const body = Buffer.alloc(bytes, 0x20);
  body.write('{"echo":"x"}');
  return body;
}

function inMiBChunks(body: Buffer): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < body.length; at += MIB) chunks.push(body.subarray(at, at + MIB));
  return chunks;
}

async function expectRefusedAsTooLarge(response: RawResponse): Promise<void> {
  expect([response.status, JSON.parse(response.body)]).toEqual([413, { error: 'too_large' }]);
  expect(response.headers).toMatchObject({
    connection: 'close',
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(response.body)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
}

/** A whole oversized request, as bytes: declared with its length, or as one chunk. */
function oversizedRequest(framing: 'declared' | 'chunked'): Buffer {
  const size = MAX_BODY_BYTES + 1;
  const headers = Object.entries({ ...signed(), host: `127.0.0.1:${server.port}` }).map(([k, v]) => `${k}: ${v}`);
  headers.push(framing === 'declared' ? `content-length: ${size}` : 'transfer-encoding: chunked');
  const head = `POST /api/system.ping HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`;
  const body = Buffer.alloc(size, 0x20);
  if (framing === 'declared') return Buffer.concat([Buffer.from(head), body]);
  return Buffer.concat([Buffer.from(`${head}${size.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
}

describe('a call body of at most 16 MiB', () => {
  it('answers a body of exactly 16 MiB, declared or chunked', async () => {
    const body = jsonOfSize(MAX_BODY_BYTES);
    for (const sent of [body, { chunks: inMiBChunks(body) }]) {
      const response = await post(sent);
      expect([response.status, JSON.parse(response.body)]).toEqual([
        200,
        { ok: true, value: { method: 'system.ping', input: { echo: 'x' } } },
      ]);
    }
  });

  it('decodes a UTF-8 body split across chunks inside a character', async () => {
    const body = Buffer.from('{"echo":"שלום"}');
    const response = await post({ chunks: [body.subarray(0, 11), body.subarray(11)] });
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { method: 'system.ping', input: { echo: 'שלום' } } });
  });

  it('refuses a declared length of one byte over with 413 before dispatching, not with a reset', async () => {
    fake.calls.length = 0;
    await expectRefusedAsTooLarge(await post(jsonOfSize(MAX_BODY_BYTES + 1)));
    expect(fake.calls).toEqual([]);
  });

  it('refuses a declared oversized length at once, without waiting for the body', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: server.port,
        path: '/api/system.ping',
        method: 'POST',
        agent: false,
        headers: { ...signed(), host: `127.0.0.1:${server.port}`, 'content-length': MAX_BODY_BYTES + 1 },
      });
      req.on('response', (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      // Only the first bytes: the answer must not depend on the rest ever arriving.
      req.write('{"echo":');
    });
    expect(status).toBe(413);
  });

  it('refuses a chunked body that grows past the limit with 413 and drains the rest', async () => {
    fake.calls.length = 0;
    const chunks = inMiBChunks(jsonOfSize(MAX_BODY_BYTES + 2 * MIB));
    await expectRefusedAsTooLarge(await post({ chunks }));
    expect(fake.calls).toEqual([]);
  });

  it('reads an oversized upload to its end, then closes the connection itself, without a reset', async () => {
    for (const framing of ['declared', 'chunked'] as const) {
      const { text, endedByServer, error } = await exchange(server.port, oversizedRequest(framing));
      expect([framing, text.split('\r\n')[0], endedByServer, error]).toEqual([
        framing,
        'HTTP/1.1 413 Payload Too Large',
        true,
        null,
      ]);
    }
  });

  it('still answers the next call after refusing one', async () => {
    await post(jsonOfSize(MAX_BODY_BYTES + 1));
    expect((await post('{"echo":"again"}')).status).toBe(200);
  });
});
