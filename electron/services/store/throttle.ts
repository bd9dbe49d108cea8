/**
 * Slows down repeated wrong passwords per account: the first few attempts are free, then
 * each further failure doubles the wait, up to a ceiling. Kept in memory only, keyed by the
 * normalised username, because a failed sign-in must not write to any store file.
 */
export interface ThrottlePolicy {
  freeAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = { freeAttempts: 3, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 };

interface Entry {
  failures: number;
  blockedUntil: number;
}

export class SignInThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly nowMs: () => number,
    private readonly policy: ThrottlePolicy = defaultThrottlePolicy,
  ) {}

  /** Milliseconds until this account may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    const entry = this.entries.get(key);
    return entry ? Math.max(0, entry.blockedUntil - this.nowMs()) : 0;
  }

  recordFailure(key: string): void {
    const failures = (this.entries.get(key)?.failures ?? 0) + 1;
    const over = failures - this.policy.freeAttempts;
    const delay = over <= 0 ? 0 : Math.min(this.policy.baseDelayMs * 2 ** (over - 1), this.policy.maxDelayMs);
    this.entries.set(key, { failures, blockedUntil: this.nowMs() + delay });
  }

  recordSuccess(key: string): void {
    this.entries.delete(key);
  }
}
