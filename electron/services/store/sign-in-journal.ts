import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../../platform/files';
import { logger } from '../../platform/logger';
import type { ThrottleEntry } from './throttle';

/**
 * Failed sign-ins that could not be written to the audit log because the database was not
 * open (a wrong password never opens it), with the throttle counts they raised. The app keeps
 * them in memory until the next sign-in; a command-line run ends before that, so the CLI
 * keeps them in a small file beside the store folder (never inside it: a wrong password
 * changes no store file) that the next successful open writes into the audit log, and that
 * carries the throttle from one run to the next.
 *
 * Nothing personal is recorded: an account is named by its keyed hash (the keyring's
 * per-store lookup), with the time and the reason.
 */
export interface PendingFailure {
  /** The account's keyed hash; null when the username was blank. */
  account: string | null;
  at: Date;
  reason: 'wrong_password';
}

export interface SignInJournalState {
  throttle: Record<string, ThrottleEntry>;
  failures: PendingFailure[];
}

export interface SignInJournal {
  load(): SignInJournalState;
  save(state: SignInJournalState): void;
}

const JOURNAL_FORMAT = 'kesher-sign-in-failures';

const fileSchema = z.object({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal(1),
  throttle: z.record(
    // The empty key stands for a blank username.
    z.string().regex(/^(?:[0-9a-f]{64})?$/),
    z.object({ failures: z.number().int().min(0), blockedUntil: z.number() }),
  ),
  failures: z.array(
    z.object({
      account: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullable(),
      at: z.iso.datetime(),
      reason: z.literal('wrong_password'),
    }),
  ),
});

/**
 * A journal in `file`, written atomically and owner-only. A missing file is an empty journal;
 * an unreadable one is logged and read as empty, since refusing every sign-in over it would
 * lock the centre out of its own store.
 */
export function fileSignInJournal(file: string): SignInJournal {
  return {
    load() {
      const empty: SignInJournalState = { throttle: {}, failures: [] };
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn('sign-in journal unreadable');
        return empty;
      }
      try {
        const parsed = fileSchema.parse(JSON.parse(text));
        return {
          throttle: parsed.throttle,
          failures: parsed.failures.map((f) => ({ ...f, at: new Date(f.at) })),
        };
      } catch {
        logger.warn('sign-in journal damaged; starting a new one');
        return empty;
      }
    },
    save(state) {
      if (Object.keys(state.throttle).length === 0 && state.failures.length === 0) {
        rmSync(file, { force: true });
        return;
      }
      const body = {
        format: JOURNAL_FORMAT,
        version: 1,
        throttle: state.throttle,
        failures: state.failures.map((f) => ({ ...f, at: f.at.toISOString() })),
      };
      writeFileAtomic(file, `${JSON.stringify(body)}\n`);
    },
  };
}
