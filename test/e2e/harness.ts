import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { startBrowserMode, type BrowserModeOptions } from '../../electron/server/browser-mode';
import { clientIdOf, type HttpTransport } from '../../electron/api/transports/http';
import { withClient } from '../../electron/services/store/client-sessions';
import type { StoreRuntime } from '../../electron/services/store/runtime';
import { ADMIN, STAFF_PASSWORD } from '../fixtures/centre';
import { watchContext } from './failure-evidence';

export const CHROMIUM_PATH = process.env.KESHER_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Debian's Chromium from phoning home, so every recorded request is the app's own. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface CspViolation {
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
}

export interface AppFixtureOptions {
  /** Passed to startBrowserMode: a prepared AppState, a port, another renderer folder. */
  browserMode?: BrowserModeOptions;
  viewport?: { width: number; height: number };
  /** Browser locale; the app must not depend on it, so tests can vary it. */
  locale?: string;
  /** Open the app's URL (with its token) right away; set false to navigate yourself. */
  open?: boolean;
}

export interface AppFixture {
  page: Page;
  context: BrowserContext;
  server: HttpTransport;
  /** The app's origin, e.g. http://127.0.0.1:41234. */
  baseUrl: string;
  /** The URL with the per-launch token, as the CLI would print it. */
  launchUrl: string;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** console.error messages and uncaught page errors. */
  consoleErrors: string[];
  /** `securitypolicyviolation` events reported by the page itself, across reloads. */
  cspViolations: CspViolation[];
  close(): Promise<void>;
}

/** Waits for running CSS transitions and animations, so a screenshot shows the settled layout. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        // A spinner never finishes; only animations with an end are waited for.
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        // A transition replaced by another one rejects `finished`; it has still stopped running.
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Installed before any page script runs, so violations during the first render are caught
 * too. DevTools also prints them as console errors; listening in the page as well means a
 * violation is seen even if Chromium changes how it logs them.
 */
function recordCspViolations(): void {
  const report = (window as unknown as { __kesherReportCsp: (v: CspViolation) => void }).__kesherReportCsp;
  document.addEventListener('securitypolicyviolation', (event) => {
    void report({
      violatedDirective: event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
    });
  });
}

/**
 * Starts browser mode in this process, launches Debian's Chromium headless with a fresh
 * context and opens the app. Each call is independent; call `close()` in afterAll.
 */
export async function openApp(options: AppFixtureOptions = {}): Promise<AppFixture> {
  const server = await startBrowserMode(options.browserMode);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: options.locale ?? 'en-US',
      serviceWorkers: 'block',
    });
    watchContext(context);
    const cspViolations: CspViolation[] = [];
    await context.exposeBinding('__kesherReportCsp', (_source, violation: CspViolation) => {
      cspViolations.push(violation);
    });
    await context.addInitScript(recordCspViolations);
    const page = await context.newPage();

    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));

    const runtime = options.browserMode?.runtime ?? options.browserMode?.app?.runtime ?? null;
    if (options.open ?? true) {
      await page.goto(server.url, { waitUntil: 'load' });
      if (runtime?.activeSession()) await followLocalSession(page, runtime);
    }

    const openedBrowser = browser;
    return {
      page,
      context,
      server,
      baseUrl: server.origin,
      launchUrl: server.url,
      requests,
      consoleErrors,
      cspViolations,
      close: async () => {
        await openedBrowser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

/**
 * Sessions are per client, so a page does not see whom the test signed in through its own
 * local calls (`t.must`, `staff.actAs`). This signs the page's client in as that same person
 * (test accounts have known passwords), or out when nobody is, and reloads the page.
 */
export async function followLocalSession(page: Page, runtime: StoreRuntime): Promise<void> {
  const local = runtime.activeSession();
  await page.waitForFunction(() => sessionStorage.getItem('kesher.client') !== null);
  await asPageClient(page, async () => {
    runtime.signOut();
    if (local)
      await runtime.signIn(local.username, local.username === ADMIN.username ? ADMIN.password : STAFF_PASSWORD);
  });
  await page.reload({ waitUntil: 'load' });
}

/**
 * Runs `fn` as the page's own client (sessions are per client): for a test that looks at or
 * changes the server's view of this page's session, e.g. whether it is locked.
 */
export async function asPageClient<T>(page: Page, fn: () => T): Promise<T> {
  const secret = await page.evaluate(() => sessionStorage.getItem('kesher.client'));
  const client = clientIdOf(secret ?? undefined);
  if (!client) throw new Error('the page has no client secret yet');
  return withClient(client, fn);
}
