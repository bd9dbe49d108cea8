import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../electron/domain/dates';
import { insertParticipant } from '../../db/repositories/participants';
import { createTestCentre, type TestApp } from '../fixtures/centre';
import { WallClock } from './caseload-seed';
import { openApp, type AppFixture } from './harness';
import { go, screenshot as shot, SLOW } from './page-steps';

/*
 * The coordinator's CRF-1 export in Hebrew: the home page shows the month's bundle waiting, the
 * coordinator pastes the programme key, reads its key ID, confirms it, exports the month and
 * sees it in the history; the home card is then gone. Staff time is counted as actions.
 */
const today = todayIso();
const KEY = '0f1e2d3c4b5a6978'.repeat(4);
const KEY_ID = createHash('sha256').update(Buffer.from(KEY, 'hex')).digest('hex').slice(0, 8);

let t: TestApp;
let app: AppFixture;
let actions = 0;

async function english(page: Page, on: boolean): Promise<void> {
  const group = page.getByRole('radiogroup', { name: on ? 'שפת הממשק' : 'Interface language' });
  await group.getByText(on ? 'English' : 'עברית').click();
  await page.locator(`html[lang="${on ? 'en' : 'he'}"]`).waitFor();
}

beforeAll(async () => {
  t = await createTestCentre(new WallClock());
  for (const [first, last, days] of [
    ['רחל', 'לוי', 200],
    ['משה', 'כהן', 120],
  ] as const)
    insertParticipant(
      t.runtime.db(),
      { status: 'active', firstName: first, lastName: last, phone: '0521234567', enrolmentDate: addDays(today, -days) },
      null,
      new Date(),
    );
  app = await openApp({ browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('the CRF-1 export in Chromium', () => {
  it('shows the bundle due on the home page, and exports it once the key ID is confirmed', async () => {
    const { page } = app;
    const due = page.getByTestId('export-due');
    await due.waitFor(SLOW);
    await shot(page, 'export-home-due-he');
    await due.getByRole('link').click();
    actions += 1;
    await page.getByTestId('key-id').waitFor(SLOW);
    expect(await page.getByTestId('key-state').textContent()).toBe('טרם אושר');

    await page.getByLabel('מפתח חדש (64 תווים הקסדצימליים)').fill(KEY);
    await page.getByRole('button', { name: 'שמירת מפתח' }).click();
    actions += 2;
    await page.getByTestId('key-id').getByText(KEY_ID).waitFor(SLOW);

    await page.getByLabel('מזהה המפתח שאישר המטה').fill('deadbeef');
    await page.getByRole('button', { name: 'אישור', exact: true }).click();
    await page.getByText('מזהה המפתח שהוקלד אינו של המפתח השמור', { exact: false }).first().waitFor(SLOW);
    await page.getByLabel('מזהה המפתח שאישר המטה').fill(KEY_ID);
    await page.getByRole('button', { name: 'אישור', exact: true }).click();
    actions += 2;
    await page.getByTestId('key-state').getByText('אושר מול המטה').waitFor(SLOW);

    await page.getByRole('button', { name: 'ייצוא החודש' }).click();
    actions += 1;
    const history = page.getByTestId('export-history');
    await history.waitFor(SLOW);
    const row = await history.locator('tbody tr').first().textContent();
    expect(row).toContain('1');
    expect(row).toContain('/');
    await shot(page, 'export-page-he', { fullPage: true });
    // Follow the home link, set the key, confirm its ID, export: six actions.
    expect(actions).toBeLessThanOrEqual(6);

    await go(page, '/');
    await page
      .getByTestId('day-panel')
      .or(page.getByRole('heading', { level: 1 }))
      .first()
      .waitFor(SLOW);
    expect(await page.getByTestId('export-due').count()).toBe(0);

    await english(page, true);
    await go(page, '/export');
    await page.getByTestId('export-history').waitFor(SLOW);
    await shot(page, 'export-page-en', { fullPage: true });
    await english(page, false);
  }, 120_000);
});
