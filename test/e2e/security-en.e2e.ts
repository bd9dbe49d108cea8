import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setSetting } from '../../db/repositories/settings';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { makeTempDir } from '../fixtures/temp-dir';
import { asPageClient, openApp, type AppFixture } from './harness';
import {
  EN,
  dismissNotifications,
  expectCleanSession,
  waitOpaque,
  HE,
  htmlAttributes,
  label,
  openHash,
  shot,
  signedInPage,
  SLOW,
  submitSignIn,
} from './security-steps';

const ADMIN = { username: 'noa', name: 'Noa Levin', password: 'a-quiet-morning-by-the-sea' };
const COACH = {
  username: 'rivka',
  name: 'Rivka Mizrahi',
  temporary: 'first-day-at-work-26',
  own: 'green-tea-and-oranges',
};

const chooseLanguage = async (app: AppFixture, from: 'he' | 'en', to: 'English' | 'עברית') => {
  await app.page
    .getByRole('radiogroup', { name: from === 'he' ? 'שפת הממשק' : 'Interface language' })
    .getByText(to)
    .click();
};

/** Opens a staff row's actions menu and returns that menu, so its items are never confused with another row's. */
async function rowMenu(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  const menu = page.getByRole('menu', { name: `Actions for ${name}` });
  await menu.waitFor();
  return menu;
}

