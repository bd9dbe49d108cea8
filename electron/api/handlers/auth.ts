import type { authContract } from '../contracts/auth';
import { requireRuntime } from '../context';
import {
  authStatus,
  changePasswordOfSignedIn,
  recoverSignedOut,
  setLanguageOfSignedIn,
  signInReplacing,
} from '../../services/store/auth-flow';
import type { HandlerMap } from './types';

export const authHandlers: HandlerMap<keyof typeof authContract> = {
  'auth.status': (input, ctx) => authStatus(ctx.app, requireRuntime(ctx), input.userActive === true),
  'auth.signIn': (input, ctx) => signInReplacing(requireRuntime(ctx), input.username, input.password),
  'auth.signOut': (_input, ctx) => ({ signedOut: requireRuntime(ctx).signOut() }),
  'auth.lock': (input, ctx) => {
    requireRuntime(ctx).lock(input.reason);
    return { locked: true as const };
  },
  'auth.closing': (_input, ctx) => {
    requireRuntime(ctx).noteClosing();
    return { noted: true as const };
  },
  'auth.unlock': (input, ctx) => requireRuntime(ctx).unlock(input.password),
  'auth.changePassword': (input, ctx) =>
    changePasswordOfSignedIn(requireRuntime(ctx), input.currentPassword, input.newPassword),
  'auth.recover': async (input, ctx) => {
    await recoverSignedOut(requireRuntime(ctx), input.username, input.recoveryKey, input.newPassword);
    return { recovered: true as const };
  },
  'auth.setLanguage': (input, ctx) => setLanguageOfSignedIn(requireRuntime(ctx), input.language),
};
