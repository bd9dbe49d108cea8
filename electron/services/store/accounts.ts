import { existsSync } from 'node:fs';
import { AppError } from '../../domain/app-error';
import type { Role } from '../../domain/roles';
import type { Session } from './session';
import { StoreError } from '../../../db/errors';
import {
  findStaffById,
  findStaffByUsername,
  insertStaff,
  listStaff,
  normaliseUsername,
  updateStaff,
  type NewStaff,
  type StaffRow,
} from '../../../db/repositories/staff';
import {
  createKeyring,
  KeyringError,
  normaliseRecoveryKey,
  readKeyring,
  removePasswordWrap,
  setPasswordWrap,
  unwrapWithPassword,
  writeKeyringAtomic,
  type Keyring,
} from '../auth/keyring';
import { checkPassword } from '../auth/password-policy';
import { getSetting } from '../../../db/repositories/settings';
import { deriveDbKey } from './recovery-derivation';
import type { StoreRuntime } from './runtime';

function assertPasswordAcceptable(password: string, username: string, path: string): void {
  const problem = checkPassword(password, { username });
  if (problem) {
    throw new AppError('invalid_input', `validation.password.${problem}`, [
      { path, message: `validation.password.${problem}` },
    ]);
  }
}

function updateKeyring(runtime: StoreRuntime, change: (keyring: Keyring) => Promise<Keyring> | Keyring): Promise<void> {
  return Promise.resolve(change(readKeyring(runtime.files.keyring))).then((next) =>
    writeKeyringAtomic(runtime.files.keyring, next),
  );
}

/** A coordinator creates an account with a temporary password that must be changed at first sign-in. */
export async function createAccount(
  runtime: StoreRuntime,
  input: Omit<NewStaff, 'mustChangePassword'> & { temporaryPassword: string },
): Promise<StaffRow> {
  const db = runtime.db();
  if (findStaffByUsername(db, input.username)) {
    throw new AppError('conflict', 'errors.staff.username_taken', [
      { path: 'username', message: 'errors.staff.username_taken' },
    ]);
  }
  assertPasswordAcceptable(input.temporaryPassword, input.username, 'temporaryPassword');
  await updateKeyring(runtime, (k) => setPasswordWrap(k, runtime.key(), input.username, input.temporaryPassword));
  const row = insertStaff(db, { ...input, mustChangePassword: true }, runtime.now());
  runtime.audit({
    action: 'account_created',
    entity: 'staff',
    entityId: row.id,
    fields: ['username', 'displayName', 'role'],
  });
  return row;
}

export async function resetPassword(runtime: StoreRuntime, id: number, temporaryPassword: string): Promise<StaffRow> {
  const row = requireActive(runtime, id);
  assertPasswordAcceptable(temporaryPassword, row.username, 'temporaryPassword');
  await updateKeyring(runtime, (k) => setPasswordWrap(k, runtime.key(), row.username, temporaryPassword));
  const updated = updateStaff(runtime.db(), id, { mustChangePassword: true }) as StaffRow;
  runtime.audit({ action: 'account_updated', entity: 'staff', entityId: id, fields: ['password'] });
  return updated;
}

export function listAccounts(runtime: StoreRuntime): StaffRow[] {
  return listStaff(runtime.db());
}

/** Who is who, for any signed-in user: names and roles, nothing about sign-ins or passwords. */
export function staffDirectory(runtime: StoreRuntime) {
  return listStaff(runtime.db()).map(({ id, displayName, role, active }) => ({ id, displayName, role, active }));
}

/** A coordinator renames an account or changes its role; nobody demotes themselves out of coordinating. */
export function updateAccount(
  runtime: StoreRuntime,
  input: { id: number; displayName?: string | undefined; role?: Role | undefined },
): StaffRow {
  const existing = findStaffById(runtime.db(), input.id);
  if (!existing) throw new AppError('not_found', 'errors.staff.not_found');
  const patch = { displayName: input.displayName, role: input.role };
  const fields = Object.entries(patch)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  if (input.role && input.role !== 'coordinator' && runtime.activeSession()?.userId === input.id) {
    throw new AppError('conflict', 'errors.staff.cannot_demote_self');
  }
  if (fields.length === 0) return existing;
  const row = updateStaff(runtime.db(), input.id, patch) as StaffRow;
  runtime.audit({ action: 'account_updated', entity: 'staff', entityId: input.id, fields });
  runtime.refreshSession(row);
  return row;
}

