import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, todayIso } from '../../electron/domain/dates';
import { insertParticipant } from '../../db/repositories/participants';
import { meetings } from '../../db/schema/meetings';
import { followUps, placements } from '../../db/schema/placements';
import { plans, planTasks } from '../../db/schema/plans';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';
import { WallClock } from './caseload-seed';
import { followLocalSession, openApp, type AppFixture } from './harness';
import { go, screenshot as shot, SLOW } from './page-steps';

/*
 * Exits and the home pages in Hebrew: a coach's day with today's items each one click from its
 * record, a coach exits a participant through the confirm dialog, the coordinator's "due for
 * exit" list opens a record with the reason proposed. Case-work rows are written straight into
 * their tables (their own screens are other branches' work). Screenshots of every role's home
 * and the due-for-exit page, Hebrew and English, go to the screenshot folder for a look.
 */
const today = todayIso();
const at = new Date().toISOString();

let t: TestApp;
let staff: Awaited<ReturnType<typeof withStaff<{ avi: 'coach'; nurit: 'navigator'; fay: 'facilitator' }>>>;
let app: AppFixture;
const ids = {} as Record<'leaving' | 'employed' | 'long' | 'absent' | 'today', number>;

function person(key: keyof typeof ids, first: string, last: string, enrolmentDate: string, lastContactDate: string) {
  ids[key] = insertParticipant(
    t.runtime.db(),
    {
      status: 'active',
      firstName: first,
      lastName: last,
      phone: '0521234567',
      coachId: staff.ids.avi,
      enrolmentDate,
      lastContactDate,
      track: 'SALARIED',
      trafficLight: 'GREEN',
      commitmentSignedDate: enrolmentDate,
    },
    null,
    new Date(),
  ).id;
}

async function reopen(hash: string): Promise<void> {
  await app.page.goto(`${app.baseUrl}/#${hash}`, { waitUntil: 'load' });
  await followLocalSession(app.page, t.runtime);
}

const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');

async function english(page: Page, on: boolean): Promise<void> {
  const group = page.getByRole('radiogroup', { name: on ? 'שפת הממשק' : 'Interface language' });
  await group.getByText(on ? 'English' : 'עברית').click();
  await page.locator(`html[lang="${on ? 'en' : 'he'}"]`).waitFor();
}

