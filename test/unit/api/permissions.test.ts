import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../../electron/api/contract';
import { createAppState } from '../../../electron/services/store/app-state';
import type { Session } from '../../../electron/services/store/session';
import { roles, type Role } from '../../../electron/api/contracts/roles';
import { dispatch } from '../../../electron/api/dispatch';
import type { HandlerMap } from '../../../electron/api/handlers/types';
import { permissions } from '../../../electron/api/permissions';
import { setLogSink } from '../../../electron/platform/logger';
import type { StoreRuntime } from '../../../electron/services/store/runtime';

/** Methods anyone may call before signing in (or while locked). Any addition must be deliberate. */
const expectedPublic = new Set<MethodName>([
  'system.info',
  'system.ping',
  'setup.init',
  'setup.openDemo',
  'setup.leaveDemo',
  'setup.recoverySheetPrinted',
  'auth.status',
  'auth.signIn',
  'auth.signOut',
  'auth.unlock',
  'auth.recover',
  // A PC without a store of its own pairs with the centre PC before anyone can sign in there.
  'lan.clientStatus',
  'lan.connect',
  'lan.disconnect',
]);

/** Methods only a coordinator may call. */
const expectedCoordinatorOnly = new Set<MethodName>([
  'staff.list',
  'staff.create',
  'staff.update',
  'staff.deactivate',
  'staff.resetPassword',
  'audit.list',
  'audit.verify',
  'settings.get',
  'settings.update',
  'backup.list',
  'backup.run',
  'eligibility.setCriteria',
  'services.save',
  'decisions.queue',
  'decisions.decide',
  'participants.reassign',
  'participants.reopen',
  'intake.setRequiredForms',
]);

/** Participant data is never open to facilitators (they see their own workshops only). */
const closedToFacilitators = (method: MethodName) =>
  /^(participants|consents|search|inquiries|screening|conferences|calls|services|eligibility|decisions|intake)\./.test(
    method,
  );

const HANDLED = { handled: true };
const recordingHandlers = Object.fromEntries(
  methodNames.map((m) => [m, () => HANDLED]),
) as unknown as HandlerMap<MethodName>;

function appAs(session: Session | null, locked = false) {
  const runtime = {
    touch: () => undefined,
    activeSession: () => (locked ? null : session),
    get locked() {
      return locked;
    },
  } as unknown as StoreRuntime;
  return { app: createAppState({ version: 'test', runtime }), transport: 'http' as const };
}

const sessionFor = (role: Role, mustChangePassword = false): Session => ({
  userId: 7,
  username: 'someone',
  displayName: 'Someone',
  role,
  staffCode: 'S07',
  mustChangePassword,
  language: 'he',
});

/** The handler ran (its sentinel made the output check fail → internal) or validation ran: either way, access was granted. */
const granted = (result: { ok: boolean; error?: { code: string } }) =>
  !result.ok && (result.error?.code === 'internal' || result.error?.code === 'invalid_input');

beforeAll(() => setLogSink(() => undefined));
afterAll(() => setLogSink(null));

describe('permission matrix', () => {
  it('has exactly the expected public methods', () => {
    const publicMethods = methodNames.filter((m) => permissions[m] === 'public');
    expect(new Set(publicMethods)).toEqual(expectedPublic);
  });

  it('keeps account, audit and settings methods for coordinators only', () => {
    for (const method of expectedCoordinatorOnly) expect(permissions[method]).toEqual(['coordinator']);
  });

  it('keeps every participant method from facilitators', () => {
    for (const method of methodNames.filter(closedToFacilitators)) {
      const access = permissions[method];
      expect(access === 'public' || access === 'signedIn' || access.includes('facilitator')).toBe(false);
    }
  });

  it('lets only coaches and coordinators see consents or change a case', () => {
    for (const method of [
      'consents.add',
      'consents.withdraw',
      'participants.completeIntake',
      'participants.exit',
    ] as const) {
      expect(permissions[method]).toEqual(['coach', 'coordinator']);
    }
  });

  describe.each(methodNames)('%s', (method) => {
    it.each(roles)('is enforced by dispatch for a %s', async (role) => {
      const access = permissions[method];
      const result = await dispatch(method, {}, appAs(sessionFor(role)), recordingHandlers);
      const allowed = access === 'public' || access === 'signedIn' || access.includes(role);
      if (allowed) expect(granted(result)).toBe(true);
      else expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'errors.forbidden' } });
    });

    it('refuses a caller with no session unless public', async () => {
      const result = await dispatch(method, {}, appAs(null), recordingHandlers);
      if (permissions[method] === 'public') expect(granted(result)).toBe(true);
      else expect(result.ok || result.error.code).toBe('unauthenticated');
    });

    it('refuses everything but public methods while the session is locked', async () => {
      const result = await dispatch(method, {}, appAs(sessionFor('coordinator'), true), recordingHandlers);
      if (permissions[method] === 'public') expect(granted(result)).toBe(true);
      else expect(result.ok || result.error.code).toBe('locked');
    });

    it('allows only the password change (and lock, language) to a user with a temporary password', async () => {
      const result = await dispatch(method, {}, appAs(sessionFor('coordinator', true)), recordingHandlers);
      const stillAllowed =
        permissions[method] === 'public' || ['auth.changePassword', 'auth.lock', 'auth.setLanguage'].includes(method);
      if (stillAllowed) expect(granted(result)).toBe(true);
      else
        expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'errors.password_change_required' } });
    });
  });
});
