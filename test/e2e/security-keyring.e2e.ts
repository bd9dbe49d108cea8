import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { ADMIN, createTestCentre } from '../fixtures/centre';
import { openApp, type AppFixture } from './harness';
import { EN, expectCleanSession, HE, label, shot, signedInPage, SLOW, submitSignIn } from './security-steps';

describe('a store whose keyring is missing or damaged', () => {
  let app: AppFixture;
  let runtime: StoreRuntime;
  let recoveryKey: string;
  let password = 'שבעה-ימים-של-גשם-בחורף';

  beforeAll(async () => {
    const centre = await createTestCentre();
    recoveryKey = centre.recoveryKey;
    centre.runtime.close();
    rmSync(centre.runtime.files.keyring);
    runtime = new StoreRuntime(centre.dir);
    app = await openApp({ browserMode: { runtime } });
  });

  afterAll(async () => {
    await app?.close();
    runtime?.close();
  });

  it('explains the missing keyring and rebuilds it with the recovery key', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'קובץ הסיסמאות חסר' }).waitFor(SLOW);
    await shot(page, 'keyring-missing-he');
    await page.getByRole('radiogroup', { name: 'שפת הממשק' }).getByText('English').click();
    await page.getByRole('heading', { level: 1, name: 'The password file is missing' }).waitFor();
    await page.getByRole('button', { name: 'Rebuild with the recovery key' }).click();
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Recovery key').fill('not-a-recovery-key');
    await page.getByLabel(label('New password')).fill(password);
    await page.getByLabel('New password again').fill(password);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('That does not look like a recovery key', { exact: false }).waitFor(SLOW);
    await shot(page, 'keyring-missing-en');

    await page.getByLabel('Recovery key').fill(recoveryKey);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await submitSignIn(page, EN, ADMIN.username, password);
    await page.getByTestId('header-user').getByText(ADMIN.displayName).waitFor(SLOW);
    expect(runtime.state()).toBe('ready');
  });

  it('asks a signed-in user to sign out when the keyring turns unreadable, then recovers', async () => {
    const { page } = app;
    await signedInPage(app, runtime, { username: ADMIN.username, password });
    writeFileSync(runtime.files.keyring, 'not a keyring');
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: 'קובץ הסיסמאות פגום' }).waitFor(SLOW);
    await shot(page, 'keyring-damaged-signed-in-he');
    await page.getByRole('button', { name: 'יציאה' }).click();
    await page.getByRole('button', { name: 'בנייה מחדש בעזרת מפתח השחזור' }).click();
    password = 'שמונה-לילות-של-שלג-בהר';
    await page.getByLabel('שם משתמש').fill(ADMIN.username);
    await page.getByLabel('מפתח שחזור').fill(recoveryKey);
    await page.getByLabel(label('סיסמה חדשה')).fill(password);
    await page.getByLabel('הסיסמה החדשה שוב').fill(password);
    await shot(page, 'keyring-damaged-he');
    await page.getByRole('button', { name: 'קביעת הסיסמה החדשה' }).click();
    await submitSignIn(page, HE, ADMIN.username, password);
    await page.getByTestId('header-user').getByText(ADMIN.displayName).waitFor(SLOW);
  });

  it('sends no request outside the app, logs no error or CSP violation, keeps localStorage empty', async () => {
    await expectCleanSession(app);
  });
});
