import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appVersion } from '../../electron/platform/paths';
import { createTestCentre } from '../fixtures/centre';
import { openApp, settle, type AppFixture } from './harness';
import { SCREEN_DIR, screenshot } from './page-steps';

/** The shell is seen by a signed-in coordinator: everything before sign-in is security.e2e.ts's. */
async function openSignedIn(options: Parameters<typeof openApp>[0] = {}): Promise<AppFixture> {
  const centre = await createTestCentre();
  return openApp({ ...options, browserMode: { runtime: centre.runtime } });
}

/** The About dialog, from the account menu in the header (it used to be a card on the home page). */
async function openAbout(app: AppFixture): Promise<void> {
  await app.page.getByTestId('header-user').click();
  await app.page.getByTestId('menu-about').click();
  await app.page.getByTestId('about-version').waitFor();
}

async function closeAbout(app: AppFixture): Promise<void> {
  await app.page.keyboard.press('Escape');
  await app.page.getByTestId('about-version').waitFor({ state: 'detached' });
}

const htmlAttributes = (app: AppFixture) =>
  app.page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('the app shell in Chromium', () => {
  let app: AppFixture;

  beforeAll(async () => {
    mkdirSync(SCREEN_DIR, { recursive: true });
    app = await openSignedIn();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens in Hebrew, right to left, with the About dialog filled from system.info', async () => {
    const { page } = app;
    await expect(htmlAttributes(app)).resolves.toEqual({ lang: 'he', dir: 'rtl' });
    await page.getByRole('heading', { level: 1, name: 'ברוכים הבאים לקשר' }).waitFor();
    expect(await page.title()).toBe('דף הבית · קשר');
    // The home page is for the day's work; what the installation is lives in a dialog.
    expect(await page.getByTestId('about-version').count()).toBe(0);
    await openAbout(app);
    await page.getByRole('dialog', { name: 'אודות קשר' }).waitFor();
    expect(await page.getByTestId('about-version').textContent()).toBe(appVersion());
    expect(await page.getByTestId('about-transport').textContent()).toBe('מצב דפדפן (רק במחשב זה)');
    expect(await page.getByTestId('about-store').textContent()).toBe('מאגר העבודה');
    expect(await page.getByTestId('about-centre').textContent()).toBe('מרכז תל אביב');
    expect(await page.getByTestId('header-centre').textContent()).toBe('מרכז תל אביב');
    await screenshot(page, 'shell-he', { keepNotifications: true });
  });

  it('takes the token out of the address bar once it has read it', async () => {
    expect(app.page.url()).not.toContain('token');
    expect(app.page.url()).not.toContain(app.server.token);
  });

  it('answers a connection check with a notification', async () => {
    await app.page.getByRole('button', { name: 'בדיקת חיבור' }).click();
    await app.page.getByText('החיבור למערכת תקין.').waitFor();
    await settle(app.page);
    await app.page.screenshot({ path: path.join(SCREEN_DIR, 'shell-he-notification.png') });
    await closeAbout(app);
  });

  it('switches to English, left to right, and keeps the choice across a reload', async () => {
    const { page } = app;
    await page.getByRole('radiogroup', { name: 'שפת הממשק' }).getByText('English').click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kesher' }).waitFor();
    await expect(htmlAttributes(app)).resolves.toEqual({ lang: 'en', dir: 'ltr' });
    expect(await page.title()).toBe('Home · Kesher');
    await openAbout(app);
    expect(await page.getByTestId('about-transport').textContent()).toBe('Browser mode (this computer only)');
    await screenshot(page, 'shell-en', { keepNotifications: true });
    await closeAbout(app);

    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kesher' }).waitFor();
    await expect(htmlAttributes(app)).resolves.toEqual({ lang: 'en', dir: 'ltr' });
    // The token survived the reload too: the API still answers.
    await page.getByTestId('today-panel').waitFor();

    await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('עברית').click();
    await page.getByRole('heading', { level: 1, name: 'ברוכים הבאים לקשר' }).waitFor();
    await expect(htmlAttributes(app)).resolves.toEqual({ lang: 'he', dir: 'rtl' });
  });

  it('keeps nothing in localStorage', async () => {
    expect(await app.page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('draws Hebrew and Latin text with the bundled Noto Sans Hebrew subsets', async () => {
    const family = await app.page.evaluate(async () => {
      await document.fonts.ready;
      return getComputedStyle(document.body).fontFamily;
    });
    expect(family.startsWith("'Noto Sans Hebrew'") || family.startsWith('"Noto Sans Hebrew"')).toBe(true);
    // Chromium fetches a subset only when the page shows a character from its range.
    expect(app.requests.some((url) => /noto-sans-hebrew-hebrew-400-normal-.*\.woff2$/.test(url))).toBe(true);
    expect(app.requests.some((url) => /noto-sans-hebrew-latin-400-normal-.*\.woff2$/.test(url))).toBe(true);
  });

  it('puts the skip link first in the tab order and moves focus to the main content', async () => {
    const { page } = app;
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('today-panel').waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('דילוג לתוכן הראשי');
    await settle(page);
    await page.screenshot({ path: path.join(SCREEN_DIR, 'shell-he-skip-link.png') });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('shows a not-found page for an unknown address and links back home', async () => {
    const { page } = app;
    await page.evaluate(() => {
      location.hash = '#/no-such-page';
    });
    await page.getByRole('heading', { level: 1, name: 'הדף לא נמצא' }).waitFor();
    await page.getByRole('link', { name: 'חזרה לדף הבית' }).click();
    await page.getByRole('heading', { level: 1, name: 'ברוכים הבאים לקשר' }).waitFor();
  });

  it("gives Mantine's runtime <style> tags the page's CSP nonce", async () => {
    const styles = await app.page.evaluate(() =>
      [...document.querySelectorAll('style')].map((el) => ({
        mantine: el.hasAttribute('data-mantine-styles'),
        nonce: el.nonce,
      })),
    );
    expect(styles.some((style) => style.mantine)).toBe(true);
    expect(styles.filter((style) => style.nonce === '')).toEqual([]);
  });

  it('sends no request outside the app and logs no console error or CSP violation', async () => {
    expect(app.requests.length).toBeGreaterThan(0);
    const foreign = app.requests.filter((url) => new URL(url).origin !== app.baseUrl);
    expect(foreign).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });
});

describe('the app shell on a narrow window', () => {
  let app: AppFixture;

  beforeAll(async () => {
    app = await openSignedIn({ viewport: { width: 420, height: 800 } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('hides the navbar behind a labelled menu button that opens it', async () => {
    const { page } = app;
    const navbar = page.locator('#app-navbar');
    const navLinkOnScreen = async () => {
      const box = await navbar.getByRole('link', { name: 'דף הבית' }).boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 420;
    };
    await page.getByTestId('today-panel').waitFor();
    await screenshot(page, 'shell-he-narrow', { keepNotifications: true });
    expect(await navLinkOnScreen()).toBe(false);
    // Off-screen links must not be reachable by Tab or announced by screen readers.
    expect(await navbar.getAttribute('inert')).not.toBeNull();

    await page.getByRole('button', { name: 'פתיחה או סגירה של תפריט הניווט' }).click();
    await expect.poll(navLinkOnScreen).toBe(true);
    expect(await navbar.getAttribute('inert')).toBeNull();
    await settle(page);
    await page.screenshot({ path: path.join(SCREEN_DIR, 'shell-he-narrow-nav.png') });
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });
});

describe('a browser tab without the launch token', () => {
  let app: AppFixture;

  beforeAll(async () => {
    app = await openApp({ open: false });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('explains how to connect instead of showing system details', async () => {
    const { page } = app;
    await page.goto(app.baseUrl, { waitUntil: 'load' });
    await page.getByText('לשונית זו אינה מחוברת לקשר', { exact: false }).waitFor();
    expect(await page.getByTestId('about-version').count()).toBe(0);
    await settle(page);
    await page.screenshot({ path: path.join(SCREEN_DIR, 'shell-he-no-token.png') });
    expect(app.cspViolations).toEqual([]);
  });
});

describe('the CSP violation recorder', () => {
  let app: AppFixture;

  beforeAll(async () => {
    app = await openSignedIn();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('catches a <style> without the nonce, so the zero-violation checks above can fail', async () => {
    await app.page.getByTestId('today-panel').waitFor();
    await app.page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    await expect.poll(() => app.cspViolations.map((v) => v.violatedDirective)).toContain('style-src-elem');
  });
});
