import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { AppError } from '../../domain/app-error';
import { openDatabase } from '../../../db/open';
import { listAudit } from '../../../db/repositories/audit';
import { setSetting } from '../../../db/repositories/settings';
import { insertStaff } from '../../../db/repositories/staff';
import {
  createKeyring,
  generateRecoveryKey,
  normaliseRecoveryKey,
  writeKeyringAtomic,
  type KdfCost,
} from '../auth/keyring';
import { checkPassword } from '../auth/password-policy';
import { deriveDbKey } from './recovery-derivation';
import type { StoreRuntime } from './runtime';

export interface InitStoreInput {
  centreCode: string;
  centreName: string;
  admin: { username: string; displayName: string; password: string };
  /** 32 bytes from the central office; generated when absent. */
  pseudonymKey?: Buffer;
  demo?: boolean;
  kdf?: KdfCost;
}

export interface InitStoreResult {
  recoveryKey: string;
  pseudonymKeyId: string;
}

/** CRF-1 §6: the key id is the first 8 hex characters of SHA-256(key). */
export function pseudonymKeyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/**
 * First-run set-up: a new store in an empty folder. Everything about the centre goes into
 * the encrypted database; the only other file is the keyring. If any step fails, the files
 * this call created are removed so set-up can simply be run again.
 */
export async function initStore(runtime: StoreRuntime, input: InitStoreInput): Promise<InitStoreResult> {
  const { files } = runtime;
  if (
    runtime.state() !== 'needs_setup' ||
    (existsSync(files.dir) && readdirSync(files.dir).some((f) => f !== 'store.lock'))
  ) {
    throw new AppError('conflict', 'errors.setup.store_exists');
  }
  const problem = checkPassword(input.admin.password, { username: input.admin.username });
  if (problem)
    throw new AppError('invalid_input', `validation.password.${problem}`, [
      { path: 'admin.password', message: `validation.password.${problem}` },
    ]);

  mkdirSync(files.dir, { recursive: true, mode: 0o700 });
  // mkdir's mode passes through the umask; the folder is the owner's alone whatever it is.
  if (process.platform !== 'win32') chmodSync(files.dir, 0o700);
  runtime.claim();
  const recoveryKey = generateRecoveryKey();
  const dbKey = deriveDbKey(normaliseRecoveryKey(recoveryKey));
  const pseudonymKey = input.pseudonymKey ? Buffer.from(input.pseudonymKey) : randomBytes(32);
  const now = runtime.now();
  try {
    const opened = openDatabase(files.db, dbKey, { create: true });
    runtime.attach(opened, dbKey);
    const storeId = randomUUID();
    const admin = opened.sqlite.transaction(() => {
      setSetting(opened.db, 'store.id', storeId, now);
      setSetting(opened.db, 'centre.code', input.centreCode, now);
      setSetting(opened.db, 'centre.name', input.centreName.trim(), now);
      setSetting(opened.db, 'pseudonym.keyHex', pseudonymKey.toString('hex'), now);
      setSetting(opened.db, 'store.demo', input.demo ?? false, now);
      return insertStaff(opened.db, { ...input.admin, role: 'coordinator', mustChangePassword: false }, now);
    })();
    const keyring = await createKeyring({
      storeId,
      dbKey,
      username: input.admin.username,
      password: input.admin.password,
      recoveryKey,
      kdf: input.kdf,
    });
    writeKeyringAtomic(files.keyring, keyring);
    runtime.audit({ actorId: admin.id, action: 'store_created' });
    runtime.audit({
      actorId: admin.id,
      action: 'account_created',
      entity: 'staff',
      entityId: admin.id,
      fields: ['username', 'displayName', 'role'],
    });
    return { recoveryKey, pseudonymKeyId: pseudonymKeyId(pseudonymKey) };
  } catch (error) {
    runtime.close();
    for (const file of [files.db, `${files.db}-wal`, `${files.db}-shm`, files.keyring]) rmSync(file, { force: true });
    throw error;
  } finally {
    dbKey.fill(0);
    pseudonymKey.fill(0);
  }
}

/**
 * The recovery sheet is printed from the set-up wizard, before anyone has signed in: each
 * print is audited as the set-up coordinator's. Once someone has signed in the set-up is
 * over and this records nothing (later prints go through signed-in methods).
 */
export function recordRecoverySheetPrint(runtime: StoreRuntime): { recorded: boolean } {
  if (!runtime.isOpen || runtime.activeSession()) return { recorded: false };
  const db = runtime.db();
  if (listAudit(db, { action: 'sign_in', limit: 1, offset: 0 }).total > 0) return { recorded: false };
  const created = listAudit(db, { action: 'store_created', limit: 1, offset: 0 }).rows[0];
  if (!created) return { recorded: false };
  runtime.audit({ actorId: created.actorId, action: 'print', entity: 'recovery_sheet' });
  return { recorded: true };
}
