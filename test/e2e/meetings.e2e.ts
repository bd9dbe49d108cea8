import { eq } from 'drizzle-orm';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, formatDisplayDate, todayIso } from '../../electron/domain/dates';
import { newItemKey } from '../../db/repositories/plans';
import { plans, planTasks } from '../../db/schema/plans';
import { seedCentre, type SeededCentre } from './caseload-seed';
import { openApp, type AppFixture } from './harness';
import { go, screenshot as shot, SLOW } from './page-steps';

/**
 * Staff time, counted honestly: every click and every key press the coach makes goes through
 * this counter (typing a word costs one action per character), and the test asserts the total.
 */
class Actions {
  count = 0;
  async click(target: Locator): Promise<void> {
    this.count += 1;
    await target.click();
  }
  async press(target: Locator, key: string): Promise<void> {
    this.count += 1;
    await target.press(key);
  }
  async type(target: Locator, text: string): Promise<void> {
    for (const char of text) {
      this.count += 1;
      await target.press(char);
    }
  }
}

/** The staff-time budget of the issue: a routine attended meeting in at most 12 actions. */
const BUDGET = 12;

const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');

describe('the 1:1 meeting log in Chromium', () => {
  let seeded: SeededCentre;
  let app: AppFixture;
  let levi: number;
  let mizrahi: number;
  const taskKey = newItemKey();
  const today = todayIso();

  beforeAll(async () => {
    seeded = await seedCentre();
    levi = seeded.ids.levi;
    mizrahi = seeded.ids.mizrahi;
    // Levi's signed plan has one agreed task, due three days ago and not done: the boundary rule applies.
    const db = seeded.t.runtime.db();
    const at = new Date().toISOString();
    // The seed's draft (Levi's barrier) gives way to a signed version 1 for this story.
    db.delete(plans).where(eq(plans.participantId, levi)).run();
    const plan = db
      .insert(plans)
      .values({
        participantId: levi,
        version: 1,
        status: 'signed',
        participantSignedDate: addDays(today, -30),
        coachSignedDate: addDays(today, -30),
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    db.insert(planTasks)
      .values({
        planId: plan.id,
        itemKey: taskKey,
        position: 0,
        text: 'לעדכן קורות חיים',
        owner: 'participant',
        dueDate: addDays(today, -3),
      })
      .run();
    const peretzPlan = db
      .insert(plans)
      .values({ participantId: seeded.ids.peretz, version: 1, status: 'draft', createdAt: at, updatedAt: at })
      .returning()
      .get();
    db.insert(planTasks)
      .values({
        planId: peretzPlan.id,
        itemKey: newItemKey(),
        position: 0,
        text: 'להירשם לסדנה',
        owner: 'participant',
        dueDate: addDays(today, -1),
      })
      .run();
    await seeded.staff.actAs('avi');
    // Mizrahi's meeting is on the next working day: tomorrow's reminder list.
    await seeded.t.must('meetings.book', { participantId: mizrahi, date: addWorkingDays(today, 1), time: '09:30' });
    app = await openApp({ browserMode: { app: seeded.t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it(`records a routine attended meeting in at most ${BUDGET} counted actions, ending with the next one booked`, async () => {
    const { page } = app;
    await go(page, `#/participants/${levi}`);
    await page.getByTestId('participant-name').waitFor(SLOW);
    const before = await seeded.t.must('participants.list', { coachId: seeded.staff.ids.avi, noContactOver90: true });
    expect(before.rows.map((row) => row.id)).toContain(levi);

    const act = new Actions();
    await act.click(page.getByTestId('tab-meetings'));
    await act.click(page.getByTestId('record-meeting'));
    const form = page.getByTestId('record-meeting-form');
    await form.waitFor(SLOW);
    // Defaults: today, attended, in person, the next meeting two weeks on; the overdue task warns.
    expect(await page.getByTestId('meeting-date').inputValue()).toBe(formatDisplayDate(today));
    await page.getByTestId('booking-flag-warning').waitFor();
    await shot(page, 'meetings-form-he');
    // A chip is a label over a hidden checkbox: the coach clicks the words.
    await act.click(page.getByTestId('meeting-tools').getByText('אימון בסקאלה', { exact: true }));
    await act.click(page.getByTestId('meeting-tools').getByText('משימות ושיעורי בית', { exact: true }));
    await act.click(page.getByTestId(`open-task-${taskKey}`));
    await act.click(page.getByTestId('meeting-light').getByText('צהוב'));
    await act.click(page.getByTestId('meeting-save'));
    await page.getByTestId('meetings-table').waitFor(SLOW);
    await page.getByText(/הפגישה נשמרה; הפגישה הבאה נקבעה/).waitFor(SLOW);

    expect(act.count).toBeLessThanOrEqual(BUDGET);
    // The figure the closing report quotes: tab, record, two tool chips, one task, the light, save.
    expect(act.count).toBe(7);

    const list = await seeded.t.must('meetings.list', { participantId: levi });
    const held = list.meetings.find((m) => m.state === 'ATTENDED');
    const next = list.meetings.find((m) => m.state === 'BOOKED');
    expect(held).toMatchObject({ date: today, tools: ['scale_coaching', 'tasks_homework'], mode: 'IN_PERSON' });
    expect(next!.date > today).toBe(true);
    expect(next?.tasksOverdueFlag).toBe(false);
    expect(list.openTasks).toEqual([]);
    expect(list.trafficLights[0]).toMatchObject({ date: today, light: 'YELLOW', setByName: 'coach avi' });
    expect(plain(await page.getByTestId('next-meeting').textContent())).toContain(formatDisplayDate(next!.date));
    // The 90-day flag is cleared by the attended meeting.
    const after = await seeded.t.must('participants.list', { coachId: seeded.staff.ids.avi, noContactOver90: true });
    expect(after.rows.map((row) => row.id)).not.toContain(levi);
    expect((await seeded.t.must('participants.get', { id: levi })).lastContactDate).toBe(today);
    // The booked meeting is on the reminder list the working day before it.
    const dayBefore = await seeded.t.must('meetings.reminders', { date: next!.date });
    expect(dayBefore.meetings.map((m) => m.participantId)).toContain(levi);
    await shot(page, 'meetings-tab-he');
  });

  it('books a meeting for someone with an overdue task: flagged, not refused', async () => {
    const { page } = app;
    await go(page, `#/participants/${seeded.ids.peretz}?tab=meetings`);
    await page.getByTestId('book-meeting').click(SLOW);
    await page.getByTestId('book-flag-warning').waitFor();
    await page.getByTestId('book-save').click();
    await page.getByTestId('booking-flagged').waitFor(SLOW);
    await page.getByTestId('meeting-flag').waitFor(SLOW);
    await shot(page, 'meetings-booked-flagged-he');
    const list = await seeded.t.must('meetings.list', { participantId: seeded.ids.peretz });
    expect(list.meetings).toEqual([expect.objectContaining({ state: 'BOOKED', tasksOverdueFlag: true })]);
  });

  it('corrects a recorded meeting, and last contact follows the correction', async () => {
    const { page } = app;
    await go(page, `#/participants/${levi}?tab=meetings`);
    const held = page.locator('[data-state="ATTENDED"]');
    await held.getByRole('button', { name: 'תיקון' }).click(SLOW);
    const form = page.getByTestId('edit-meeting-form');
    await form.getByText('לא הגיע/ה', { exact: true }).click();
    await shot(page, 'meetings-edit-he');
    await page.getByTestId('edit-meeting-save').click();
    await page.locator('[data-state="NO_SHOW"]').waitFor(SLOW);
    expect((await seeded.t.must('participants.get', { id: levi })).lastContactDate).toBe(addDays(today, -200));
  });

  it('lists tomorrow’s booked meetings with phone and email on the reminders page', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('link', { name: 'תזכורות לפגישות' }).click();
    await page.getByRole('heading', { level: 1, name: 'תזכורות לפגישות' }).waitFor(SLOW);
    const row = page.getByTestId(`reminder-${mizrahi}`);
    await row.waitFor(SLOW);
    expect(plain(await row.textContent())).toContain('דוד מזרחי');
    expect(await page.getByTestId(`reminder-phone-${mizrahi}`).textContent()).toBe('052-111-0003');
    expect(await page.getByTestId(`reminder-${levi}`).count()).toBe(0);
    await shot(page, 'meetings-reminders-he');
  });

  it('reads the tab and the reminders in English', async () => {
    const { page } = app;
    await page.getByRole('radiogroup', { name: 'שפת הממשק' }).getByText('English').click();
    await page.getByRole('heading', { level: 1, name: 'Meeting reminders' }).waitFor(SLOW);
    await shot(page, 'meetings-reminders-en');
    await go(page, `#/participants/${levi}?tab=meetings`);
    await page.getByTestId('meetings-table').waitFor(SLOW);
    await page.getByTestId('record-meeting').click();
    await page.getByTestId('record-meeting-form').waitFor();
    await shot(page, 'meetings-tab-en');
    await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('עברית').click();
    await page.getByRole('tab', { name: 'פגישות' }).waitFor(SLOW);
  });
});
