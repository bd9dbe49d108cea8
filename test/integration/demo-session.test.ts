import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestApp } from '../fixtures/centre';
import { makeTempDir } from '../fixtures/temp-dir';

describe('open demo centre', () => {
  it('switches a not-yet-set-up app to a populated demo store, marked as a demo, and back', async () => {
    const t = openTestApp(path.join(makeTempDir(), 'store'));
    const opened = await t.must('setup.openDemo', {});
    expect(opened.users.map((u) => u.role)).toEqual(
      expect.arrayContaining(['coordinator', 'navigator', 'coach', 'facilitator']),
    );
    const before = await t.must('auth.status', {});
    expect(before).toMatchObject({ store: 'ready', demo: true, demoSignIn: { password: opened.password } });

    const coordinator = opened.users.find((u) => u.role === 'coordinator');
    await t.must('auth.signIn', { username: coordinator?.username ?? '', password: opened.password });
    expect((await t.must('auth.status', {})).centre?.code).toBe('DEMO');
    expect((await t.must('system.info', {})).demo).toBe(true);
    expect((await t.must('participants.list', { pageSize: 10 })).total).toBeGreaterThan(100);

    const demoDir = t.app.runtime?.files.dir as string;
    await t.must('auth.signOut', {});
    await t.must('setup.leaveDemo', {});
    expect(existsSync(demoDir)).toBe(false);
    expect((await t.must('auth.status', {})).store).toBe('needs_setup');
  });

  it('is not offered once the real store exists', async () => {
    const t = openTestApp(path.join(makeTempDir(), 'store'));
    await t.must('setup.init', {
      centreCode: 'TLV',
      centreName: 'מרכז',
      admin: { username: 'dana', displayName: 'דנה', password: 'ירושלים-של-זהב-1967' },
    });
    const result = await t.call('setup.openDemo', {});
    expect(result.ok || result.error.message).toBe('errors.demo.not_available');
  });
});
