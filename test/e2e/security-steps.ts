import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { StoreRuntime } from '../../electron/services/store/runtime';
import { asPageClient, type AppFixture } from './harness';
import { screenshot, SLOW } from './page-steps';

export { SCREEN_DIR, SLOW } from './page-steps';

/**
 * Closes every notification, so a screenshot shows the screen rather than a stack of "Done".
 * Never while a dialog is open: a click outside a Mantine modal closes the modal.
 */
export async function dismissNotifications(page: Page): Promise<void> {
  if ((await page.getByRole('dialog').count()) > 0) return;
  const notices = page.locator('.mantine-Notification-root');
  const closeButtons = notices.getByRole('button', { name: /^(Close|סגירה)$/ });
  for (let tries = 0; tries < 10 && (await closeButtons.count()) > 0; tries += 1) {
    // A notice closing on its own timer can vanish under the click; the loop looks again.
    await closeButtons
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  }
  await notices.first().waitFor({ state: 'detached', timeout: 10_000 });
}

/** Waits until an element has faded in completely: Mantine starts its transitions a frame late. */
export async function waitOpaque(locator: Locator): Promise<void> {
  await locator.waitFor();
  await expect.poll(() => locator.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
}

/** A screenshot with the notifications closed for good (later steps click where they were). */
export async function shot(
  page: Page,
  name: string,
  options: { fullPage?: boolean; keepNotifications?: boolean } = {},
): Promise<void> {
  if (!options.keepNotifications) await dismissNotifications(page);
  await screenshot(page, name, { fullPage: options.fullPage, keepNotifications: true });
}

export interface Labels {
  username: string;
  password: string;
  signIn: string;
}

export const HE: Labels = { username: 'שם משתמש', password: 'סיסמה', signIn: 'כניסה' };
export const EN: Labels = { username: 'Username', password: 'Password', signIn: 'Sign in' };

/** Fills the sign-in form and submits it with Enter, the way people do. */
export async function submitSignIn(page: Page, labels: Labels, username: string, password: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: labels.signIn }).waitFor(SLOW);
  await page.getByLabel(label(labels.username)).fill(username);
  await page.getByLabel(label(labels.password)).fill(password);
  await page.getByLabel(label(labels.password)).press('Enter');
}

/**
 * Starts a test from a known state whatever the previous test left behind (a dialog, a lock
 * screen, another user): the page's own client is signed out and in again as `username` on
 * the server, and the page is opened afresh at `hash`. Each test then depends on the store's
 * contents only, never on an earlier test's page or session.
 */
export async function signedInPage(
  app: AppFixture,
  runtime: StoreRuntime,
  account: { username: string; password: string },
  hash = '/',
): Promise<void> {
  await asPageClient(app.page, async () => {
    runtime.signOut();
    await runtime.signIn(account.username, account.password);
  });
  await openHash(app, hash);
  // A change of hash alone is no new load: reload, so the page asks the server who it is.
  await app.page.reload({ waitUntil: 'load' });
  await app.page.getByTestId('header-user').waitFor(SLOW);
}

/** Resolves with the next answer to an API method, so a step waits for that call, not a time. */
export function nextApiResponse(page: Page, method: string) {
  return page.waitForResponse((response) => new URL(response.url()).pathname === `/api/${method}`, SLOW);
}

export async function openHash(app: AppFixture, hash: string, search = ''): Promise<void> {
  await app.page.goto(`${app.baseUrl}/${search}#${hash}`, { waitUntil: 'load' });
}

/**
 * Waits for `target` as a person watching the screen would: moving the mouse now and then, so a
 * short idle lock (`?idleSeconds=N`) does not fire while a loaded machine is still drawing the
 * page. Each move is real input the idle lock counts; the wait ends on the state, not on a time.
 */
export async function waitWhileActive(page: Page, target: Locator, { timeout } = SLOW): Promise<void> {
  const deadline = Date.now() + timeout;
  for (let step = 0; ; step += 1) {
    await page.mouse.move(20 + (step % 2) * 4, 20);
    try {
      await target.waitFor({ state: 'visible', timeout: 500 });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
  }
}

export const htmlAttributes = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** The checks every browser session must pass at its end. */
export async function expectCleanSession(app: AppFixture): Promise<void> {
  expect(app.requests.length).toBeGreaterThan(0);
  expect(app.requests.filter((url) => new URL(url).origin !== app.baseUrl)).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
  expect(app.cspViolations).toEqual([]);
  expect(await app.page.evaluate(() => localStorage.length)).toBe(0);
}

/** A field's label exactly, with or without the " *" Mantine adds to required fields. */
export function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}

interface TestDiagnostics {
  cachedQueries(): number;
  cachedMutations(): number;
}

/** react-query's cache sizes, from the test aid the app exposes with `?idleSeconds=N` in browser mode. */
export const cacheSizes = (page: Page) =>
  page.evaluate(() => {
    const aid = (window as unknown as { __kesherTest?: TestDiagnostics }).__kesherTest;
    return aid ? { queries: aid.cachedQueries(), mutations: aid.cachedMutations() } : null;
  });
