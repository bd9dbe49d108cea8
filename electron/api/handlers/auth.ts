import type { authContract } from '../contracts/auth';
import type { setupContract } from '../contracts/setup';
import { requireRuntime } from '../context';
import { AppError } from '../result';
import { changeOwnPassword, recoverAccount } from '../../services/store/accounts';
import { initStore, recordRecoverySheetPrint } from '../../services/store/init-store';
import { isDemoSession, leaveDemoCentre, openDemoCentre } from '../../services/demo/demo-session';
import { DEMO_PASSWORD, DEMO_USERS } from '../../services/demo/demo-data';
import { updateStaff } from '../../../db/repositories/staff';
import type { HandlerMap } from './types';

export const authHandlers: HandlerMap<keyof typeof authContract | keyof typeof setupContract> = {
  'auth.status': (_input, ctx) => {
    const runtime = requireRuntime(ctx);
    const session = runtime.activeSession();
    const locked = runtime.lockedSession();
    return {
      store: runtime.state(),
      locked: locked !== null,
      session,
      lockedUser: locked ? { displayName: locked.displayName } : null,
      idleLockMinutes: runtime.idleLockMinutes(),
      centre: session ? runtime.centre() : null,
      demo: session ? runtime.isDemo() : isDemoSession(ctx.app),
      demoSignIn: isDemoSession(ctx.app)
        ? {
            users: DEMO_USERS.map(({ username, displayName, role }) => ({ username, displayName, role })),
            password: DEMO_PASSWORD,
          }
        : null,
    };
  },
  'auth.signIn': async (input, ctx) => {
    const runtime = requireRuntime(ctx);
    if (runtime.lockedSession()) throw new AppError('locked', 'errors.auth.session_locked');
    if (runtime.activeSession()) runtime.signOut();
    return runtime.signIn(input.username, input.password);
  },
  'auth.signOut': (_input, ctx) => ({ signedOut: requireRuntime(ctx).signOut() }),
  'auth.lock': (input, ctx) => {
    requireRuntime(ctx).lock(input.reason);
    return { locked: true as const };
  },
  'auth.unlock': (input, ctx) => requireRuntime(ctx).unlock(input.password),
  'auth.changePassword': async (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const session = runtime.activeSession();
    if (!session) throw new AppError('unauthenticated');
    return runtime.refreshSession(await changeOwnPassword(runtime, session, input.currentPassword, input.newPassword));
  },
  'auth.recover': async (input, ctx) => {
    const runtime = requireRuntime(ctx);
    if (runtime.activeSession() || runtime.lockedSession())
      throw new AppError('conflict', 'errors.auth.sign_out_first');
    await recoverAccount(runtime, input.username, input.recoveryKey, input.newPassword);
    return { recovered: true as const };
  },
  'auth.setLanguage': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const session = runtime.activeSession();
    if (!session) throw new AppError('unauthenticated');
    const row = updateStaff(runtime.db(), session.userId, { language: input.language });
    if (!row) throw new AppError('not_found');
    return runtime.refreshSession(row);
  },
  'setup.openDemo': async (_input, ctx) => {
    const { users, password } = await openDemoCentre(ctx.app);
    return { users: users.map(({ username, displayName, role }) => ({ username, displayName, role })), password };
  },
  'setup.recoverySheetPrinted': (_input, ctx) => recordRecoverySheetPrint(requireRuntime(ctx)),
  'setup.leaveDemo': (_input, ctx) => {
    leaveDemoCentre(ctx.app);
    return { left: true as const };
  },
  'setup.init': async (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const result = await initStore(runtime, {
      centreCode: input.centreCode,
      centreName: input.centreName,
      admin: input.admin,
      pseudonymKey: input.pseudonymKeyHex ? Buffer.from(input.pseudonymKeyHex, 'hex') : undefined,
    });
    return result;
  },
};
