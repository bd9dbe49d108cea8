import type { Db } from '../../../db/open';
import { appendAudit } from '../../../db/repositories/audit';
import { listStaff } from '../../../db/repositories/staff';
import { normaliseUsername, usernameLookup, type Keyring } from '../auth/keyring';
import type { PendingFailure, SignInJournal } from './sign-in-journal';
import { SignInThrottle, type ThrottleAttempt, type ThrottlePolicy } from './throttle';

/** The account's keyed hash, as the keyring files it: what the throttle and the journal name. */
export function accountKey(keyring: Keyring, username: string): string {
  return normaliseUsername(username) ? usernameLookup(keyring, username) : '';
}

/**
 * The password checks of sign-in and unlock, throttled per account, and the failed sign-ins
 * seen before the database was open, kept until the next sign-in writes them to the audit
 * log. With a sign-in journal (the CLI) both outlive the process; without one, memory.
 */
export class SignInAttempts {
  private readonly throttle: SignInThrottle;
  private pendingFailures: PendingFailure[] = [];

  constructor(
    nowMs: () => number,
    private readonly journal: SignInJournal | null,
    policy?: ThrottlePolicy,
  ) {
    this.throttle = new SignInThrottle(nowMs, policy);
    if (journal) {
      const kept = journal.load();
      this.throttle.restore(kept.throttle);
      this.pendingFailures = kept.failures;
    }
  }

  /** Reserves a check of this account's password, or refuses it as throttled (see throttle.ts). */
  begin(account: string): ThrottleAttempt {
    return this.throttle.begin(account);
  }

  /** A failed sign-in the audit log cannot take yet, the database not being open. */
  keepFailure(account: string, at: Date): void {
    this.pendingFailures.push({ account: account || null, at, reason: 'wrong_password' });
  }

  /** Kept failures go into the audit log, naming the account tried by its id when it exists. */
  writeKeptFailures(db: Db, keyring: Keyring): void {
    if (this.pendingFailures.length === 0) return;
    const idByAccount = new Map(listStaff(db).map((s) => [usernameLookup(keyring, s.username), s.id]));
    const outcome = this.journal ? 'failure_cli' : 'failure_before_open';
    for (const failure of this.pendingFailures) {
      const id = failure.account ? idByAccount.get(failure.account) : undefined;
      const target = id === undefined ? {} : { entity: 'staff', entityId: id };
      appendAudit(db, { actorId: null, action: 'sign_in_failed', outcome, ...target }, failure.at);
    }
    this.pendingFailures = [];
  }

  /** Writes the throttle's counts and the kept failures to the journal, when there is one. */
  save(): void {
    this.journal?.save({ throttle: this.throttle.snapshot(), failures: this.pendingFailures });
  }
}
