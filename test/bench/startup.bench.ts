/**
 * Start-up as a user meets it: headless Chromium (Debian's, through playwright-core) against the
 * built renderer served by the real loopback server of browser mode, on a demo store of 2,000
 * people. Each sample is a fresh browser context, so nothing comes from the HTTP cache.
 *
 * Rows:
 * - sign-in form visible: from navigation to the password field on screen (the form drawn into
 *   index.html at build time, scripts/prerender.mjs, which the app then takes over);
 * - caseload after sign-in: the coordinator, signed in on the home page, opens the participant
 *   list (its page code not loaded yet in this context) until the first row is on screen;
 * - sign-in to caseload: from pressing Enter on the sign-in form (the password check included)
 *   with the address already at the list, until its first row is on screen.
 * Each is also given as a ratio to an empty page served by the same server in the same run,
 * so a busy machine's slowness is visible as such. The first rows read the page's own clock
 * (startup-clock.ts: from navigation start, or from the change of address, to the element on
 * screen); the rows marked "driver" are the same moments on the bench's wall clock, which adds
 * what Playwright itself spends per sample. Targets (issue 12): sign-in form p50 ≤ 350 ms,
 * caseload after sign-in ≤ 300 ms. Needs `npm run build` first.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createAppState } from '../../electron/services/store/app-state';
import { startBrowserMode } from '../../electron/server/browser-mode';
import { createDemoCentre } from '../../electron/services/demo/create-demo-centre';
import { DEMO_PASSWORD } from '../../electron/services/demo/demo-data';
import { percentile, type BenchFigures, type BenchRow, type BenchSection } from './harness';
import { visibleAfterHash, visibleAt, watchVisibility } from './startup-clock';

const PARTICIPANTS = Number(process.env.KESHER_BENCH_PARTICIPANTS ?? 2_000);
const SAMPLES = Number(process.env.KESHER_BENCH_SAMPLES ?? 15);
const WARMUP = 2;
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
const CHROMIUM = process.env.KESHER_CHROMIUM ?? '/usr/bin/chromium';
const WAIT = { timeout: 30_000 };
/** The password field: on screen only once the sign-in form is drawn (its label differs by language). */
const PASSWORD = 'input[type="password"]';
const FIRST_ROW = '[data-testid="caseload-table"] tr[data-row]';
const EMPTY_PAGE = '<!doctype html><html><head><title>empty</title></head><body><p id="empty">empty</p></body></html>';