describe('centre store security in English, and a saved language per user', () => {
  let app: AppFixture;
  let runtime: StoreRuntime;

  beforeAll(async () => {
    runtime = new StoreRuntime(path.join(makeTempDir('kesher-e2e-security-en-'), 'store'));
    app = await openApp({ browserMode: { runtime } });
  });

  afterAll(async () => {
    await app?.close();
    runtime?.close();
  });

  it('sets up the centre with the wizard in English', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'הקמת קשר במרכז' }).waitFor(SLOW);
    await chooseLanguage(app, 'he', 'English');
    await page.getByRole('heading', { level: 1, name: 'Setting up Kesher at this centre' }).waitFor();
    await expect(htmlAttributes(page)).resolves.toEqual({ lang: 'en', dir: 'ltr' });
    await page.getByLabel('Centre code').fill('JLM');
    await page.getByLabel('Centre name').fill('Jerusalem Employment Centre');
    await shot(page, 'setup-1-centre-en');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Full name').fill(ADMIN.name);
    await page.getByLabel(label('Password')).fill(ADMIN.password);
    await page.getByLabel('New password again').fill(ADMIN.password);
    await shot(page, 'setup-2-account-en');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('radio', { name: 'Generate a new key' }).waitFor();
    await shot(page, 'setup-3-key-en');
    await page.getByRole('button', { name: 'Create the data store' }).click();
    await page.getByText('This key is shown only now').waitFor(SLOW);
    await shot(page, 'setup-4-recovery-en');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('recovery-sheet').textContent()).toContain('Jerusalem Employment Centre');
    await shot(page, 'setup-5-print-sheet-en');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('checkbox', { name: 'I have written down or printed the recovery key' }).check();
    await page.getByRole('button', { name: 'Continue to sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor(SLOW);
    await shot(page, 'sign-in-en');
  });

  it("applies the user's saved language at sign-in and saves a switch made in the header", async () => {
    const { page } = app;
    // From the sign-in screen in English whatever the previous test left.
    await asPageClient(page, () => runtime.signOut());
    await openHash(app, '/');
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: /^(Sign in|כניסה)$/ }).waitFor(SLOW);
    if ((await htmlAttributes(page)).lang !== 'en') await chooseLanguage(app, 'he', 'English');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor(SLOW);
    await submitSignIn(page, EN, ADMIN.username, ADMIN.password);
    // A new account's language is Hebrew; it wins over the sign-in screen's choice.
    await page.getByRole('heading', { level: 1, name: 'ברוכים הבאים לקשר' }).waitFor(SLOW);
    await chooseLanguage(app, 'he', 'English');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kesher' }).waitFor();
    await expect.poll(() => asPageClient(page, () => runtime.activeSession()?.language), SLOW).toBe('en');
    expect(await page.getByTestId('header-role').textContent()).toBe('Coordinator');
    await page.getByRole('button', { name: new RegExp(`^${ADMIN.name}.*account menu$`) }).click();
    await waitOpaque(page.getByRole('menu'));
    await shot(page, 'app-user-menu-en', { fullPage: false });
    await page.keyboard.press('Escape');
    await shot(page, 'app-home-en');
  });

  it('creates, lists and deactivates a staff account', async () => {
    const { page } = app;
    await signedInPage(app, runtime, ADMIN);
    await page.getByRole('link', { name: 'Staff accounts' }).click();
    await page.getByRole('button', { name: 'New account' }).click();
    const dialog = page.getByRole('dialog', { name: 'New staff account' });
    await dialog.getByLabel('Username').fill(COACH.username);
    await dialog.getByLabel('Full name').fill(COACH.name);
    await dialog.getByLabel('Role').selectOption('coach');
    await dialog.getByLabel('Temporary password').fill(COACH.username);
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await dialog.getByText('The password is too short: at least 10 characters.').waitFor();
    await dialog.getByLabel('Temporary password').fill(COACH.temporary);
    await shot(page, 'staff-create-en', { fullPage: false });
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await dialog.waitFor({ state: 'detached', ...SLOW });
    const row = page.getByTestId('staff-table').getByRole('row').filter({ hasText: COACH.username });
    await row.getByText('Employment coach').waitFor(SLOW);
    await shot(page, 'staff-en');

    await page.getByRole('button', { name: 'New account' }).click();
    await dialog.getByLabel('Username').fill('temp-helper');
    await dialog.getByLabel('Full name').fill('Temporary Helper');
    await dialog.getByLabel('Temporary password').fill('a-short-stay-in-summer');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await dialog.waitFor({ state: 'detached', ...SLOW });
    await dismissNotifications(page);
    await (await rowMenu(page, 'Temporary Helper')).getByRole('menuitem', { name: 'Edit name and role' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit account' });
    await edit.getByLabel('Role').selectOption('facilitator');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached', ...SLOW });
    await page
      .getByTestId('staff-table')
      .getByRole('row')
      .filter({ hasText: 'temp-helper' })
      .getByText('Facilitator')
      .waitFor(SLOW);

    await (await rowMenu(page, COACH.name)).getByRole('menuitem', { name: 'Reset password' }).click();
    const reset = page.getByRole('dialog', { name: 'Reset password' });
    COACH.temporary = 'second-first-day-at-work';
    await reset.getByLabel('Temporary password').fill(COACH.temporary);
    await shot(page, 'staff-reset-password-en', { fullPage: false });
    await reset.getByRole('button', { name: 'Set temporary password' }).click();
    await reset.waitFor({ state: 'detached', ...SLOW });

    await dismissNotifications(page);
    await (await rowMenu(page, 'Temporary Helper')).getByRole('menuitem', { name: 'Deactivate' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate account' });
    await confirm.getByText('Deactivate the account of Temporary Helper?').waitFor();
    await shot(page, 'staff-deactivate-confirm-en', { fullPage: false });
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    const helperRow = page.getByTestId('staff-table').getByRole('row').filter({ hasText: 'temp-helper' });
    await helperRow.getByText('Inactive').waitFor(SLOW);
    // A deactivated account offers no actions, and no one can deactivate themselves.
    expect(await page.getByRole('button', { name: 'Actions for Temporary Helper' }).count()).toBe(0);
    const ownMenu = await rowMenu(page, ADMIN.name);
    await ownMenu.getByRole('menuitem', { name: 'Edit name and role' }).waitFor();
    expect(await ownMenu.getByRole('menuitem', { name: 'Deactivate' }).count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('shows the audit log, settings and backups in English', async () => {
    const { page } = app;
    await signedInPage(app, runtime, ADMIN);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText('The audit log is intact').waitFor(SLOW);
    await page.getByTestId('audit-table').getByText('Account deactivated').waitFor(SLOW);
    await shot(page, 'audit-en');

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Lock after minutes without activity').waitFor(SLOW);
    await page.getByLabel('Lock after minutes without activity').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('A whole number from 1 to 120.').waitFor();
    await page.getByLabel('Lock after minutes without activity').fill('15');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The settings were saved.').waitFor(SLOW);
    expect(runtime.idleLockMinutes()).toBe(15);
    await shot(page, 'settings-en');

    await page.getByRole('link', { name: 'Backups' }).click();
    await page.getByText('No backup folder is set.').waitFor(SLOW);
    expect(await page.getByRole('button', { name: 'Back up now' }).isDisabled()).toBe(true);
    await shot(page, 'backups-en');
  });

  it('changes the own password from the user menu', async () => {
    const { page } = app;
    await signedInPage(app, runtime, ADMIN);
    await page.getByRole('button', { name: new RegExp(`^${ADMIN.name}.*account menu$`) }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    await page.getByLabel('Current password').fill(ADMIN.password);
    await page.getByLabel(label('New password')).fill(ADMIN.password);
    await page.getByLabel('New password again').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('The new password must differ from the current one.').waitFor(SLOW);
    await shot(page, 'change-password-en');
    ADMIN.password = 'a-loud-evening-by-the-river';
    await page.getByLabel(label('New password')).fill(ADMIN.password);
    await page.getByLabel('New password again').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kesher' }).waitFor(SLOW);
  });

  it('locks from the user menu; a new user changes the temporary password in the language they pick', async () => {
    const { page } = app;
    await signedInPage(app, runtime, ADMIN);
    await page.getByRole('button', { name: new RegExp(`^${ADMIN.name}.*account menu$`) }).click();
    await page.getByRole('menuitem', { name: 'Lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kesher is locked' }).waitFor(SLOW);
    await shot(page, 'lock-en');
    await page.getByRole('button', { name: 'Switch user' }).click();
    await submitSignIn(page, EN, COACH.username, COACH.temporary);
    await page.getByRole('heading', { level: 1, name: 'בחירת סיסמה חדשה' }).waitFor(SLOW);
    await chooseLanguage(app, 'he', 'English');
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await shot(page, 'change-password-forced-en');
    await page.getByLabel('Current password').fill(COACH.temporary);
    await page.getByLabel(label('New password')).fill(COACH.own);
    await page.getByLabel('New password again').fill(COACH.own);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kesher' }).waitFor(SLOW);
    expect(await page.getByTestId('header-role').textContent()).toBe('Employment coach');
    expect(await page.getByRole('link', { name: 'Staff accounts' }).count()).toBe(0);
  });

  it('brings back the coordinator’s English after a sign-in from a Hebrew screen', async () => {
    const { page } = app;
    await signedInPage(app, runtime, { username: COACH.username, password: COACH.own });
    await page.getByRole('button', { name: new RegExp(`^${COACH.name}.*account menu$`) }).click();
    await page.getByRole('menuitem', { name: 'Switch user' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor(SLOW);
    await chooseLanguage(app, 'en', 'עברית');
    await submitSignIn(page, HE, ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kesher' }).waitFor(SLOW);
    await expect(htmlAttributes(page)).resolves.toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('marks a demo store in the header', async () => {
    const { page } = app;
    await signedInPage(app, runtime, ADMIN);
    expect(await page.getByTestId('demo-badge').count()).toBe(0);
    setSetting(runtime.db(), 'store.demo', true, new Date());
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('demo-badge').getByText('Demo store').waitFor(SLOW);
    await shot(page, 'app-demo-en');
  });

  it('sends no request outside the app, logs no error or CSP violation, keeps localStorage empty', async () => {
    await expectCleanSession(app);
  });
});
