import { AppError } from '../../domain/app-error';

/**
 * Slows down repeated wrong passwords per account: the first few attempts are free, then
 * each further failure doubles the wait, up to a ceiling. Keyed by the account's keyed hash
 * (never its name), so the state may be written down (see sign-in-journal.ts).
 *
 * An attempt is counted when it starts, before the password is derived: checking takes a
 * few hundred milliseconds, and counting afterwards let a burst of parallel guesses all
 * pass the check before the first failure was recorded. Only one attempt per account runs
 * at a time; a success takes its count back.
 */
export interface ThrottlePolicy {
  freeAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = { freeAttempts: 3, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 };

export interface ThrottleEntry {
  failures: number;
  blockedUntil: number;
}

/** One password check under way; exactly one of its two ends is called. */
export interface ThrottleAttempt {
  succeeded(): void;
  failed(): void;
}

export class SignInThrottle {
  private readonly entries = new Map<string, ThrottleEntry>();
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly nowMs: () => number,
    private readonly policy: ThrottlePolicy = defaultThrottlePolicy,
  ) {}

  /** Milliseconds until this account may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    const entry = this.entries.get(key);
    return entry ? Math.max(0, entry.blockedUntil - this.nowMs()) : 0;
  }

  /**
   * Reserves a check of this account's password, counted as a failure until `succeeded`,
   * or refuses it as throttled while the account must wait or another check is running.
   */
  begin(key: string): ThrottleAttempt {
    if (this.inFlight.has(key) || this.retryAfterMs(key) > 0) throw new AppError('locked', 'errors.auth.throttled');
    this.inFlight.add(key);
    this.recordFailure(key);
    let settled = false;
    const settle = (success: boolean) => {
      if (settled) return;
      settled = true;
      this.inFlight.delete(key);
      if (success) this.recordSuccess(key);
    };
    return { succeeded: () => settle(true), failed: () => settle(false) };
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

  /** The counts worth keeping: accounts that failed and have not succeeded since. */
  snapshot(): Record<string, ThrottleEntry> {
    return Object.fromEntries(this.entries);
  }

  restore(entries: Record<string, ThrottleEntry>): void {
    for (const [key, entry] of Object.entries(entries)) this.entries.set(key, { ...entry });
  }
}
