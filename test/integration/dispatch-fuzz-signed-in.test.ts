import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { roles, type Role } from '../../electron/domain/roles';
import { setLogSink } from '../../electron/platform/logger';
import type { TestApp } from '../fixtures/centre';
import {
  centreForFuzz,
  drawsFor,
  callableBy,
  expectEnvelope,
  FUZZ_ACCOUNTS,
  fuzzedMethods,
  slowMethods,
  SLOW_RUNS,
} from '../fixtures/fuzz-inputs';

/*
 * The unauthenticated fuzz stops at the permission check for every non-public method. This one
 * signs in as each role on a real encrypted store and feeds every method inputs drawn from its
 * own schema (mostly valid, some not), so the handlers and services behind them are fuzzed too.
 */

const RUNS_PER_METHOD = 20;
/** Signs this local caller in as the role's account, as the app's own test centre does. */
async function centreSignedInAs(role: Role): Promise<{ t: TestApp; signIn: () => Promise<void> }> {
  const t = await centreForFuzz();
  const signIn = async () => {
    await t.must('auth.signOut', {});
    await t.must('auth.signIn', FUZZ_ACCOUNTS[role]);
  };
  await signIn();
  return { t, signIn };
}

beforeAll(() => setLogSink(() => undefined));
afterAll(() => setLogSink(null));

describe('dispatch signed in as each role, inputs from each method schema', () => {
  it.each(roles)(
    'as a %s, every method answers with a well-formed envelope and never internal',
    async (role) => {
      const { t, signIn } = await centreSignedInAs(role);
      const ctx = { app: t.app, transport: 'http' as const };
      const reachedHandler = new Set<MethodName>();
      const allowed = callableBy(role);
      for (const method of fuzzedMethods) {
        await fc.assert(
          fc.asyncProperty(drawsFor(contract[method].input), async (input) => {
            const result = await dispatch(method, input, ctx);
            expectEnvelope(method, result);
            // Permission is checked first, then the schema: an input that parses reaches the handler.
            if (contract[method].input.safeParse(input).success) reachedHandler.add(method);
            if (t.runtime.activeSession()?.role !== role) await signIn();
          }),
          // No shrinking: each step is a dispatch on a store, and a shrink can take longer than the run.
          { numRuns: slowMethods.has(method) ? SLOW_RUNS : RUNS_PER_METHOD, endOnFailure: true },
        );
      }
      // The point of the property: valid inputs into every handler this role may call.
      expect(allowed.filter((m) => !reachedHandler.has(m))).toEqual([]);
    },
    180_000,
  );
});
