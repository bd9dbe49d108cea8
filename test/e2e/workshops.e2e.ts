import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';
import { WallClock } from './caseload-seed';
import { openApp, type AppFixture } from './harness';
import { go, SCREEN_DIR, screenshot as shot, SLOW } from './page-steps';

/*
 * The coordinator plans a spring run of "back to the world of work": every Tuesday, six
 * sessions from 09/03/2027. Purim (23/03/2027) is passed over and named; three people are
 * enrolled on two places, so the third waits; the calendar shows the sessions and the holiday.
 */
const PEOPLE = [
  ['נועה', 'ברגר', '0521230001'],
  ['אלי', 'ששון', '0521230002'],
  ['מרים', 'טל', '0521230003'],
] as const;

/** Every key press and click the coordinator makes, to report the staff-time cost of the flow. */
let actions = 0;
async function click(target: Locator): Promise<void> {
  actions += 1;
  await target.click(SLOW);
}
async function type(target: Locator, text: string): Promise<void> {
  actions += text.length;
  await target.fill(text);
}
async function press(target: Locator, key: string): Promise<void> {
  actions += 1;
  await target.press(key);
}

async function pick(page: Page, input: Locator, option: string): Promise<void> {
  await click(input);
  await click(page.getByRole('option', { name: option, exact: true }));
}

