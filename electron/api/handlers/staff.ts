import type { staffContract } from '../contracts/staff';
import { requireRuntime } from '../context';
import {
  createAccount,
  deactivateAccount,
  listAccounts,
  resetPassword,
  staffDirectory,
  updateAccount,
} from '../../services/store/accounts';
import type { StaffRow } from '../../../db/repositories/staff';
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
  'staff.list': (_input, ctx) => listAccounts(requireRuntime(ctx)).map(toMember),
  'staff.create': async (input, ctx) => toMember(await createAccount(requireRuntime(ctx), input)),
  'staff.update': (input, ctx) => toMember(updateAccount(requireRuntime(ctx), input)),
  'staff.deactivate': async (input, ctx) => toMember(await deactivateAccount(requireRuntime(ctx), input.id)),
  'staff.resetPassword': async (input, ctx) =>
    toMember(await resetPassword(requireRuntime(ctx), input.id, input.temporaryPassword)),
  'staff.directory': (_input, ctx) => staffDirectory(requireRuntime(ctx)),
};
