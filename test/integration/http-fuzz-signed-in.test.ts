import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../electron/api/contract';
import { CLIENT_HEADER, startHttpTransport, TOKEN_HEADER } from '../../electron/api/transports/http';
import { roles } from '../../electron/domain/roles';
import { setLogSink } from '../../electron/platform/logger';
import {
  centreForFuzz,
  drawsFor,
  callableBy,
  expectEnvelope,
  FUZZ_ACCOUNTS,
  fuzzedMethods,
  slowMethods,
  validDrawsFor,
} from '../fixtures/fuzz-inputs';

/*
 * The unauthenticated HTTP property stops at the permission check for every non-public method.
 * This one signs a browser client in over the loopback server as each role, on a real encrypted
 * store, and posts every method bodies drawn from its own schema, broken JSON among them, so the
 * transport's parsing, dispatch, handlers and services are fuzzed together as the renderer
 * reaches them. The answer is always 200 with an envelope: never a 500, never a reset.
 */

/** Runs per method of bodies the schema accepts, then of any body; fewer where each costs an Argon2id key or a backup. */
const VALID_RUNS = 3;
const ANY_RUNS = 4;
const SLOW_RUNS_EACH = 1;

/** Any body: one the renderer could send, one truncated mid-JSON, or text that is no JSON at all. */
function anyBodyFor(method: MethodName): fc.Arbitrary<string> {
  const json = drawsFor(contract[method].input).map((input) => JSON.stringify(input) ?? 'null');
  return fc.oneof(
    { weight: 2, arbitrary: json },
    { weight: 1, arbitrary: json.map((text) => text.slice(0, Math.max(1, text.length - 1))) },
    { weight: 1, arbitrary: fc.string() },
  );
}

beforeAll(() => setLogSink(() => undefined));
afterAll(() => setLogSink(null));

describe('the loopback server signed in as each role, bodies from each method schema', () => {
  it.each(roles)(
    'as a %s, every method answers 200 with a well-formed envelope and never internal',
    async (role) => {
      const t = await centreForFuzz();
      const server = await startHttpTransport({ context: { app: t.app } });
      const client = `fuzz-${role}-client-secret-0123456789abcdef`;
      const post = async (method: string, body: string) => {
        const response = await fetch(`${server.origin}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, [CLIENT_HEADER]: client },
          body,
        });
        return { status: response.status, result: (await response.json()) as unknown };
      };
      const signIn = async () => {
        const { result } = await post('auth.signIn', JSON.stringify(FUZZ_ACCOUNTS[role]));
        expect(result, `sign in as ${role}`).toMatchObject({ ok: true });
      };
      try {
        await signIn();
        const reachedHandler = new Set<MethodName>();
        const allowed = callableBy(role);
        const callOnce = async (method: MethodName, body: string) => {
          const { status, result } = await post(method, body);
          expect(status, `${method} ${body.slice(0, 80)}`).toBe(200);
          expectEnvelope(method, result);
          const code = (result as { error?: { code?: string } }).error?.code;
          if (code === 'unauthenticated' || code === 'locked') await signIn();
          return code;
        };
        for (const method of fuzzedMethods) {
          const slow = slowMethods.has(method);
          // No shrinking (endOnFailure): each step is a request to a store, and a shrink can outlast the run.
          await fc.assert(
            fc.asyncProperty(validDrawsFor(contract[method].input), async (input) => {
              const body = JSON.stringify(input) ?? 'null';
              const code = await callOnce(method, body);
              // JSON drops what it cannot say (undefined in a list), so what counts is the body sent.
              const accepted = contract[method].input.safeParse(JSON.parse(body)).success;
              // Past the transport and the schema, any answer but a lost session came from the
              // handler or its service: the permission check lets this role call every method counted.
              if (accepted && code !== 'unauthenticated' && code !== 'locked') reachedHandler.add(method);
            }),
            { numRuns: slow ? SLOW_RUNS_EACH : VALID_RUNS, endOnFailure: true },
          );
          await fc.assert(
            fc.asyncProperty(anyBodyFor(method), async (body) => {
              await callOnce(method, body);
            }),
            { numRuns: slow ? SLOW_RUNS_EACH : ANY_RUNS, endOnFailure: true },
          );
        }
        // The point of the property: valid bodies through the transport into every handler this role may call.
        expect(allowed.filter((m) => !reachedHandler.has(m))).toEqual([]);
      } finally {
        await server.close();
      }
    },
    240_000,
  );
});
