import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { settle } from './harness';

// Screenshots are for people to look at, not assertions; they stay out of the repository.
export const SCREEN_DIR = path.join(os.tmpdir(), 'kesher-screens');

/** Argon2id unlocks and the first render's fonts take a while: generous waits, never fixed sleeps. */
export const SLOW = { timeout: 20_000 };

/**
 * A screenshot of the page from its top: a scrolled page would draw the fixed header (and the
 * hidden skip link) mid-picture. The stack of "done" notifications is set aside for the
 * picture unless asked for, and comes back after it.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean; keepNotifications?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREEN_DIR, { recursive: true });
  const notifications = (display: string) =>
    page.evaluate((value) => {
      for (const el of document.querySelectorAll<HTMLElement>('.mantine-Notifications-root')) el.style.display = value;
    }, display);
  await page.evaluate(() => window.scrollTo(0, 0));
  if (!options.keepNotifications) await notifications('none');
  await settle(page);
  await page.screenshot({ path: path.join(SCREEN_DIR, `${name}.png`), fullPage: options.fullPage ?? true });
  if (!options.keepNotifications) await notifications('');
}

/** A field's label exactly, with or without the " *" Mantine adds to required fields. */
export const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}( \\*)?$`);

/** In-app navigation, as a link would do it: the page is not reloaded. */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    location.hash = target;
  }, hash);
}
