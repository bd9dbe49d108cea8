import { describe, expect, it, vi } from 'vitest';
import { defaultThrottlePolicy } from '../../electron/services/store/throttle';
import { ADMIN, createTestCentre, FakeClock, openTestApp } from '../fixtures/centre';

/** Every password derivation (Argon2id) the app runs: a guess that was really checked. */
const derivations = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../electron/services/auth/kdf', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../electron/services/auth/kdf')>();
  return {
    ...actual,
    deriveKey: (...args: Parameters<typeof actual.deriveKey>) => {
      derivations.count += 1;
      return actual.deriveKey(...args);
    },
  };
});

const PARALLEL = 50;
/** Longer than the longest wait the throttle imposes. */
const AFTER_THE_WINDOW = defaultThrottlePolicy.maxDelayMs + 1_000;

function tally(results: { ok: boolean; error?: { message: string } }[]) {
  const messages = results.map((r) => (r.ok ? 'ok' : (r.error?.message ?? '')));
  return {
    throttled: messages.filter((m) => m === 'errors.auth.throttled').length,
    wrong: messages.filter((m) => m.startsWith('errors.auth.wrong_')).length,
    other: messages.filter((m) => m !== 'errors.auth.throttled' && !m.startsWith('errors.auth.wrong_')),
  };
}

describe('sign-in throttling under parallel requests', () => {
  it('checks at most the free attempts of 50 parallel wrong sign-ins, refuses the rest, then lets the right password in', async () => {
    const centre = await createTestCentre();
    centre.runtime.close();
    const clock = new FakeClock();
    const t = openTestApp(centre.dir, clock);
    derivations.count = 0;

    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        t.call('auth.signIn', { username: ADMIN.username, password: `wrong-guess-${i}` }),
      ),
    );

    const { throttled, wrong, other } = tally(results);
    expect(other).toEqual([]);
    expect(derivations.count).toBeLessThanOrEqual(defaultThrottlePolicy.freeAttempts);
    expect(wrong).toBe(derivations.count);
    expect(throttled).toBe(PARALLEL - wrong);

    clock.advance(AFTER_THE_WINDOW);
    await t.must('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  });

  it('checks at most the free attempts of 50 parallel wrong unlocks; the session stays locked until the right one', async () => {
    const clock = new FakeClock();
    const t = await createTestCentre(clock);
    await t.must('auth.lock', {});
    derivations.count = 0;

    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => t.call('auth.unlock', { password: `wrong-guess-${i}` })),
    );

    const { throttled, wrong, other } = tally(results);
    expect(other).toEqual([]);
    expect(derivations.count).toBeLessThanOrEqual(defaultThrottlePolicy.freeAttempts);
    expect(wrong).toBe(derivations.count);
    expect(throttled).toBe(PARALLEL - wrong);
    expect((await t.must('auth.status', {})).locked).toBe(true);

    clock.advance(AFTER_THE_WINDOW);
    await t.must('auth.unlock', { password: ADMIN.password });
    expect((await t.call('staff.list', {})).ok).toBe(true);
  });

  it('still lets another account sign in while one is being guessed at', async () => {
    const centre = await createTestCentre();
    centre.runtime.close();
    const t = openTestApp(centre.dir);
    const [guess, right] = await Promise.all([
      t.call('auth.signIn', { username: 'someone-else', password: 'wrong-guess' }),
      t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password }),
    ]);
    expect(guess.ok).toBe(false);
    expect(right.ok).toBe(true);
  });
});
