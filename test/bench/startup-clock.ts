import type { BrowserContext, Page } from 'playwright-core';

/**
 * The page's own clock for "visible": each animation frame, a watched selector whose element has
 * a size on screen is stamped with `performance.now()` (milliseconds since that document's
 * navigation started). Playwright's own waiting (a fresh context, its injected script, polling)
 * costs a few hundred milliseconds per sample on this machine; timing by the page leaves that
 * out and measures what a person at the window waits for, as a window that is already open
 * (Electron's) would show it.
 */
export const WATCHED = {
  empty: '#empty',
  password: 'input[type="password"]',
  firstRow: '[data-testid="caseload-table"] tr[data-row]',
} as const;
export type Watched = keyof typeof WATCHED;

type Stamps = Partial<Record<Watched, number>> & { from?: number };
declare global {
  interface Window {
    __kesherStamps?: Stamps;
  }
}

function watchInPage(watched: Record<string, string>): void {
  const stamps: Stamps = {};
  window.__kesherStamps = stamps;
  const frame = () => {
    for (const [name, selector] of Object.entries(watched)) {
      if (stamps[name as Watched] !== undefined) continue;
      const box = document.querySelector(selector)?.getBoundingClientRect();
      if (box && box.width > 0 && box.height > 0) stamps[name as Watched] = performance.now();
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Installs the watch in every document the context opens, before the page's own scripts. */
export async function watchVisibility(context: BrowserContext): Promise<void> {
  await context.addInitScript(watchInPage, { ...WATCHED });
}

/** Milliseconds from navigation start until `name` was first on screen, by the page's clock. */
export async function visibleAt(page: Page, name: Watched): Promise<number> {
  await page.locator(WATCHED[name]).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction((n) => window.__kesherStamps?.[n as Watched] !== undefined, name);
  return page.evaluate((n) => window.__kesherStamps?.[n as Watched] as number, name);
}

/**
 * Moves the page to `hash`, having forgotten `name`'s stamp, and gives the milliseconds from the
 * change of address until `name` is on screen, by the page's clock.
 */
export async function visibleAfterHash(page: Page, name: Watched, hash: string): Promise<number> {
  await page.evaluate(
    ([n, target]) => {
      const stamps = window.__kesherStamps as Stamps;
      delete stamps[n as Watched];
      stamps.from = performance.now();
      location.hash = target;
    },
    [name, hash] as const,
  );
  const at = await visibleAt(page, name);
  return at - (await page.evaluate(() => window.__kesherStamps?.from as number));
}
