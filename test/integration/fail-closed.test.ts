import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../db/repositories/audit';
import { setLogSink } from '../../electron/platform/logger';
import type { StoreRuntime } from '../../electron/services/store/runtime';
import { ADMIN, createTestCentre } from '../fixtures/centre';

const NOT_WRITABLE = { code: 'store_unavailable', message: 'errors.store.not_writable' };
const DISK_FULL = { code: 'store_unavailable', message: 'errors.store.disk_full' };

/** The store refuses every write from now on, as a read-only file or disk would (SQLITE_READONLY). */
function makeReadOnly(runtime: StoreRuntime): void {
  runtime.sqlite().pragma('query_only = ON');
}

/**
 * The database may not grow any more and every free byte in it is used, as on a full disk: the
 * next audit entry fails with SQLITE_FULL.
 */
function fillDisk(runtime: StoreRuntime): void {
  const sqlite = runtime.sqlite();
  const pages = sqlite.pragma('page_count', { simple: true }) as number;
  sqlite.pragma(`max_page_count = ${pages}`);
  for (let i = 0; i < 100_000; i += 1) {
    try {
      appendAudit(runtime.db(), { actorId: null, action: 'print', entity: 'filler' }, new Date());
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_FULL') return;
      throw error;
    }
  }
  throw new Error('the database never filled up');
}

beforeAll(() => setLogSink(() => undefined));
afterAll(() => setLogSink(null));

describe('failing closed when the store cannot be written', () => {
  it('signs out on a full disk, says the disk is full, and leaves no usable session', async () => {
    const t = await createTestCentre();
    fillDisk(t.runtime);
    const result = await t.call('auth.signOut', {});
    expect(result).toEqual({ ok: false, error: DISK_FULL });
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await t.must('auth.status', {})).toMatchObject({ session: null, locked: false, lockedUser: null });
  });

  it('signs out of a read-only store and says the store cannot be written', async () => {
    const t = await createTestCentre();
    makeReadOnly(t.runtime);
    expect(await t.call('auth.signOut', {})).toEqual({ ok: false, error: NOT_WRITABLE });
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('holds a lock whose audit entry cannot be written', async () => {
    const t = await createTestCentre();
    makeReadOnly(t.runtime);
    expect(await t.call('auth.lock', {})).toEqual({ ok: false, error: NOT_WRITABLE });
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('locks for idleness on a full disk without the call escaping dispatch', async () => {
    const t = await createTestCentre();
    fillDisk(t.runtime);
    t.clock.advance(5 * 60_000 + 1_000);
    expect(await t.call('staff.list', {})).toEqual({ ok: false, error: DISK_FULL });
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('keeps the session locked when the unlock cannot be recorded, with the right password or a wrong one', async () => {
    const t = await createTestCentre();
    await t.must('auth.lock', {});
    makeReadOnly(t.runtime);
    expect(await t.call('auth.unlock', { password: ADMIN.password })).toEqual({ ok: false, error: NOT_WRITABLE });
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await t.call('auth.unlock', { password: 'not-the-password' })).toEqual({ ok: false, error: NOT_WRITABLE });
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });

    t.runtime.sqlite().pragma('query_only = OFF');
    await t.must('auth.unlock', { password: ADMIN.password });
    expect((await t.call('staff.list', {})).ok).toBe(true);
  });

  it('signs nobody in when the sign-in cannot be recorded', async () => {
    const t = await createTestCentre();
    await t.must('auth.signOut', {});
    makeReadOnly(t.runtime);
    expect(await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password })).toEqual({
      ok: false,
      error: NOT_WRITABLE,
    });
    expect(await t.must('auth.status', {})).toMatchObject({ session: null, locked: false });
  });
});
