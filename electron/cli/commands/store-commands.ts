import { AppError } from '../../api/result';
import { roleSchema } from '../../api/contracts/roles';
import { centreCodeSchema } from '../../api/contracts/setup';
import { usernameSchema } from '../../api/contracts/auth';
import { createAccount, recoverAccount } from '../../services/store/accounts';
import { initStore } from '../../services/store/init-store';
import { storeFiles } from '../../services/store/paths';
import { StoreRuntime } from '../../services/store/runtime';
import { fileSignInJournal } from '../../services/store/sign-in-journal';
import { verifyAuditChain } from '../../../db/repositories/audit';
import { requireEnv, UsageError, type CliIo } from '../io';

/** Option values; a switch (an option without a value, e.g. --record) reads 'true' when given. */
export type Flags = Record<string, string | undefined>;

export function flag(flags: Flags, name: string): string {
  const value = flags[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

/**
 * Opens a store as the acting user of KESHER_USER / KESHER_PASSWORD. Failed attempts outlive
 * the run in the store's sign-in journal: audited at the next successful open, and throttled
 * from one run to the next.
 */
export async function signedInRuntime(io: CliIo, storeDir: string, roles?: string[]): Promise<StoreRuntime> {
  const runtime = new StoreRuntime(storeDir, undefined, {
    signInJournal: fileSignInJournal(storeFiles(storeDir).signInJournal),
  });
  try {
    const session = await runtime.signIn(requireEnv(io, 'KESHER_USER'), requireEnv(io, 'KESHER_PASSWORD'));
    if (roles && !roles.includes(session.role)) throw new AppError('forbidden');
    return runtime;
  } catch (error) {
    runtime.close();
    throw error;
  }
}

export async function initCommand(io: CliIo, flags: Flags): Promise<number> {
  const centreCode = centreCodeSchema.safeParse(flag(flags, 'centre-code'));
  if (!centreCode.success) throw new UsageError('--centre-code must be 2–8 capital letters or digits');
  const admin = usernameSchema.safeParse(flag(flags, 'admin'));
  if (!admin.success)
    throw new UsageError('--admin must be a username of 2–40 letters, digits, dots, dashes or underscores');
  const keyHex = io.env.KESHER_PSEUDONYM_KEY;
  if (keyHex !== undefined && !/^[0-9a-fA-F]{64}$/.test(keyHex))
    throw new UsageError('KESHER_PSEUDONYM_KEY must be 64 hex characters');
  const runtime = new StoreRuntime(flag(flags, 'store'));
  try {
    const { recoveryKey } = await initStore(runtime, {
      centreCode: centreCode.data,
      centreName: flag(flags, 'centre-name'),
      admin: {
        username: admin.data,
        displayName: flags['admin-name'] ?? admin.data,
        password: requireEnv(io, 'KESHER_PASSWORD'),
      },
      pseudonymKey: keyHex ? Buffer.from(keyHex, 'hex') : undefined,
    });
    io.out(recoveryKey);
    return 0;
  } finally {
    runtime.close();
  }
}

export async function userAddCommand(io: CliIo, flags: Flags): Promise<number> {
  const role = roleSchema.safeParse(flag(flags, 'role'));
  if (!role.success) throw new UsageError('--role must be navigator, coach, coordinator or facilitator');
  const username = usernameSchema.safeParse(flag(flags, 'username'));
  if (!username.success) throw new UsageError('--username must be 2–40 letters, digits, dots, dashes or underscores');
  const runtime = await signedInRuntime(io, flag(flags, 'store'), ['coordinator']);
  try {
    const row = await createAccount(runtime, {
      username: username.data,
      displayName: flags['display-name'] ?? username.data,
      role: role.data,
      temporaryPassword: requireEnv(io, 'KESHER_NEW_PASSWORD'),
    });
    io.out(`Created ${row.staffCode} (${row.role}); the password must be changed at first sign-in.`);
    return 0;
  } finally {
    runtime.close();
  }
}

export async function recoverCommand(io: CliIo, flags: Flags): Promise<number> {
  const runtime = new StoreRuntime(flag(flags, 'store'));
  try {
    await recoverAccount(
      runtime,
      flag(flags, 'username'),
      requireEnv(io, 'KESHER_RECOVERY_KEY'),
      requireEnv(io, 'KESHER_NEW_PASSWORD'),
    );
    io.out('Password set. Sign in with the new password.');
    return 0;
  } finally {
    runtime.close();
  }
}

export async function auditVerifyCommand(io: CliIo, flags: Flags): Promise<number> {
  const runtime = await signedInRuntime(io, flag(flags, 'store'), ['coordinator']);
  try {
    const report = verifyAuditChain(runtime.sqlite());
    if (report.ok) io.out(`Audit chain intact: ${report.count} entries.`);
    else io.err(`Audit chain broken at entry ${report.firstBadSeq}: ${report.problem}.`);
    return report.ok ? 0 : 1;
  } finally {
    runtime.close();
  }
}
