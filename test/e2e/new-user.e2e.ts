import path from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { createTestCentre, type TestApp } from '../fixtures/centre';
import { makeTempDir } from '../fixtures/temp-dir';
import { WallClock } from './caseload-seed';
import { followLocalSession, openApp, type AppFixture } from './harness';
import { go, SLOW } from './page-steps';
import { ADMIN } from '../fixtures/centre';

/** The screen a new user tried Kesher on: a 1366×768 office laptop. */
const LAPTOP = { width: 1366, height: 768 };

/** The link's bottom edge is inside the window: nothing to scroll to find it. */
async function expectForgotLinkInView(page: Page): Promise<void> {
  const forgot = page.getByRole('button', { name: /^שכחת את הסיסמה/ });
  await forgot.waitFor(SLOW);
  const box = await forgot.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(LAPTOP.height);
}

const eligibleCall = {
  birthDate: '1968-04-12',
  outOfWorkMonths: 8,
  livesInArea: true,
  willingToCome: true,
  soughtJobScope: 'full' as const,
  yearsExperience: 20,
  declaresCapacity: true,
};

describe('what a new user meets first, in Hebrew at 1366×768', () => {
  let t: TestApp;
  let app: AppFixture;
  /** Every console message of any level, to catch the browser's header warnings too. */
  const consoleMessages: string[] = [];

  beforeAll(async () => {
    t = await createTestCentre(new WallClock());
    app = await openApp({
      browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR },
      viewport: LAPTOP,
      open: false,
    });
    app.page.on('console', (message: ConsoleMessage) => consoleMessages.push(message.text()));
    await app.page.goto(app.launchUrl, { waitUntil: 'load' });
    await followLocalSession(app.page, t.runtime);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('offers the first step on an empty participant list instead of "nothing matches the filter"', async () => {
    const { page } = app;
    await go(page, '#/participants');
    const firstStep = page.getByTestId('caseload-first-step');
    await firstStep.waitFor(SLOW);
    expect(await page.getByTestId('caseload-empty').count()).toBe(0);
    await firstStep.getByTestId('caseload-first-inquiry').click();
    await page.getByRole('heading', { level: 1, name: 'פנייה חדשה' }).waitFor(SLOW);
  });

  it('still says nothing matches when a filter is set and the list is empty', async () => {
    const { page } = app;
    await go(page, '#/participants?status=active');
    await page.getByTestId('caseload-empty').waitFor(SLOW);
    expect(await page.getByTestId('caseload-first-step').count()).toBe(0);
  });

  it('reopens a saved routing call with its answers, focused on its title, and saves it unchanged as it was', async () => {
    const { page } = app;
    const created = await t.must('inquiries.create', {
      firstName: 'אילנה',
      lastName: 'גולן',
      phone: '0521239876',
      birthDate: eligibleCall.birthDate,
      recruitmentSource: 'EMPLOYMENT_SERVICE',
    });
    if (created.kind !== 'created') throw new Error('unexpected duplicate');
    const recorded = await t.must('screening.record', { participantId: created.id, answers: eligibleCall });
    expect(recorded.outcome).toBe('eligible');

    await go(page, `#/screening/${created.id}`);
    await page.getByTestId('screening-previous').waitFor(SLOW);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null))
      .toBe('screening-title');
    const capacity = page.getByTestId('answer-declaresCapacity');
    expect(await capacity.getByRole('radio', { name: 'כן' }).isChecked()).toBe(true);
    expect(await page.getByTestId('answer-livesInArea').getByRole('radio', { name: 'כן' }).isChecked()).toBe(true);

    // Saved again without a change: no question, and the outcome stays as recorded.
    await page.getByTestId('save-screening').click();
    const result = page.getByTestId('screening-result');
    await result.waitFor(SLOW);
    expect(await result.getAttribute('data-outcome')).toBe('eligible');
    expect(await page.getByTestId('screening-confirm-change').count()).toBe(0);
    expect(await t.must('participants.get', { id: created.id })).toMatchObject({
      screening: { outcome: 'eligible', answers: eligibleCall },
    });
    // The result is shown from the top, with the focus on the page's title and no notice over it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null))
      .toBe('screening-title');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.locator('.mantine-Notification-root').count()).toBe(0);
  });

  it('answers Home and End on a yes/no/unknown choice, and asks before a save changes the outcome', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'תיקון התשובות' }).click();
    const capacity = page.getByTestId('answer-declaresCapacity');
    await capacity.getByRole('radio', { name: 'כן' }).focus();
    await page.keyboard.press('End');
    await expect.poll(() => capacity.getByRole('radio', { name: 'לא ידוע' }).isChecked()).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => capacity.getByRole('radio', { name: 'כן' }).isChecked()).toBe(true);
    await page.keyboard.press('End');
    await expect.poll(() => capacity.getByRole('radio', { name: 'לא ידוע' }).isChecked()).toBe(true);

    await page.getByTestId('save-screening').click();
    const confirm = page.getByRole('dialog');
    await confirm.waitFor(SLOW);
    await confirm.getByRole('button', { name: 'להמשיך לערוך' }).click();
    await confirm.waitFor({ state: 'detached', ...SLOW });
    expect(await page.getByTestId('screening-result').count()).toBe(0);
  });

  it('shows the audit log in words, with dates and names on one line', async () => {
    const { page } = app;
    await go(page, '#/audit');
    const table = page.getByTestId('audit-table');
    await table.waitFor(SLOW);
    const text = (await table.textContent()) ?? '';
    expect(text).not.toMatch(/screeningOutcome|screenedAt|demo_generated|displayName/);
    const dates = table.getByTestId('audit-at').locator('bdi');
    expect(await dates.count()).toBeGreaterThan(0);
    const lines = await dates.evaluateAll((cells) => cells.map((cell) => cell.getClientRects().length));
    expect(lines.every((count) => count === 1)).toBe(true);
  });

  it('shows the whole sign-in form, "forgot the password?" included, without scrolling', async () => {
    const { page } = app;
    await page.getByRole('button', { name: new RegExp(`^${ADMIN.displayName}.*תפריט החשבון$`) }).click();
    await page.getByRole('menuitem', { name: 'החלפת משתמש' }).click();
    await page.getByRole('heading', { level: 1, name: 'כניסה' }).waitFor(SLOW);
    await expectForgotLinkInView(page);
  });

  it('logs no Permissions-Policy warning on any page it opened', () => {
    expect(consoleMessages.filter((text) => /Permissions-Policy/i.test(text))).toEqual([]);
  });
});

describe('the sign-in screen of a demo centre at 1366×768', () => {
  let app: AppFixture;
  let runtime: StoreRuntime;

  beforeAll(async () => {
    runtime = new StoreRuntime(path.join(makeTempDir('kesher-e2e-new-user-'), 'store'));
    app = await openApp({ browserMode: { runtime }, viewport: LAPTOP });
  });

  afterAll(async () => {
    await app?.close();
    runtime?.close();
  });

  it('shows "forgot the password?" below the demo accounts without scrolling', { timeout: 90_000 }, async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'פתיחת מרכז הדגמה' }).click(SLOW);
    await page.getByTestId('demo-accounts').waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { level: 1, name: 'כניסה' }).waitFor();
    await expectForgotLinkInView(page);
  });
});
