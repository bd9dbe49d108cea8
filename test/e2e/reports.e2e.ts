import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';
import { zipFolders } from '../fixtures/crf1/zip-folder';
import { WallClock } from './caseload-seed';
import { openApp, type AppFixture } from './harness';
import { screenshot as shot, SLOW } from './page-steps';

/*
 * Issue 11's acceptance in one sitting, in Hebrew: the coordinator imports the old system's
 * bundle with the wizard (a row error first, then the corrected bundle), opens the dashboard,
 * follows the placement rate to the people behind it, opens one of them, and exports the month.
 * Staff time is counted as actions (clicks, keys, a file picked); every wait is on a state.
 */
const FIXTURES = path.join(__dirname, '../fixtures/crf1/import');
const KEY = '0f1e2d3c4b5a6978'.repeat(4);
const KEY_ID = createHash('sha256').update(Buffer.from(KEY, 'hex')).digest('hex').slice(0, 8);

let t: TestApp;
let app: AppFixture;
let badZip: string;
let cleanZip: string;

beforeAll(async () => {
  t = await createTestCentre(new WallClock());
  await withStaff(t, { avi: 'coach' } as const);
  badZip = await zipFolders('migration-bad.zip', path.join(FIXTURES, 'clean'), path.join(FIXTURES, 'id-check-digit'));
  cleanZip = await zipFolders('migration.zip', path.join(FIXTURES, 'clean'));
  app = await openApp({
    browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR },
    viewport: { width: 1366, height: 768 },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** Counts what the coordinator does: each click, each field filled, each file picked. */
function counter(page: Page) {
  let actions = 0;
  return {
    get actions() {
      return actions;
    },
    async click(locator: ReturnType<Page['locator']>) {
      actions += 1;
      await locator.click();
    },
    async fill(label: string, text: string) {
      actions += 1;
      await page.getByLabel(label).fill(text);
    },
    async pick(file: string) {
      actions += 1;
      await page.locator('input[type="file"]').setInputFiles(file);
    },
    nav: (name: string) => page.locator('#app-navbar').getByRole('link', { name, exact: true }),
  };
}

describe('the coordinator, in Hebrew: import, dashboard, drill-down, export', () => {
  it('imports the old bundle, follows the placement rate to its people, and exports the month', async () => {
    const { page } = app;
    const me = counter(page);

    // The wizard: the bundle with a wrong check digit is refused with its row, nothing imported.
    await me.click(me.nav('ייבוא רשומות'));
    await page.getByRole('heading', { level: 1, name: 'ייבוא רשומות ממערכת קודמת' }).waitFor(SLOW);
    await me.pick(badZip);
    await me.click(page.getByTestId('import-check'));
    await page.getByTestId('import-refused').waitFor(SLOW);
    expect(await page.getByTestId('import-errors').locator('tbody tr td').allTextContents()).toEqual([
      'participants.csv',
      '3',
      'nationalId',
      'מספר זהות לא תקין: ספרת הביקורת שגויה.',
    ]);
    await me.click(page.getByTestId('import-restart'));
    await me.pick(cleanZip);
    await me.click(page.getByTestId('import-check'));
    await page.getByTestId('import-counts').waitFor(SLOW);
    await me.click(page.getByTestId('import-run'));
    await page.getByTestId('import-done').waitFor(SLOW);
    const imported = (t.runtime.sqlite().prepare('SELECT count(*) FROM participants').pluck().get() as number) ?? 0;
    expect(imported).toBe(4);
    const afterImport = me.actions;

    // The dashboard for last month's end; the placement rate is a link to the people placed.
    await me.click(me.nav('דוחות'));
    await page.getByRole('heading', { level: 1, name: 'לוח מחוונים של המרכז' }).waitFor(SLOW);
    const card = page.getByTestId('placement-rate');
    const placed = Number(await card.getByTestId('count-placement.placed').textContent());
    const rate = card.getByTestId('rate-placement');
    expect(placed).toBeGreaterThan(0);
    expect(await rate.textContent()).toMatch(/^\d+\.\d%$/);
    await shot(page, 'reports-dashboard-he', { fullPage: true });
    await me.click(rate);
    const list = page.getByTestId('members-table');
    await list.waitFor(SLOW);
    expect(await page.getByTestId('members-figure').textContent()).toContain('הושמו');
    const names = await list.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(names).toHaveLength(placed);
    expect(names.every((name) => name.trim().length > 0)).toBe(true);
    await shot(page, 'reports-members-he', { fullPage: true });
    // Behind each row is the person's record.
    await me.click(list.getByRole('link').first());
    await page.getByTestId('participant-name').waitFor(SLOW);
    expect(names).toContain(await page.getByTestId('participant-name').textContent());
    const afterDrill = me.actions;

    // The month's export: key pasted and confirmed with the central office, then written.
    await me.click(me.nav('דיווח למטה'));
    await page.getByTestId('key-id').waitFor(SLOW);
    await me.fill('מפתח חדש (64 תווים הקסדצימליים)', KEY);
    await me.click(page.getByRole('button', { name: 'שמירת מפתח' }));
    await page.getByTestId('key-id').getByText(KEY_ID).waitFor(SLOW);
    await me.fill('מזהה המפתח שאישר המטה', KEY_ID);
    await me.click(page.getByRole('button', { name: 'אישור', exact: true }));
    await page.getByTestId('key-state').getByText('אושר מול המטה').waitFor(SLOW);
    await me.click(page.getByRole('button', { name: 'ייצוא החודש' }));
    const history = page.getByTestId('export-history');
    await history.waitFor(SLOW);
    expect(await history.locator('tbody tr').count()).toBe(1);
    await shot(page, 'reports-export-he', { fullPage: true });

    // Import 7 (open, pick, check, again, pick, check, import); dashboard and drill 3; export 6.
    expect([afterImport, afterDrill - afterImport, me.actions - afterDrill]).toEqual([7, 3, 6]);
  }, 180_000);
});
