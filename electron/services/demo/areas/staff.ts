import { findStaffByUsername, insertStaff } from '../../../../db/repositories/staff';
import { AppError } from '../../../domain/app-error';
import type { KdfCost } from '../../auth/keyring';
import { readKeyring, setPasswordWrap, writeKeyringAtomic } from '../../auth/keyring';
import type { StoreRuntime } from '../../store/runtime';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '../demo-data';

/**
 * The demo accounts other than the coordinator the store was created with: a key wrap each
 * under DEMO_PASSWORD, and their staff rows, recorded as created by the coordinator.
 */
export async function addDemoStaff(runtime: StoreRuntime, now: Date, kdf?: KdfCost): Promise<void> {
  const [coordinator, ...others] = DEMO_USERS as [DemoUser, ...DemoUser[]];
  const db = runtime.db();
  const coordinatorId = findStaffByUsername(db, coordinator.username)?.id ?? null;
  let keyring = readKeyring(runtime.files.keyring);
  for (const user of others) keyring = await setPasswordWrap(keyring, runtime.key(), user.username, DEMO_PASSWORD, kdf);
  writeKeyringAtomic(runtime.files.keyring, keyring);
  runtime.sqlite().transaction(() => {
    for (const user of others) {
      const row = insertStaff(db, { ...user, mustChangePassword: false }, now);
      runtime.audit({
        actorId: coordinatorId,
        action: 'account_created',
        entity: 'staff',
        entityId: row.id,
        fields: ['username', 'displayName', 'role'],
      });
    }
  })();
}

export interface DemoStaffIds {
  coordinatorId: number;
  navigatorId: number;
  coachIds: readonly number[];
}

/** The accounts the invented people's records name; refuses a store that lacks them. */
export function demoStaffIds(runtime: StoreRuntime): DemoStaffIds {
  const id = (username: string) => {
    const row = findStaffByUsername(runtime.db(), username);
    if (!row) throw new AppError('conflict', 'errors.demo.not_a_demo_store');
    return row.id;
  };
  return {
    coordinatorId: id('demo-coordinator'),
    navigatorId: id('demo-navigator'),
    coachIds: [id('demo-coach1'), id('demo-coach2')],
  };
}
