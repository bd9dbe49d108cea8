import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, createTestCentre, FakeClock, openTestApp, snapshotFiles } from '../fixtures/centre';

const COACH = {
  username: 'yossi',
  displayName: 'יוסי לוי',
  role: 'coach' as const,
  temporaryPassword: 'זמני-לגמרי-2026',
};

function errorOf(result: { ok: boolean; error?: { code: string; message: string } }) {
  expect(result.ok).toBe(false);
  return result.error as { code: string; message: string; fields?: { path: string }[] };
}

describe('first-run set-up', () => {
  it('creates a store whose only readable file is a keyring without usernames', async () => {
    const t = await createTestCentre();
    expect((await t.must('auth.status', {})).store).toBe('ready');
    const keyring = readFileSync(path.join(t.dir, 'keyring.json'), 'utf8');
    expect(keyring).not.toContain(ADMIN.username);
    expect(keyring).not.toContain('תל אביב');
    expect(t.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
    const status = await t.must('auth.status', {});
    expect(status.centre).toEqual({ code: 'TLV', name: 'מרכז תל אביב' });
    expect(status.session).toMatchObject({ username: 'dana', role: 'coordinator', staffCode: 'S01' });
  });

  it('refuses a second set-up over an existing store', async () => {
    const t = await createTestCentre();
    await t.must('auth.signOut', {});
    const again = await t.call('setup.init', { centreCode: 'KFS', centreName: 'כפר סבא', admin: ADMIN });
    expect(errorOf(again).message).toBe('errors.setup.store_exists');
  });

  it('rejects a weak first password naming the field, and writes nothing', async () => {
    const t = openTestApp(path.join((await createTestCentre()).dir, '..', 'other'));
    const result = await t.call('setup.init', {
      centreCode: 'TLV',
      centreName: 'מרכז',
      admin: { ...ADMIN, password: 'password12' },
    });
    expect(errorOf(result).fields?.[0]?.path).toBe('admin.password');
    expect(snapshotFiles(t.dir)).toEqual({});
  });
});

describe('printing the recovery sheet during set-up', () => {
  it('audits each print as the set-up coordinator, and nothing once someone has signed in', async () => {
    const t = openTestApp(path.join((await createTestCentre()).dir, '..', 'fresh'));
    expect((await t.must('setup.recoverySheetPrinted', {})).recorded).toBe(false);
    await t.must('setup.init', { centreCode: 'TLV', centreName: 'מרכז תל אביב', admin: ADMIN });
    expect((await t.must('setup.recoverySheetPrinted', {})).recorded).toBe(true);
    expect((await t.must('setup.recoverySheetPrinted', {})).recorded).toBe(true);
    await t.must('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await t.must('setup.recoverySheetPrinted', {})).recorded).toBe(false);
    await t.must('auth.signOut', {});
    expect((await t.must('setup.recoverySheetPrinted', {})).recorded).toBe(false);

    await t.must('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    const prints = await t.must('audit.list', { action: 'print' });
    const admin = (await t.must('auth.status', {})).session?.userId;
    expect(prints.rows).toHaveLength(2);
    for (const row of prints.rows) expect(row).toMatchObject({ entity: 'recovery_sheet', actorId: admin });
  });
});

describe('sign-in', () => {
  it('rejects a wrong password and an unknown user alike, leaving every file unchanged', async () => {
    const centre = await createTestCentre();
    centre.runtime.close();
    const before = snapshotFiles(centre.dir);
    const t = openTestApp(centre.dir);
    const wrong = await t.call('auth.signIn', { username: ADMIN.username, password: 'not-the-password' });
    const unknown = await t.call('auth.signIn', { username: 'nobody', password: ADMIN.password });
    expect(errorOf(wrong)).toEqual({ code: 'wrong_password', message: 'errors.auth.wrong_credentials' });
    expect(errorOf(unknown)).toEqual({ code: 'wrong_password', message: 'errors.auth.wrong_credentials' });
    expect(snapshotFiles(centre.dir)).toEqual(before);
  });

  it('slows down repeated failures per account and audits them once signed in', async () => {
    const centre = await createTestCentre();
    centre.runtime.close();
    const clock = new FakeClock();
    const t = openTestApp(centre.dir, clock);
    for (let i = 0; i < 4; i += 1)
      await t.call('auth.signIn', { username: ADMIN.username, password: `wrong-${i}-password` });
    const throttled = await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(errorOf(throttled).message).toBe('errors.auth.throttled');
    clock.advance(60_000);
    await t.must('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    const failures = t.runtime
      .sqlite()
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'sign_in_failed'")
      .get() as { n: number };
    expect(failures.n).toBe(4);
  });

  it('gives a second app on the same store a clear error and touches no file', async () => {
    const centre = await createTestCentre();
    const before = snapshotFiles(centre.dir);
    const second = openTestApp(centre.dir);
    const result = await second.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(errorOf(result)).toEqual({ code: 'store_unavailable', message: 'errors.store.store_in_use' });
    expect(snapshotFiles(centre.dir)).toEqual(before);
  });
});

describe('lock, idle lock and switch user', () => {
  it('locks on demand, refuses work while locked, and unlocks with the same password', async () => {
    const t = await createTestCentre();
    await t.must('auth.lock', {});
    expect(errorOf(await t.call('staff.list', {})).code).toBe('locked');
    const status = await t.must('auth.status', {});
    expect(status).toMatchObject({
      locked: true,
      session: null,
      lockedUser: { displayName: ADMIN.displayName },
      centre: null,
    });
    expect(errorOf(await t.call('auth.unlock', { password: 'wrong-password-1' })).code).toBe('wrong_password');
    await t.must('auth.unlock', { password: ADMIN.password });
    expect((await t.call('staff.list', {})).ok).toBe(true);
  });

  it('locks by itself after the idle time and refuses the late call', async () => {
    const t = await createTestCentre();
    t.clock.advance(5 * 60_000 + 1_000);
    expect(errorOf(await t.call('staff.list', {})).code).toBe('locked');
  });

  it('lets the next staff member sign in after switch user', async () => {
    const t = await createTestCentre();
    await t.must('staff.create', COACH);
    await t.must('auth.lock', {});
    expect(
      errorOf(await t.call('auth.signIn', { username: COACH.username, password: COACH.temporaryPassword })).code,
    ).toBe('locked');
    await t.must('auth.signOut', {});
    const coach = await t.must('auth.signIn', { username: COACH.username, password: COACH.temporaryPassword });
    expect(coach).toMatchObject({ username: 'yossi', role: 'coach', mustChangePassword: true, staffCode: 'S02' });
  });
});

describe('accounts', () => {
  it('makes a new account change its temporary password before anything else', async () => {
    const t = await createTestCentre();
    await t.must('staff.create', COACH);
    await t.must('auth.signOut', {});
    await t.must('auth.signIn', { username: COACH.username, password: COACH.temporaryPassword });
    const blocked = await t.call('staff.list', {});
    expect(errorOf(blocked).message).toBe('errors.password_change_required');
    const weak = await t.call('auth.changePassword', {
      currentPassword: COACH.temporaryPassword,
      newPassword: 'short',
    });
    expect(errorOf(weak).fields?.[0]?.path).toBe('newPassword');
    const changed = await t.must('auth.changePassword', {
      currentPassword: COACH.temporaryPassword,
      newPassword: 'כרמל-וגלבוע-2027',
    });
    expect(changed.mustChangePassword).toBe(false);
    expect(errorOf(await t.call('staff.list', {})).code).toBe('forbidden');
    await t.must('auth.signOut', {});
    expect(
      errorOf(await t.call('auth.signIn', { username: COACH.username, password: COACH.temporaryPassword })).code,
    ).toBe('wrong_password');
    await t.must('auth.signIn', { username: COACH.username, password: 'כרמל-וגלבוע-2027' });
  });

  it('refuses a duplicate username', async () => {
    const t = await createTestCentre();
    await t.must('staff.create', COACH);
    const again = await t.call('staff.create', { ...COACH, username: 'YOSSI' });
    expect(errorOf(again).fields?.[0]?.path).toBe('username');
  });

  it('locks a deactivated account out for good', async () => {
    const t = await createTestCentre();
    const coach = await t.must('staff.create', COACH);
    const deactivated = await t.must('staff.deactivate', { id: coach.id });
    expect(deactivated.active).toBe(false);
    await t.must('auth.signOut', {});
    expect(
      errorOf(await t.call('auth.signIn', { username: COACH.username, password: COACH.temporaryPassword })).code,
    ).toBe('wrong_password');
  });

  it('lets a coordinator reset a password to a new temporary one', async () => {
    const t = await createTestCentre();
    const coach = await t.must('staff.create', COACH);
    await t.must('staff.resetPassword', { id: coach.id, temporaryPassword: 'חדש-וזמני-2026' });
    await t.must('auth.signOut', {});
    const session = await t.must('auth.signIn', { username: COACH.username, password: 'חדש-וזמני-2026' });
    expect(session.mustChangePassword).toBe(true);
  });
});

describe('keyring problems and recovery', () => {
  it('points to the recovery key when the keyring is missing, and recovers with it', async () => {
    const centre = await createTestCentre();
    centre.runtime.close();
    rmSync(path.join(centre.dir, 'keyring.json'));
    const t = openTestApp(centre.dir);
    expect((await t.must('auth.status', {})).store).toBe('keyring_missing');
    const signIn = await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(errorOf(signIn)).toEqual({ code: 'store_unavailable', message: 'errors.keyring.keyring_missing' });

    const before = snapshotFiles(centre.dir);
    const wrongKey = centre.recoveryKey.replace(/^..../, 'ZZZZ');
    const wrong = await t.call('auth.recover', {
      username: ADMIN.username,
      recoveryKey: wrongKey,
      newPassword: 'שחזור-מוצלח-2026',
    });
    expect(errorOf(wrong).code).toBe('wrong_password');
    expect(snapshotFiles(centre.dir)).toEqual(before);

    await t.must('auth.recover', {
      username: ADMIN.username,
      recoveryKey: centre.recoveryKey.toLowerCase(),
      newPassword: 'שחזור-מוצלח-2026',
    });
    expect((await t.must('auth.status', {})).store).toBe('ready');
    await t.must('auth.signIn', { username: ADMIN.username, password: 'שחזור-מוצלח-2026' });
  });

  it('reports a damaged keyring without changing it', async () => {
    const centre = await createTestCentre();
    centre.runtime.close();
    writeFileSync(path.join(centre.dir, 'keyring.json'), '{"format":"kesher-keyring","version":1');
    const before = snapshotFiles(centre.dir);
    const t = openTestApp(centre.dir);
    expect((await t.must('auth.status', {})).store).toBe('keyring_damaged');
    const result = await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(errorOf(result)).toEqual({ code: 'store_unavailable', message: 'errors.keyring.keyring_damaged' });
    expect(snapshotFiles(centre.dir)).toEqual(before);
  });

  it('reports a damaged database and never rewrites it', async () => {
    const centre = await createTestCentre();
    centre.runtime.close();
    const dbFile = path.join(centre.dir, 'kesher.db');
    const bytes = readFileSync(dbFile);
    bytes.fill(0x5a, 100, 4000);
    writeFileSync(dbFile, bytes);
    const before = snapshotFiles(centre.dir);
    const t = openTestApp(centre.dir);
    const result = await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(errorOf(result)).toEqual({ code: 'store_unavailable', message: 'errors.store.database_damaged' });
    expect(snapshotFiles(centre.dir)).toEqual(before);
  });
});

describe('lock reasons in the audit log', () => {
  it('records whether the renderer locked for idleness or on request', async () => {
    const t = await createTestCentre();
    await t.must('auth.lock', { reason: 'idle' });
    await t.must('auth.unlock', { password: ADMIN.password });
    await t.must('auth.lock', {});
    const outcomes = t.runtime
      .sqlite()
      .prepare("SELECT outcome FROM audit_log WHERE action = 'lock' ORDER BY seq")
      .all() as { outcome: string }[];
    expect(outcomes.map((o) => o.outcome)).toEqual(['idle', 'manual']);
  });
});
