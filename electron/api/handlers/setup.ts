import type { setupContract } from '../contracts/setup';
import { requireRuntime } from '../context';
import { leaveDemoCentre, openDemoCentre } from '../../services/demo/demo-session';
import { initStore, recordRecoverySheetPrint } from '../../services/store/init-store';
import type { HandlerMap } from './types';

export const setupHandlers: HandlerMap<keyof typeof setupContract> = {
  'setup.openDemo': async (_input, ctx) => {
    const { users, password } = await openDemoCentre(ctx.app);
    return { users: users.map(({ username, displayName, role }) => ({ username, displayName, role })), password };
  },
  'setup.recoverySheetPrinted': (_input, ctx) => recordRecoverySheetPrint(requireRuntime(ctx)),
  'setup.leaveDemo': (_input, ctx) => {
    leaveDemoCentre(ctx.app);
    return { left: true as const };
  },
  'setup.init': (input, ctx) =>
    initStore(requireRuntime(ctx), {
      centreCode: input.centreCode,
      centreName: input.centreName,
      admin: input.admin,
      pseudonymKey: input.pseudonymKeyHex ? Buffer.from(input.pseudonymKeyHex, 'hex') : undefined,
    }),
};
