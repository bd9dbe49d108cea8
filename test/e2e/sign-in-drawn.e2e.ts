import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createTestCentre, openTestApp, type TestApp } from '../fixtures/centre';
import { openApp, type AppFixture } from './harness';
import { SCREEN_DIR, SLOW, screenshot } from './page-steps';
import { EN, expectCleanSession, HE, htmlAttributes, label } from './security-steps';

/**
 * Start-up (issue 12, item 12): a new window shows the sign-in screen drawn into index.html at
 * build time, before the app's script has run. These tests hold that script back, so the page is
 * seen exactly as it is in that first moment, and then let it run: what was typed, focused and
 * submitted on the drawn form must carry over to the app's own.
 */

const APP_SCRIPT = /\/assets\/index-[^/]+\.js$/;
const DRAWN = '#kesher-prerendered';

/** Holds the app's script back until `release()`; the page meanwhile has only what index.html drew. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_SCRIPT, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

async function appTookOver(page: Page): Promise<void> {
  await page.locator(DRAWN).waitFor({ state: 'detached', ...SLOW });
}

describe('the sign-in screen drawn into the page', () => {
  let centre: TestApp;
  let app: AppFixture;

  beforeAll(async () => {
    mkdirSync(SCREEN_DIR, { recursive: true });
    centre = await createTestCentre();
    // A new window has no session: the centre's own sign-in (by the fixture) is this process's.
    centre.runtime.signOut();
    app = await openApp({
      browserMode: { runtime: centre.runtime },
      open: false,
      viewport: { width: 1366, height: 768 },
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is on screen, in Hebrew, before the app has run, and a sign-in typed and sent there goes through', async () => {
    const { page } = app;
    const release = await holdAppScript(page);
    await page.goto(app.launchUrl, { waitUntil: 'commit' });
    const drawnPassword = page.locator(DRAWN).getByLabel(label(HE.password));
    await drawnPassword.waitFor(SLOW);
    await expect(htmlAttributes(page)).resolves.toEqual({ lang: 'he', dir: 'rtl' });
    // Nothing of the app yet: its root is empty while its script is held back.
    expect(await page.locator('#root').evaluate((root) => root.childElementCount)).toBe(0);
    const drawnUsername = page.locator(DRAWN).getByLabel(label(HE.username));
    await expect.poll(() => drawnUsername.evaluate((input) => input === document.activeElement)).toBe(true);
    await screenshot(page, 'sign-in-drawn-he');
    // The launch token is already out of the address bar and kept for the app: a person (or a
    // link) changing the address before the app has run loses nothing.
    expect(page.url()).not.toContain('token');
    await page.evaluate(() => {
      location.hash = '#/participants';
    });

    await page.keyboard.type(ADMIN.username);
    await drawnPassword.fill(ADMIN.password);
    await drawnPassword.press('Enter');
    // The drawn form cannot submit itself: it notes the wish for the app.
    await page.locator(`${DRAWN} form[data-submitted="true"]`).waitFor(SLOW);
    expect(await page.getByTestId('header-user').count()).toBe(0);

    release();
    await page.getByTestId('header-user').waitFor(SLOW);
    await appTookOver(page);
    expect(new URL(page.url()).hash).toBe('#/participants');
    await expectCleanSession(app);
  });

  it('is not drawn again when the same tab reloads: the app decides what a known window sees', async () => {
    const { page } = app;
    const release = await holdAppScript(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    // The page is parsed and its first script has run: the place stays empty.
    expect(await page.locator(DRAWN).evaluate((host) => host.childElementCount)).toBe(0);
    release();
    await page.getByTestId('header-user').waitFor(SLOW);
    await appTookOver(page);
  });

  it('follows the tab’s language and hands what was typed, and where, to the app’s form', async () => {
    const context = await app.context.browser()!.newContext({ viewport: { width: 1366, height: 768 } });
    try {
      await context.addInitScript(() => sessionStorage.setItem('kesher.language', 'en'));
      const page = await context.newPage();
      const release = await holdAppScript(page);
      await page.goto(app.launchUrl, { waitUntil: 'commit' });
      await page.locator(DRAWN).getByLabel(label(EN.password)).waitFor(SLOW);
      await expect(htmlAttributes(page)).resolves.toEqual({ lang: 'en', dir: 'ltr' });
      await screenshot(page, 'sign-in-drawn-en');
      await page.locator(DRAWN).getByLabel(label(EN.username)).fill(ADMIN.username);
      await page.locator(DRAWN).getByLabel(label(EN.password)).fill('half-typed');

      release();
      await appTookOver(page);
      await page.getByRole('heading', { level: 1, name: EN.signIn }).waitFor(SLOW);
      const password = page.getByLabel(label(EN.password));
      expect(await page.getByLabel(label(EN.username)).inputValue()).toBe(ADMIN.username);
      expect(await password.inputValue()).toBe('half-typed');
      expect(await password.evaluate((input) => input === document.activeElement)).toBe(true);
      // Typing goes on where it was, and nothing was sent on the way.
      await page.keyboard.type('!');
      expect(await password.inputValue()).toBe('half-typed!');
      expect(await page.getByTestId('sign-in-error').count()).toBe(0);
      await screenshot(page, 'sign-in-taken-over-en');
    } finally {
      await context.close();
    }
  });

  it('is not drawn for a store still to be set up: the page waits for the app to ask', async () => {
    const response = await fetch(app.baseUrl);
    expect(await response.text()).toContain('<meta name="kesher-start" content="sign-in" />');
    const fresh = openTestApp(mkdtempSync(path.join(tmpdir(), 'kesher-drawn-')));
    expect(fresh.runtime.state()).toBe('needs_setup');
    const empty = await openApp({ browserMode: { runtime: fresh.runtime }, open: false });
    try {
      const html = await (await fetch(empty.baseUrl)).text();
      expect(html).toContain('<meta name="kesher-start" content="undecided" />');
      await empty.page.goto(empty.launchUrl, { waitUntil: 'load' });
      await empty.page.getByRole('heading', { level: 1, name: 'הקמת קשר במרכז' }).waitFor(SLOW);
      expect(await empty.page.locator(DRAWN).count()).toBe(0);
    } finally {
      await empty.close();
      fresh.runtime.close();
    }
  });
});
