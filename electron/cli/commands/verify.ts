import { readKeyring } from '../../services/auth/keyring';
import { verifyAuditChain } from '../../../db/repositories/audit';
import { listStaff } from '../../../db/repositories/staff';
import type { CliIo } from '../io';
import { flag, signedInRuntime, type Flags } from './store-commands';

/** Integrity of the database, the audit chain and the keyring, as a short summary. */
export async function verifyCommand(io: CliIo, flags: Flags): Promise<number> {
  const runtime = await signedInRuntime(io, flag(flags, 'store'), ['coordinator']);
  try {
    const integrity = (runtime.sqlite().pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    const databaseOk = integrity.length === 1 && integrity[0] === 'ok';
    const audit = verifyAuditChain(runtime.sqlite());
    const keyring = readKeyring(runtime.files.keyring);
    const passwordWraps = keyring.wraps.filter((w) => w.kind === 'password').length;
    const hasRecovery = keyring.wraps.some((w) => w.kind === 'recovery');
    const activeStaff = listStaff(runtime.db()).filter((s) => s.active).length;

    io.out(`database: ${databaseOk ? 'ok' : `FAILED (${integrity.length} problems)`}`);
    io.out(
      `audit chain: ${audit.ok ? `ok (${audit.count} entries)` : `BROKEN at entry ${audit.firstBadSeq} (${audit.problem})`}`,
    );
    io.out(
      `keyring: ${passwordWraps} staff key wraps for ${activeStaff} active accounts, recovery wrap ${hasRecovery ? 'present' : 'MISSING'}`,
    );
    return databaseOk && audit.ok && hasRecovery ? 0 : 1;
  } finally {
    runtime.close();
  }
}
