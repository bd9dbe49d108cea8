import { checkStoreReadOnly, recordHealthyCheck } from '../../services/store/verify-store';
import { english, requireEnv, type CliIo } from '../io';
import { flag, type Flags } from './store-commands';

/**
 * Integrity of the database, the audit chain and the keyring, as a short summary. The check
 * changes nothing in the store folder; with `--record`, and only when everything is healthy,
 * it then notes the check in the audit log.
 */
export async function verifyCommand(io: CliIo, flags: Flags): Promise<number> {
  const dir = flag(flags, 'store');
  const username = requireEnv(io, 'KESHER_USER');
  const password = requireEnv(io, 'KESHER_PASSWORD');
  const check = await checkStoreReadOnly({ dir, username, password, roles: ['coordinator'] });
  const { databaseProblems, audit } = check;

  io.out(`database: ${databaseProblems.length === 0 ? 'ok' : `FAILED (${databaseProblems.length} problems)`}`);
  io.out(
    `audit chain: ${
      audit === null
        ? 'UNREADABLE'
        : audit.ok
          ? `ok (${audit.count} entries)`
          : `BROKEN at entry ${audit.firstBadSeq} (${audit.problem})`
    }`,
  );
  io.out(
    `keyring: ${check.passwordWraps} staff key wraps for ${check.activeStaff} active accounts, recovery wrap ${check.hasRecoveryWrap ? 'present' : 'MISSING'}`,
  );
  if (databaseProblems.length > 0) io.err(english('errors.verify.database_damaged'));
  if (audit === null) io.err(english('errors.verify.audit_unreadable'));
  else if (!audit.ok) io.err(english('errors.verify.audit_broken'));
  if (!check.hasRecoveryWrap) io.err(english('errors.verify.recovery_missing'));
  if (!check.healthy) return 1;

  if (flags.record === 'true') {
    await recordHealthyCheck(dir, username, password);
    io.out(english('errors.verify.recorded'));
  } else {
    io.out(english('errors.verify.not_recorded'));
  }
  return 0;
}
