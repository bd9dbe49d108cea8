import { describe, expect, it } from 'vitest';
import { SignInThrottle, type ThrottlePolicy } from '../../electron/services/store/throttle';

const policy: ThrottlePolicy = { freeAttempts: 2, baseDelayMs: 1_000, maxDelayMs: 4_000 };

function throttle() {
  let now = 0;
  const value = new SignInThrottle(() => now, policy);
  return { value, advance: (ms: number) => (now += ms) };
}

const refused = (run: () => unknown) => expect(run).toThrow('errors.auth.throttled');

describe('the sign-in throttle', () => {
  it('runs one check per account at a time, and others beside it', () => {
    const { value } = throttle();
    const first = value.begin('a');
    refused(() => value.begin('a'));
    value.begin('b').failed();
    first.failed();
    value.begin('a').failed();
  });

  it('counts an attempt when it starts, so the free attempts are spent before any check ends', () => {
    const { value, advance } = throttle();
    value.begin('a').failed();
    const second = value.begin('a');
    expect(value.snapshot()).toEqual({ a: { failures: 2, blockedUntil: 0 } });
    second.failed();
    value.begin('a').failed();
    expect(value.retryAfterMs('a')).toBe(1_000);
    refused(() => value.begin('a'));
    advance(1_000);
    value.begin('a').failed();
    expect(value.retryAfterMs('a')).toBe(2_000);
  });

  it('forgets an account that got in, and takes only the first end of an attempt', () => {
    const { value } = throttle();
    const wrong = value.begin('a');
    wrong.failed();
    wrong.succeeded();
    expect(value.snapshot()).toEqual({ a: { failures: 1, blockedUntil: 0 } });
    value.begin('a').succeeded();
    expect(value.snapshot()).toEqual({});
  });

  it('carries its counts to another instance', () => {
    const { value } = throttle();
    for (let i = 0; i < 3; i += 1) value.begin('a').failed();
    const next = new SignInThrottle(() => 0, policy);
    next.restore(value.snapshot());
    refused(() => next.begin('a'));
  });
});
