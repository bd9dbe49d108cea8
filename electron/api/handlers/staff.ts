import type { staffContract } from '../contracts/staff';
import { requireRuntime } from '../context';
import { AppError } from '../result';
import { createAccount, deactivateAccount, resetPassword } from '../../services/store/accounts';
import { findStaffById, listStaff, updateStaff, type StaffRow } from '../../../db/repositories/staff';
import type { HandlerMap } from './types';

const toMember = (row: StaffRow) => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role,
  staffCode: row.staffCode,
  active: row.active,
  mustChangePassword: row.mustChangePassword,
  createdAt: row.createdAt,
  lastSignInAt: row.lastSignInAt,
});

export const staffHandlers: HandlerMap<keyof typeof staffContract> = {
  'staff.list': (_input, ctx) => listStaff(requireRuntime(ctx).db()).map(toMember),
  'staff.create': async (input, ctx) => toMember(await createAccount(requireRuntime(ctx), input)),
  'staff.update': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const existing = findStaffById(runtime.db(), input.id);
    if (!existing) throw new AppError('not_found', 'errors.staff.not_found');
    const patch = { displayName: input.displayName, role: input.role };
    const fields = Object.entries(patch)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    if (input.role && input.role !== 'coordinator' && runtime.activeSession()?.userId === input.id) {
      throw new AppError('conflict', 'errors.staff.cannot_demote_self');
    }
    if (fields.length === 0) return toMember(existing);
    const row = updateStaff(runtime.db(), input.id, patch) as StaffRow;
    runtime.audit({ action: 'account_updated', entity: 'staff', entityId: input.id, fields });
    runtime.refreshSession(row);
    return toMember(row);
  },
  'staff.deactivate': async (input, ctx) => toMember(await deactivateAccount(requireRuntime(ctx), input.id)),
  'staff.resetPassword': async (input, ctx) =>
    toMember(await resetPassword(requireRuntime(ctx), input.id, input.temporaryPassword)),
};