function figures(name: string, samples: number[]): BenchFigures {
  return { name, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/**
 * The built JavaScript: the page's first script (which shows the sign-in screen drawn into
 * index.html), the app's script it starts, and everything, raw and gzipped.
 */
function bundleNotes(dir: string): string[] {
  const assets = path.join(dir, 'assets');
  const js = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const first = /<script src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  const app = /href="\/assets\/([^"]+\.js)" data-kesher-entry/.exec(html)?.[1];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const size = (name: string) => statSync(path.join(assets, name)).size;
  const gz = (name: string) => gzipSync(readFileSync(path.join(assets, name))).length;
  const total = js.reduce((sum, name) => sum + size(name), 0);
  const describe = (what: string, name: string | undefined) =>
    name ? `${what} ${name}: ${kb(size(name))} (${kb(gz(name))} gzipped)` : `${what}: not found`;
  return [
    `index.html: ${kb(Buffer.byteLength(html))} (the sign-in screen drawn in Hebrew and English)`,
    describe('first script', first),
    describe('app script, started after the first paint', app),
    `all JavaScript: ${js.length} files, ${kb(total)}`,
  ];
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function signIn(page: Page, hash: string): Promise<number> {
  await page.locator(PASSWORD).waitFor({ state: 'visible', ...WAIT });
  await page.evaluate((target) => {
    location.hash = target;
  }, hash);
  await page.locator('input[autocomplete="username"]').fill('demo-coordinator');
  await page.locator(PASSWORD).fill(DEMO_PASSWORD);
  return timed(async () => {
    await page.locator(PASSWORD).press('Enter');
    // The signed-in header, then the page: the sign-in screen has a `main h1` of its own.
    await page.getByTestId('header-user').waitFor({ state: 'visible', ...WAIT });
    await page
      .locator(hash === '#/participants' ? FIRST_ROW : 'main h1')
      .first()
      .waitFor({ state: 'visible', ...WAIT });
  });
}

export async function run(): Promise<BenchSection> {
  // KESHER_BENCH_RENDERER points at another build, e.g. one made before a change, for a before/after.
  const built = process.env.KESHER_BENCH_RENDERER ?? path.join(process.cwd(), 'dist', 'renderer');
  if (!existsSync(path.join(built, 'index.html'))) throw new Error('the renderer is not built: run "npm run build"');
  const root = mkdtempSync(path.join(os.tmpdir(), 'kesher-bench-startup-'));
  let browser: Browser | undefined;
  let close: (() => Promise<void>) | undefined;
  try {
    // A copy of the build with one empty page beside it: the baseline comes from the same server.
    const staticDir = path.join(root, 'renderer');
    cpSync(built, staticDir, { recursive: true });
    writeFileSync(path.join(staticDir, 'empty.html'), EMPTY_PAGE);
    const demo = await createDemoCentre({
      dir: path.join(root, 'store'),
      participants: PARTICIPANTS,
      seed: 2026,
      kdf: KDF,
    });
    const server = await startBrowserMode({
      app: createAppState({ version: 'bench', runtime: demo.runtime }),
      staticDir,
    });
    close = async () => {
      await server.close();
      demo.runtime.close();
    };
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });

    const empty: number[] = [];
    const signInForm: number[] = [];
    const caseload: number[] = [];
    const driver = { empty: [] as number[], signInForm: [] as number[], caseload: [] as number[] };
    const signInToCaseload: number[] = [];
    let count = '';
    for (let i = 0; i < WARMUP + SAMPLES; i += 1) {
      const keep = i >= WARMUP;
      // Interleaved, one fresh context each, so load on the machine falls on every row alike.
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      await watchVisibility(context);
      const page = await context.newPage();
      const emptyWall = await timed(async () => {
        await page.goto(`${server.origin}/empty.html`, { waitUntil: 'commit' });
        await page.locator('#empty').waitFor({ state: 'visible', ...WAIT });
      });
      const emptyMs = await visibleAt(page, 'empty');
      const formWall = await timed(async () => {
        await page.goto(server.url, { waitUntil: 'commit' });
        await page.locator(PASSWORD).waitFor({ state: 'visible', ...WAIT });
      });
      const formMs = await visibleAt(page, 'password');
      await signIn(page, '#/');
      const caseloadStart = performance.now();
      const caseloadMs = await visibleAfterHash(page, 'firstRow', '#/participants');
      const caseloadWall = performance.now() - caseloadStart;
      count = (await page.getByTestId('caseload-count').textContent()) ?? '';
      await context.close();

      const second = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const other = await second.newPage();
      await other.goto(server.url, { waitUntil: 'commit' });
      const throughMs = await signIn(other, '#/participants');
      await second.close();
      if (keep) {
        empty.push(emptyMs);
        signInForm.push(formMs);
        caseload.push(caseloadMs);
        driver.empty.push(emptyWall);
        driver.signInForm.push(formWall);
        driver.caseload.push(caseloadWall);
        signInToCaseload.push(throughMs);
      }
    }

    const baseline = figures('empty page', empty);
    const driverBaseline = figures('empty page (driver)', driver.empty);
    const rows: BenchRow[] = [
      { unit: 'ms', ...figures('sign-in form visible', signInForm), baseline },
      { unit: 'ms', ...figures('caseload after sign-in (2,000 people)', caseload), baseline },
      { unit: 'ms', ...baseline },
      { unit: 'ms', ...figures('sign-in form visible (driver)', driver.signInForm), baseline: driverBaseline },
      { unit: 'ms', ...figures('caseload after sign-in (driver)', driver.caseload), baseline: driverBaseline },
      {
        unit: 'ms',
        ...figures('sign-in to caseload, password check included (driver)', signInToCaseload),
        baseline: driverBaseline,
      },
      { unit: 'ms', ...driverBaseline },
    ];
    return {
      title: `Start-up in headless Chromium · ${PARTICIPANTS} people · ${SAMPLES} samples, fresh context each`,
      rows,
      notes: [
        `targets: sign-in form p50 ≤ 350 ms, caseload after sign-in ≤ 300 ms; list header: "${count.trim()}"`,
        ...bundleNotes(built),
        `load average at the end: ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} on ${os.cpus().length} cores`,
      ],
    };
  } finally {
    await browser?.close();
    await close?.();
    rmSync(root, { recursive: true, force: true });
  }
}
