import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';
import { zipFolders } from '../fixtures/crf1/zip-folder';
import { WallClock } from './caseload-seed';
import { openApp, type AppFixture } from './harness';
import { go, screenshot as shot, SLOW } from './page-steps';

/*
 * The coordinator's migration import in Hebrew: a bundle with a wrong ID check digit is
 * refused with its row and column on screen and nothing imported; the corrected bundle shows
 * the dry run's counts, then imports. Screenshots of each step, Hebrew and English.
 */
const FIXTURES = path.join(__dirname, '../fixtures/crf1/import');
let t: TestApp;
let app: AppFixture;
let badZip: string;
let cleanZip: string;

const participants = () =>
  (t.runtime.sqlite().prepare('SELECT count(*) FROM participants').pluck().get() as number) ?? 0;

beforeAll(async () => {
  t = await createTestCentre(new WallClock());
  await withStaff(t, { avi: 'coach' } as const);
  badZip = await zipFolders('migration-bad.zip', path.join(FIXTURES, 'clean'), path.join(FIXTURES, 'id-check-digit'));
  cleanZip = await zipFolders('migration.zip', path.join(FIXTURES, 'clean'));
  app = await openApp({ browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('the migration import wizard in Chromium', () => {
  it('shows a row error first, imports nothing, then imports the corrected bundle', async () => {
    const { page } = app;
    let actions = 0;
    const click = async (testId: string) => {
      actions += 1;
      await page.getByTestId(testId).click();
    };
    const choose = async (file: string) => {
      actions += 1; // the file dialog's pick
      await page.locator('input[type="file"]').setInputFiles(file);
    };
    await go(page, '/import');
    await page.getByRole('heading', { name: 'ייבוא רשומות ממערכת קודמת' }).waitFor(SLOW);
    await shot(page, 'import-choose-he');

    await choose(badZip);
    await click('import-check');
    await page.getByTestId('import-refused').waitFor(SLOW);
    const errorRow = page.getByTestId('import-errors').locator('tbody tr');
    expect(await errorRow.count()).toBe(1);
    const cells = await errorRow.locator('td').allTextContents();
    expect(cells).toEqual(['participants.csv', '3', 'nationalId', 'מספר זהות לא תקין: ספרת הביקורת שגויה.']);
    expect(await page.getByTestId('import-run').count()).toBe(0);
    expect(participants()).toBe(0);
    await shot(page, 'import-refused-he');

    await click('import-restart');
    await choose(cleanZip);
    await click('import-check');
    await page.getByTestId('import-counts').waitFor(SLOW);
    expect(await page.getByTestId('import-count-participants').textContent()).toBe('4');
    expect(participants()).toBe(0);
    await shot(page, 'import-dry-run-he');

    await click('import-run');
    await page.getByTestId('import-done').waitFor(SLOW);
    expect(await page.getByTestId('import-count-participants').textContent()).toBe('4');
    expect(participants()).toBe(4);
    await shot(page, 'import-done-he');
    // Choose, check, (refused) choose again, check, import: the whole import is 6 actions.
    expect(actions).toBe(6);

    const group = page.getByRole('radiogroup', { name: 'שפת הממשק' });
    await group.getByText('English').click();
    await page.locator('html[lang="en"]').waitFor();
    await page.getByText('The import is complete.').waitFor(SLOW);
    await shot(page, 'import-done-en');
  });

  // Regression: the wizard titled itself with an h2, so the page had no h1; the accessibility
  // check only passed while the last page's h1 lingered during the route change.
  it('draws its h1 each time it is opened, in either language', async () => {
    const { page } = app;
    const heading = (name: string) => page.locator('main').getByRole('heading', { level: 1, name });
    await go(page, '/import');
    await heading('Import records from an older system').waitFor(SLOW);
    await go(page, '/audit');
    await page.locator('main').getByRole('heading', { level: 1, name: 'Audit log' }).waitFor(SLOW);
    const group = page.getByRole('radiogroup', { name: 'Interface language' });
    await group.getByText('עברית').click();
    await page.locator('html[lang="he"]').waitFor(SLOW);
    await go(page, '/import');
    await heading('ייבוא רשומות ממערכת קודמת').waitFor(SLOW);
    expect(await page.locator('main h1').allTextContents()).toEqual(['ייבוא רשומות ממערכת קודמת']);
  });
});