beforeAll(async () => {
  t = await createTestCentre(new WallClock());
  staff = await withStaff(t, { avi: 'coach', nurit: 'navigator', fay: 'facilitator' } as const);
  const db = t.runtime.db();
  person('leaving', 'רחל', 'לוי', addDays(today, -60), addDays(today, -10));
  person('employed', 'משה', 'כהן', addMonthsClamped(today, -10), addDays(today, -20));
  person('long', 'יוסי', 'מזרחי', addMonthsClamped(today, -20), addDays(today, -120));
  person('absent', 'דוד', 'פרץ', addDays(today, -200), addDays(today, -60));
  person('today', 'שרה', 'ביטון', addDays(today, -30), addDays(today, -7));
  const job = db
    .insert(placements)
    .values({
      participantId: ids.employed,
      startDate: addMonthsClamped(today, -9),
      employmentType: 'SALARIED',
      foundBy: 'SELF',
      createdAt: at,
      updatedAt: at,
    })
    .returning()
    .get().id;
  db.insert(followUps)
    .values({ participantId: ids.employed, placementId: job, months: 6, dueDate: today, updatedAt: at })
    .run();
  for (const daysAgo of [40, 30, 20])
    db.insert(meetings)
      .values({
        participantId: ids.absent,
        staffId: staff.ids.avi,
        date: addDays(today, -daysAgo),
        state: 'NO_SHOW',
        createdAt: at,
        updatedAt: at,
      })
      .run();
  db.insert(meetings)
    .values({
      participantId: ids.today,
      staffId: staff.ids.avi,
      date: today,
      time: '11:30',
      createdAt: at,
      updatedAt: at,
    })
    .run();
  const plan = db
    .insert(plans)
    .values({ participantId: ids.today, version: 1, status: 'draft', createdAt: at, updatedAt: at })
    .returning()
    .get();
  db.insert(planTasks)
    .values({ planId: plan.id, itemKey: 'k1', text: 'לעדכן קורות חיים', owner: 'participant', dueDate: today })
    .run();
  await staff.actAs('avi');
  app = await openApp({ browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe("the coach's day, exits and the due-for-exit list in Chromium", () => {
  it("shows the coach today's meeting, follow-up, task and silent participants, each one click from the record", async () => {
    const { page } = app;
    await page.getByTestId('day-panel').waitFor(SLOW);
    await page.getByTestId('day-meetings-item').waitFor(SLOW);
    expect(plain(await page.getByTestId('day-meetings-item').textContent())).toContain('שרה ביטון');
    expect(plain(await page.getByTestId('day-followUps-item').textContent())).toContain('משה כהן');
    expect(plain(await page.getByTestId('day-tasks-item').textContent())).toContain('לעדכן קורות חיים');
    expect(plain(await page.getByTestId('day-noContact').textContent())).toContain('יוסי מזרחי');
    // A coach makes no routing calls: no count of them on their home.
    expect(await page.getByTestId('today-inquiries').count()).toBe(0);
    await shot(page, 'home-coach-he');
    await page.getByTestId('day-meetings-item').getByRole('link').click();
    await page.waitForURL(new RegExp(`#/participants/${ids.today}\\?tab=meetings$`), SLOW);
    await page.getByRole('heading', { level: 1, name: /שרה ביטון/ }).waitFor(SLOW);
    await english(page, true);
    await go(page, '/');
    await page.getByTestId('day-meetings-item').waitFor(SLOW);
    await shot(page, 'home-coach-en');
    await english(page, false);
  });

  it('exits a participant only after the confirm dialog', async () => {
    const { page } = app;
    await go(page, `/participants/${ids.leaving}?tab=status`);
    const form = page.getByTestId('exit-form');
    await form.waitFor(SLOW);
    await page.getByTestId('exit-reason').click();
    await page.getByRole('option', { name: 'סיבות אישיות', exact: true }).click();
    await form.getByLabel('דברי פרידה').fill('נפרדנו בשיחה טובה');
    await page.getByTestId('exit-referral-programme').fill('תכנית לאימהות יחידניות');
    await page.getByTestId('exit-submit').click();
    const dialog = page.getByRole('dialog', { name: 'אישור יציאה מהתכנית' });
    await dialog.waitFor(SLOW);
    expect(plain(await dialog.textContent())).toContain('רחל לוי');
    await shot(page, 'exit-confirm-he', { fullPage: false });
    // Nothing is saved until confirmed.
    expect((await t.must('participants.get', { id: ids.leaving })).status).toBe('active');
    await page.getByTestId('exit-confirm-yes').click();
    await page.getByText('היציאה נרשמה.').waitFor(SLOW);
    expect(await t.must('exits.get', { id: ids.leaving })).toMatchObject({
      exitReason: 'PERSONAL',
      exitNote: 'נפרדנו בשיחה טובה',
      referralProgramme: 'תכנית לאימהות יחידניות',
    });
  });

  it('gives the coordinator the due-for-exit list, and a record opens from it with the reason proposed', async () => {
    await staff.actAs('admin');
    await reopen('/');
    const { page } = app;
    await page.getByTestId('today-dueForExit-count').waitFor(SLOW);
    expect(await page.getByTestId('today-dueForExit-count').textContent()).toBe('3');
    await page.getByTestId('day-panel').waitFor(SLOW);
    await shot(page, 'home-coordinator-he');
    await page.getByRole('link', { name: 'מועמדים ליציאה' }).first().click();
    await page.getByTestId('due-table').waitFor(SLOW);
    const reasons = await page
      .locator('[data-testid="due-row"] [data-reason]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-reason')));
    expect(reasons).toEqual(['MAX_DURATION', 'EMPLOYED_6M', 'NON_COOPERATION']);
    await shot(page, 'due-for-exit-he');
    await english(page, true);
    await page.getByText('Proposed reason').waitFor(SLOW);
    await shot(page, 'due-for-exit-en');
    await go(page, '/');
    await page.getByTestId('day-panel').waitFor(SLOW);
    await shot(page, 'home-coordinator-en');
    await english(page, false);
    await go(page, '/due-for-exit');
    await page.getByRole('link', { name: /משה כהן/ }).click();
    await page.getByTestId('exit-proposal').waitFor(SLOW);
    expect(await page.getByTestId('exit-reason').inputValue()).toBe('עובד/ת ושמר/ה על העבודה שישה חודשים');
  });

  it('gives the navigator and the facilitator homes with only their own work', async () => {
    const { page } = app;
    await staff.actAs('nurit');
    await reopen('/');
    await page.getByTestId('today-inquiries').waitFor(SLOW);
    expect(await page.getByTestId('day-panel').count()).toBe(0);
    await shot(page, 'home-navigator-he');
    await english(page, true);
    await shot(page, 'home-navigator-en');
    await english(page, false);
    await staff.actAs('fay');
    await reopen('/');
    await page.getByTestId('day-sessions-empty').waitFor(SLOW);
    await shot(page, 'home-facilitator-he');
    await english(page, true);
    await page.getByText('You have no coming sessions to facilitate.').waitFor(SLOW);
    await shot(page, 'home-facilitator-en');
    await english(page, false);
  });
});
