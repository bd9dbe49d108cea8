import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDisplayDate, todayIso } from '../../electron/domain/dates';
import { createTestCentre } from '../fixtures/centre';
import { rachelBookedWithAvi, WallClock } from './caseload-seed';
import { openApp, type AppFixture } from './harness';
import { go, screenshot as shot, SLOW } from './page-steps';

/** Types a date the Israeli way and leaves the field with Tab, as a keyboard user would. */
async function typeDate(input: Locator, iso: string): Promise<void> {
  await input.fill(formatDisplayDate(iso));
  await input.press('Tab');
}

async function pick(page: Page, input: Locator, option: string): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the personal work plan in Chromium, in Hebrew', () => {
  let app: AppFixture;
  let participantId: number;
  let t: Awaited<ReturnType<typeof createTestCentre>>;

  beforeAll(async () => {
    t = await createTestCentre(new WallClock());
    ({ participantId } = await rachelBookedWithAvi(t));
    app = await openApp({ browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('writes a plan, refusing a goal without a due date, and saves the draft of version 1', async () => {
    const { page } = app;
    await go(page, `#/participants/${participantId}`);
    await page.getByTestId('tab-plan').click(SLOW);
    await page.getByTestId('plan-form').waitFor(SLOW);
    await page.getByTestId('plan-vision').fill('לחזור לעבוד כמנהלת חשבונות בחברה קטנה');
    await page.getByTestId('goal-add').click();
    await page.getByTestId('goal-what').fill('לשלוח קורות חיים למשרות הנהלת חשבונות');
    await page.getByTestId('goal-measure-value').fill('10');
    await page.getByTestId('goal-measure-unit').fill('משרות');
    await page.getByTestId('plan-save').click();
    // SMART: the refusal is said on the goal's own field, and nothing reaches the store.
    await page.getByText('מטרת SMART תחומה בזמן: יש לציין תאריך יעד.').waitFor(SLOW);
    expect(await page.getByTestId('goal-due-date').getAttribute('aria-invalid')).toBe('true');
    expect(t.runtime.sqlite().prepare('SELECT count(*) FROM plans').pluck().get()).toBe(0);
    await shot(page, 'plan-smart-refusal-he');

    await typeDate(page.getByTestId('goal-due-date'), addDays(todayIso(), 60));
    await page.getByTestId('task-add').click();
    await page.getByTestId('task-text').fill('לעדכן את קורות החיים');
    await page.getByTestId('barrier-add').click();
    await pick(page, page.getByTestId('barrier-code'), 'מיומנויות דיגיטליות');
    await page.getByTestId('barrier-addressed-by').fill('סדנת מחשבים');
    await page.getByTestId('plan-save').click();
    await page.getByText('טיוטת התכנית נשמרה.').waitFor(SLOW);
    await page.getByTestId('plan-status').filter({ hasText: 'טיוטה של גרסה 1' }).waitFor(SLOW);
  });

  it('signs version 1 with both dates, after saying what signing does', async () => {
    const { page } = app;
    await page.getByTestId('plan-sign').click();
    const dialog = page.getByTestId('plan-sign-dialog');
    await dialog.waitFor();
    await dialog.getByText('אחרי החתימה גרסה 1 ננעלת').waitFor();
    await shot(page, 'plan-sign-he', { fullPage: false });
    await page.getByTestId('plan-sign-confirm').click();
    await page.getByText('גרסה 1 נחתמה.').waitFor(SLOW);
    await page.getByTestId('plan-status').filter({ hasText: 'גרסה 1, חתומה' }).waitFor(SLOW);
    expect(await page.getByTestId('plan-version-row').count()).toBe(1);
  });

  it('edits again into the draft of version 2 and compares it with version 1 side by side', async () => {
    const { page } = app;
    await page.getByTestId('plan-signed-note').waitFor();
    await page.getByTestId('plan-vision').fill('לעבוד כחשבת שכר');
    await page.getByTestId('plan-save').click();
    await page.getByText('נפתחה טיוטה של גרסה 2 והשינויים נשמרו בה.').waitFor(SLOW);
    await page.getByTestId('plan-status').filter({ hasText: 'טיוטה של גרסה 2' }).waitFor(SLOW);
    expect(await page.getByTestId('plan-version-row').count()).toBe(2);

    // Every version can be read as it was signed.
    await page.getByRole('button', { name: 'הצגה – גרסה 1' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('plan-display-1').getByText('לחזור לעבוד כמנהלת חשבונות בחברה קטנה').waitFor(SLOW);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByTestId('compare-run').click();
    const compare = page.getByTestId('plan-compare');
    await compare.waitFor(SLOW);
    await compare.getByText('השוואה בין גרסה 1 לגרסה 2').waitFor();
    const changed = compare.locator('[data-changed="true"]');
    expect(await changed.count()).toBe(2);
    expect(await compare.getByTestId('plan-display-1').locator('[data-changed="true"]').textContent()).toContain(
      'לחזור לעבוד כמנהלת חשבונות',
    );
    expect(await compare.getByTestId('plan-display-2').locator('[data-changed="true"]').textContent()).toContain(
      'לעבוד כחשבת שכר',
    );
    await shot(page, 'plan-tab-he');
  });

  it('reads the same in English', async () => {
    const { page } = app;
    await page.getByRole('radiogroup', { name: 'שפת הממשק' }).getByText('English').click();
    await page.getByRole('heading', { name: 'Personal work plan' }).waitFor(SLOW);
    await page.getByTestId('compare-run').click();
    await page.getByTestId('plan-compare').getByText('Version 1 compared with version 2').waitFor(SLOW);
    await shot(page, 'plan-tab-en');
  });
});