/** Deactivation removes the account's key wrap: the password no longer opens anything. */
export async function deactivateAccount(runtime: StoreRuntime, id: number): Promise<StaffRow> {
  const row = requireActive(runtime, id);
  if (runtime.activeSession()?.userId === id) throw new AppError('conflict', 'errors.staff.cannot_deactivate_self');
  await updateKeyring(runtime, (k) => removePasswordWrap(k, row.username));
  const updated = updateStaff(runtime.db(), id, {
    active: false,
    deactivatedAt: runtime.now().toISOString(),
  }) as StaffRow;
  runtime.audit({ action: 'account_deactivated', entity: 'staff', entityId: id, fields: ['active'] });
  // Signed in on another window or PC: that session ends with the account.
  runtime.refreshSession(updated);
  return updated;
}

export async function changeOwnPassword(
  runtime: StoreRuntime,
  session: Session,
  current: string,
  next: string,
): Promise<StaffRow> {
  try {
    (await unwrapWithPassword(readKeyring(runtime.files.keyring), session.username, current)).fill(0);
  } catch (error) {
    if (error instanceof KeyringError) {
      throw new AppError('wrong_password', 'errors.auth.wrong_password', [
        { path: 'currentPassword', message: 'errors.auth.wrong_password' },
      ]);
    }
    throw error;
  }
  if (current === next) {
    throw new AppError('invalid_input', 'validation.password.same_as_current', [
      { path: 'newPassword', message: 'validation.password.same_as_current' },
    ]);
  }
  assertPasswordAcceptable(next, session.username, 'newPassword');
  await updateKeyring(runtime, (k) => setPasswordWrap(k, runtime.key(), session.username, next));
  const updated = updateStaff(runtime.db(), session.userId, {
    mustChangePassword: false,
    passwordChangedAt: runtime.now().toISOString(),
  }) as StaffRow;
  runtime.audit({ action: 'password_changed', entity: 'staff', entityId: session.userId });
  return updated;
}

/**
 * Sets a new password for an account with the recovery key, which derives the database key
 * and so works even when the keyring is missing or damaged; then a keyring is rebuilt with
 * this account's wrap. Wraps of other accounts survive when the old keyring was readable.
 */
export async function recoverAccount(
  runtime: StoreRuntime,
  username: string,
  recoveryKey: string,
  newPassword: string,
): Promise<void> {
  let normalised: string;
  try {
    normalised = normaliseRecoveryKey(recoveryKey);
  } catch {
    throw new AppError('wrong_password', 'errors.keyring.recovery_key_malformed', [
      { path: 'recoveryKey', message: 'errors.keyring.recovery_key_malformed' },
    ]);
  }
  if (!existsSync(runtime.files.db)) throw new AppError('store_unavailable', 'errors.store.store_not_found');
  const dbKey = deriveDbKey(normalised);
  try {
    if (!runtime.isOpen) {
      try {
        runtime.openWithKey(dbKey);
      } catch (error) {
        if (error instanceof StoreError && error.code === 'wrong_key') {
          throw new AppError('wrong_password', 'errors.keyring.wrong_recovery_key', [
            { path: 'recoveryKey', message: 'errors.keyring.wrong_recovery_key' },
          ]);
        }
        if (error instanceof StoreError) throw new AppError('store_unavailable', error.messageKey);
        throw error;
      }
    } else if (!runtime.key().equals(dbKey)) {
      throw new AppError('wrong_password', 'errors.keyring.wrong_recovery_key', [
        { path: 'recoveryKey', message: 'errors.keyring.wrong_recovery_key' },
      ]);
    }
    const row = findStaffByUsername(runtime.db(), username);
    if (!row || !row.active)
      throw new AppError('not_found', 'errors.staff.not_found', [
        { path: 'username', message: 'errors.staff.not_found' },
      ]);
    assertPasswordAcceptable(newPassword, row.username, 'newPassword');

    let keyring: Keyring;
    try {
      keyring = await setPasswordWrap(readKeyring(runtime.files.keyring), dbKey, row.username, newPassword);
    } catch (error) {
      if (!(error instanceof KeyringError)) throw error;
      const storeId = getSetting(runtime.db(), 'store.id');
      keyring = await createKeyring({
        storeId,
        dbKey,
        username: row.username,
        password: newPassword,
        recoveryKey: normalised,
      });
    }
    writeKeyringAtomic(runtime.files.keyring, keyring);
    updateStaff(runtime.db(), row.id, { mustChangePassword: false, passwordChangedAt: runtime.now().toISOString() });
    runtime.audit({ actorId: row.id, action: 'account_recovered', entity: 'staff', entityId: row.id });
  } finally {
    dbKey.fill(0);
  }
}

function requireActive(runtime: StoreRuntime, id: number): StaffRow {
  const row = findStaffById(runtime.db(), id);
  if (!row) throw new AppError('not_found', 'errors.staff.not_found');
  if (!row.active) throw new AppError('conflict', 'errors.staff.inactive');
  return row;
}

export { normaliseUsername };
