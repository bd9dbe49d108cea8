import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { makeTempDir } from '../fixtures/temp-dir';
import { openApp, type AppFixture } from './harness';
import { dismissNotifications, expectCleanSession, shot, SLOW } from './security-steps';

/** Opening a demo writes a few hundred invented people and their keyring: allow for it. */
const DEMO = { timeout: 60_000 };

describe('a demo centre opened from the set-up screen', () => {
  let app: AppFixture;
  let runtime: StoreRuntime;

  beforeAll(async () => {
    runtime = new StoreRuntime(path.join(makeTempDir('kesher-e2e-demo-'), 'store'));
    app = await openApp({ browserMode: { runtime } });
  });

  afterAll(async () => {
    await app?.close();
    runtime?.close();
  });

  it('offers the demo before set-up and lists its invented accounts at sign-in', { timeout: 90_000 }, async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'הקמת קשר במרכז' }).waitFor(SLOW);
    await page.getByRole('button', { name: 'פתיחת מרכז הדגמה' }).click();
    const accounts = page.getByTestId('demo-accounts');
    await accounts.waitFor(DEMO);
    await page.getByRole('heading', { level: 1, name: 'כניסה' }).waitFor();
    expect(await accounts.getByRole('button').count()).toBeGreaterThan(1);
    await shot(page, 'demo-sign-in-he');
    await page.getByRole('radiogroup', { name: 'שפת הממשק' }).getByText('English').click();
    await accounts.getByText('Demo centre: invented people only').waitFor();
    await shot(page, 'demo-sign-in-en');
  });

  it('signs in as a demo account with one click and marks the store as a demo', async () => {
    const { page } = app;
    await page
      .getByTestId('demo-accounts')
      .getByRole('button', { name: /Coordinator/ })
      .click();
    // The account fills the form and the focus waits on the sign-in button.
    await page.keyboard.press('Enter');
    await page.getByTestId('demo-badge').waitFor(SLOW);
    await dismissNotifications(page);
    await shot(page, 'demo-app-he');
    // Not the real store: that one is still waiting to be set up.
    expect(runtime.state()).toBe('needs_setup');
  });

  it('leaves the demo and returns to the set-up wizard of the real store', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /תפריט החשבון$/ }).click();
    await page.getByRole('menuitem', { name: 'החלפת משתמש' }).click();
    await page.getByRole('button', { name: 'יציאה ממרכז ההדגמה' }).click();
    await page.getByRole('heading', { level: 1, name: 'הקמת קשר במרכז' }).waitFor(SLOW);
    expect(await page.getByTestId('demo-accounts').count()).toBe(0);
  });

  it('sends no request outside the app, logs no error or CSP violation, keeps localStorage empty', async () => {
    await expectCleanSession(app);
  });
});