describe('workshop runs in Chromium, in Hebrew', () => {
  let t: TestApp;
  let app: AppFixture;

  beforeAll(async () => {
    t = await createTestCentre(new WallClock());
    await withStaff(t, { avi: 'facilitator' } as const);
    await t.must('auth.signIn', { username: 'dana', password: 'ירושלים-של-זהב-1967' });
    for (const [firstName, lastName, phone] of PEOPLE) await t.must('inquiries.create', { firstName, lastName, phone });
    app = await openApp({ browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a run whose generated schedule skips Purim, naming it', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: 'ניווט ראשי' })
      .getByRole('link', { name: 'סדנאות', exact: true })
      .click(SLOW);
    await click(page.getByTestId('new-workshop'));
    await page.getByRole('heading', { level: 1, name: 'מחזור סדנה חדש' }).waitFor(SLOW);
    await pick(page, page.getByTestId('instance-type'), 'חזרה לעולם העבודה');
    await type(page.getByTestId('instance-title'), 'חזרה לעבודה אביב');
    await pick(page, page.getByTestId('instance-facilitator'), 'facilitator avi');
    await type(page.getByTestId('instance-place'), 'חדר 2');
    await type(page.getByTestId('instance-capacity'), '2');
    // Tuesday 09:00–13:00 and six meetings are the defaults for this type; only the start date is typed.
    expect(await page.getByTestId('schedule-count').inputValue()).toBe('6');
    await type(page.getByTestId('schedule-from-date'), '09/03/2027');
    await press(page.getByTestId('schedule-from-date'), 'Tab');
    const skipped = page.getByTestId('skipped-date');
    await skipped.first().waitFor(SLOW);
    expect(await skipped.allTextContents()).toEqual(['23/03/2027פורים']);
    expect(await page.getByTestId('schedule-dates').locator('li').count()).toBe(6);
    await shot(page, 'workshop-new-he');
    await click(page.getByTestId('save-workshop'));
    // The heading is drawn before the saved run has loaded into it: wait for the title itself.
    await page.getByTestId('instance-title').filter({ hasText: 'חזרה לעבודה אביב' }).waitFor(SLOW);
    expect(await page.getByTestId('instance-title').textContent()).toBe('חזרה לעבודה אביב');
    expect(await page.getByTestId('session-row').count()).toBe(6);
  });

  it('enrols three people by quick search on two places: the third goes to the wait list', async () => {
    const { page } = app;
    const search = page.getByTestId('enrol-search');
    for (const [, lastName] of PEOPLE) {
      await type(search, lastName);
      await page.getByTestId('enrol-hit').filter({ hasText: lastName }).first().waitFor(SLOW);
      await press(search, 'Enter');
    }
    await page.getByTestId('enrol-chosen').getByText('מרים טל').waitFor(SLOW);
    await click(page.getByTestId('enrol-submit'));
    await page.getByTestId('wait-list-row').first().waitFor(SLOW);
    expect(await page.getByTestId('roster-row').count()).toBe(2);
    expect(await page.getByTestId('wait-list-row').allTextContents()).toEqual([expect.stringContaining('מרים טל')]);
    expect(await page.getByTestId('roster-count').textContent()).toBe('2 מתוך 2 מקומות');
    await shot(page, 'workshop-instance-he');
    // Creating the run and enrolling three people: the clicks and key presses the coordinator made.
    expect(actions).toBeLessThanOrEqual(55);
    writeFileSync(path.join(SCREEN_DIR, 'workshops-actions.txt'), String(actions));
  });

  it('shows the sessions on the centre calendar, and Purim on its week', async () => {
    const { page } = app;
    await go(page, '/calendar?date=2027-03-09');
    await page.getByTestId('calendar-week').waitFor(SLOW);
    const tuesday = page.locator('[data-testid="calendar-day"][data-date="2027-03-09"]');
    await tuesday.getByTestId('calendar-session').waitFor(SLOW);
    expect(await tuesday.getByTestId('calendar-session').textContent()).toContain('חזרה לעבודה אביב');
    expect(await page.getByTestId('calendar-day').count()).toBe(7);
    await shot(page, 'calendar-he');
    await click(page.getByTestId('week-next'));
    await click(page.getByTestId('week-next'));
    const purim = page.locator('[data-testid="calendar-day"][data-date="2027-03-23"]');
    await purim.getByTestId('calendar-holiday').first().waitFor(SLOW);
    expect(await purim.getByTestId('calendar-holiday').first().textContent()).toBe('פורים');
    expect(await purim.getByTestId('calendar-session').count()).toBe(0);
  });

  it('offers the run on the participant page, showing the place on its wait list', async () => {
    const { page } = app;
    const { rows } = await t.must('participants.list', {
      scope: 'all',
      page: 1,
      pageSize: 10,
      sort: 'lastName',
      direction: 'asc',
    });
    const miriam = rows.find((r) => r.lastName === 'טל')!;
    await go(page, `/participants/${miriam.id}`);
    await page.getByTestId('enrol-in-workshop').click(SLOW);
    await page.getByTestId('enrol-offer').first().waitFor(SLOW);
    expect(await page.getByTestId('enrol-offer').first().textContent()).toContain('בהמתנה (מקום 1)');
    await shot(page, 'participant-enrol-he');
    await page.keyboard.press('Escape');
  });

  it('names 0 places and an end before the start beside their fields, and saves nothing', async () => {
    const { page } = app;
    const before = (await t.must('workshops.list', {})).length;
    await go(page, '/workshops/new');
    await page.getByRole('heading', { level: 1, name: 'מחזור סדנה חדש' }).waitFor(SLOW);
    await page.getByTestId('instance-type').click(SLOW);
    await page.getByRole('option', { name: 'חזרה לעולם העבודה', exact: true }).click(SLOW);
    await page.getByTestId('instance-capacity').fill('0');
    await page.getByTestId('schedule-start').fill('13:00');
    await page.getByTestId('schedule-end').fill('09:00');
    await page.getByTestId('schedule-from-date').fill('09/03/2027');
    await page.getByTestId('schedule-from-date').press('Tab');
    await page.getByTestId('save-workshop').click(SLOW);
    const capacity = page.getByTestId('instance-capacity');
    await expect.poll(() => capacity.getAttribute('aria-invalid'), SLOW).toBe('true');
    const form = page.getByTestId('new-workshop-form');
    await form.getByText('מספר שלם בין 1 ל־500.').waitFor(SLOW);
    await form.getByText('שעת הסיום צריכה להיות אחרי שעת ההתחלה.').waitFor(SLOW);
    expect(await page.getByTestId('schedule-end').getAttribute('aria-invalid')).toBe('true');
    // The first failing field takes the focus, so a keyboard user lands on the problem.
    expect(await capacity.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page, 'workshop-new-errors-he');
    expect((await t.must('workshops.list', {})).length).toBe(before);
    expect(page.url()).toContain('#/workshops/new');

    // Adding a session that ends before it starts is named in the dialog; the run keeps six.
    const [saved] = (await t.must('workshops.list', {})).filter((run) => run.title === 'חזרה לעבודה אביב');
    await go(page, `/workshops/${saved!.id}`);
    await page.getByTestId('add-session').click(SLOW);
    const dialog = page.getByTestId('session-form');
    await page.getByTestId('session-date').fill('11/05/2027');
    await page.getByTestId('session-start').fill('12:00');
    await page.getByTestId('session-end').fill('10:00');
    await page.getByTestId('session-save').click(SLOW);
    await dialog.getByText('שעת הסיום צריכה להיות אחרי שעת ההתחלה.').waitFor(SLOW);
    await shot(page, 'workshop-session-errors-he');
    await page.keyboard.press('Escape');
    expect((await t.must('workshops.get', { instanceId: saved!.id })).sessions).toHaveLength(6);

    // A centre title needs its type and Hebrew name: both are named, nothing is added.
    await go(page, '/workshops/catalogue');
    await page.getByTestId('title-add').click(SLOW);
    await page.getByTestId('title-form').getByText('שדה חובה.').first().waitFor(SLOW);
    expect(await page.getByTestId('title-form').getByText('שדה חובה.').count()).toBe(2);
    await shot(page, 'workshop-title-errors-he');
    expect((await t.must('workshops.catalogue', {})).titles).toHaveLength(0);
  });

  it('draws the same pages in English (screenshots to look at)', async () => {
    const { page } = app;
    await page.getByRole('radiogroup', { name: 'שפת הממשק' }).getByText('English').click(SLOW);
    await page.getByRole('radiogroup', { name: 'Interface language' }).waitFor(SLOW);
    await shot(page, 'calendar-en');
    await go(page, '/workshops');
    await page.getByTestId('workshops-table').waitFor(SLOW);
    await shot(page, 'workshops-list-en');
    await page.getByTestId('workshop-row').first().getByRole('link').click(SLOW);
    await page.getByTestId('sessions-table').waitFor(SLOW);
    await shot(page, 'workshop-instance-en');
    await go(page, '/workshops/new');
    await pick(page, page.getByTestId('instance-type'), 'Back to the world of work');
    await page.getByTestId('schedule-from-date').fill('09/03/2027');
    await page.getByTestId('schedule-from-date').press('Tab');
    await page.getByTestId('skipped-date').first().waitFor(SLOW);
    expect(await page.getByTestId('skipped-date').first().textContent()).toContain('Purim (פורים)');
    await shot(page, 'workshop-new-en');
    await page.getByTestId('instance-capacity').fill('0');
    await page.getByTestId('save-workshop').click(SLOW);
    await page.getByTestId('new-workshop-form').getByText('A whole number from 1 to 500.').waitFor(SLOW);
    await shot(page, 'workshop-new-errors-en');
    await go(page, '/workshops/catalogue');
    await page.getByTestId('catalogue-table').waitFor(SLOW);
    expect(await page.getByTestId('catalogue-row').count()).toBe(27);
    await shot(page, 'workshop-catalogue-en');
    await page.getByTestId('title-add').click(SLOW);
    await page.getByTestId('title-form').getByText('Required.').first().waitFor(SLOW);
    await shot(page, 'workshop-title-errors-en');
    await go(page, '/workshops/reminders');
    await page.getByRole('heading', { level: 1, name: 'Workshop reminder calls' }).waitFor(SLOW);
    await shot(page, 'workshop-reminders-en');
    await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('עברית').click(SLOW);
    await page.getByRole('heading', { level: 1, name: 'שיחות תזכורת לסדנאות' }).waitFor(SLOW);
    await shot(page, 'workshop-reminders-he');
    await go(page, '/workshops/catalogue');
    await page.getByTestId('catalogue-table').waitFor(SLOW);
    await shot(page, 'workshop-catalogue-he');
    await go(page, '/workshops');
    await page.getByTestId('workshops-table').waitFor(SLOW);
    await shot(page, 'workshops-list-he');
  });
});
