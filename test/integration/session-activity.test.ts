import { describe, expect, it } from 'vitest';
import { ADMIN, createTestCentre } from '../fixtures/centre';

const IDLE_MS = 5 * 60_000;

describe('the idle lock counts only real activity', () => {
  it('is not held off by public calls anyone may make', async () => {
    const t = await createTestCentre();
    t.clock.advance(IDLE_MS - 60_000);
    await t.must('system.info', {});
    await t.must('system.ping', { echo: 'still there?' });
    await t.must('auth.status', {});
    t.clock.advance(2 * 60_000);
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('shows the idle lock to a status call', async () => {
    const t = await createTestCentre();
    t.clock.advance(IDLE_MS + 1_000);
    expect(await t.must('auth.status', {})).toMatchObject({
      locked: true,
      session: null,
      lockedUser: { displayName: ADMIN.displayName },
    });
  });

  it('is held off by a call that needs the session', async () => {
    const t = await createTestCentre();
    t.clock.advance(IDLE_MS - 60_000);
    await t.must('staff.list', {});
    t.clock.advance(2 * 60_000);
    expect((await t.call('staff.list', {})).ok).toBe(true);
  });

  it('is held off by the renderer reporting input (its heartbeat), but never unlocked by it', async () => {
    const t = await createTestCentre();
    t.clock.advance(IDLE_MS - 60_000);
    expect((await t.must('auth.status', { userActive: true })).locked).toBe(false);
    t.clock.advance(2 * 60_000);
    expect((await t.call('staff.list', {})).ok).toBe(true);

    await t.must('auth.lock', {});
    expect(await t.must('auth.status', { userActive: true })).toMatchObject({ locked: true, session: null });
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('signing out of a locked session', () => {
  it('records the end of the locked session as whose it was, not as its owner signing out', async () => {
    const t = await createTestCentre();
    const adminId = (await t.must('auth.status', {})).session?.userId;
    await t.must('auth.signOut', {});
    await t.must('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    await t.must('auth.lock', {});
    expect((await t.must('auth.signOut', {})).signedOut).toBe(true);

    await t.must('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    const signOuts = (await t.must('audit.list', { action: 'sign_out', page: 1, pageSize: 10 })).rows;
    const [lockedEnd, ownSignOut] = signOuts;
    expect(ownSignOut).toMatchObject({ actorId: adminId, outcome: null });
    expect(lockedEnd).toMatchObject({
      actorId: null,
      entity: 'staff',
      entityId: String(adminId),
      outcome: 'ended_while_locked',
    });
  });

  it('leaves nothing of the locked session usable', async () => {
    const t = await createTestCentre();
    await t.must('auth.lock', {});
    await t.must('auth.signOut', {});
    expect(await t.must('auth.status', {})).toMatchObject({ session: null, locked: false, lockedUser: null });
    expect(await t.call('auth.unlock', { password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});
