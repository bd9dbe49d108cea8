import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonthsClamped, formatDisplayDate, todayIso } from '../../electron/domain/dates';
import { seedCentre, type SeededCentre } from './caseload-seed';
import { openApp, type AppFixture } from './harness';
import { go, screenshot as shot, SLOW } from './page-steps';

/**
 * Staff time, counted: every key press and click the coach makes from the moment the task
 * starts (navigation to the page is not part of the task). The budgets: the
 * occupation found after at most 4 typed letters; a follow-up answered in at most 3 actions.
 */
class Counter {
  actions = 0;
  constructor(private readonly page: Page) {}
  async click(selector: string): Promise<void> {
    await this.page.locator(selector).click(SLOW);
    this.actions += 1;
  }
  async type(text: string): Promise<void> {
    for (const ch of text) {
      await this.page.keyboard.type(ch);
      this.actions += 1;
    }
  }
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.actions += 1;
  }
}

const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');

describe('placements and retention follow-ups in Chromium, in Hebrew', () => {
  let seeded: SeededCentre;
  let app: AppFixture;
  let levi: number;
  let mizrahi: number;
  let followUpId: number;

  beforeAll(async () => {
    seeded = await seedCentre();
    levi = seeded.ids.levi;
    mizrahi = seeded.ids.mizrahi;
    await seeded.staff.actAs('avi');
    // Levi (enrolled 200 days ago) started a job six months ago: her 6-month follow-up is due today.
    const start = addMonthsClamped(todayIso(), -6);
    await seeded.t.must('placements.save', {
      participantId: levi,
      employer: 'מאפיית השכונה',
      occupationCode: '5230',
      startDate: start,
      employmentType: 'SALARIED',
      jobScopePct: 75,
      monthlySalaryNis: 5200,
      foundBy: 'PROGRAMME',
    });
    const { followUps } = await seeded.t.must('placements.list', { participantId: levi });
    followUpId = followUps.find((f) => f.months === 6)!.id;
    app = await openApp({ browserMode: { app: seeded.t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('records a placement, the occupation found after typing three letters', async () => {
    const { page } = app;
    await go(page, `/participants/${mizrahi}?tab=placements`);
    await page.getByTestId('placements-tab').waitFor(SLOW);
    const count = new Counter(page);
    await count.click('[data-testid="placement-add"]');
    await count.click('[data-testid="placement-occupation"]');
    const typed = 'מזכ';
    await count.type(typed);
    const options = page.getByRole('option');
    await options.first().waitFor(SLOW);
    const shown = (await options.allTextContents()).slice(0, 5);
    const wanted = shown.findIndex((text) => text.includes('(4120)'));
    expect(wanted).toBeGreaterThanOrEqual(0);
    expect([...typed].length).toBeLessThanOrEqual(4);
    await shot(page, 'placements-occupation-search-he');
    await page.getByRole('option').nth(wanted).click();
    count.actions += 1;
    await count.click('[data-testid="placement-employer"]');
    await count.type('מוקד');
    await count.click('[data-testid="placement-start"]');
    await count.type(formatDisplayDate(todayIso()));
    await count.press('Tab');
    await count.click('[data-testid="placement-form-submit"]');
    const row = page.locator('[data-testid="placements-table"] tbody tr');
    await row.first().waitFor(SLOW);
    expect(plain(await row.first().textContent())).toContain('מזכירים ומזכירות');
    expect(plain(await row.first().textContent())).toContain('4120');
    // Saving the first programme placement created its four follow-ups.
    await expect.poll(async () => page.locator('[data-testid="placement-follow-ups"] tbody tr').count(), SLOW).toBe(4);
    // The whole placement: add, occupation (click, 3 letters, pick), employer (click, 4 letters),
    // start date (click, 10 keys, Tab), save.
    expect(count.actions).toBe(24);
    await shot(page, 'placements-tab-he');
  });

  it('answers a due follow-up from the queue in two actions', async () => {
    const { page } = app;
    await go(page, '/follow-ups');
    await page.getByTestId('follow-ups-table').waitFor(SLOW);
    const row = page.getByTestId(`follow-up-${followUpId}`);
    await row.waitFor(SLOW);
    expect(plain(await row.textContent())).toContain('רחל לוי');
    expect(plain(await row.textContent())).toContain('052-111-0002');
    await shot(page, 'follow-ups-he');
    const count = new Counter(page);
    await count.click(`[data-testid="answer-same_job-${followUpId}"]`);
    await page.getByTestId('answer-modal').waitFor(SLOW);
    await shot(page, 'follow-ups-confirm-he');
    await count.click('[data-testid="answer-confirm"]');
    await row.waitFor({ state: 'detached', ...SLOW });
    expect(count.actions).toBe(2);
    const { followUps, placements } = await seeded.t.must('placements.list', { participantId: levi });
    expect(followUps.find((f) => f.id === followUpId)?.state).toBe('same_job');
    expect(placements[0]?.endDate).toBeNull();
  });

  it('answers "not employed" with the end date prefilled, and "other job" with the new job prefilled, in two actions each', async () => {
    const { page } = app;
    await page.getByText('כל הפתוחים').click(SLOW);
    const { followUps } = await seeded.t.must('placements.list', { participantId: levi });
    const twelve = followUps.find((f) => f.months === 12)!.id;
    const fifteen = followUps.find((f) => f.months === 15)!.id;
    await page.getByTestId(`follow-up-${twelve}`).waitFor(SLOW);

    const notEmployed = new Counter(page);
    await notEmployed.click(`[data-testid="answer-not_employed-${twelve}"]`);
    expect(await page.getByTestId('answer-end-date').inputValue()).toBe(formatDisplayDate(todayIso()));
    await notEmployed.click('[data-testid="answer-confirm"]');
    await page.getByTestId(`follow-up-${twelve}`).waitFor({ state: 'detached', ...SLOW });
    expect(notEmployed.actions).toBe(2);

    const elsewhere = new Counter(page);
    await elsewhere.click(`[data-testid="answer-employed_elsewhere-${fifteen}"]`);
    await page.getByTestId('answer-new-placement').waitFor(SLOW);
    await shot(page, 'follow-ups-new-job-he');
    await elsewhere.click('[data-testid="answer-new-placement-submit"]');
    await page.getByTestId(`follow-up-${fifteen}`).waitFor({ state: 'detached', ...SLOW });
    expect(elsewhere.actions).toBe(2);

    const after = await seeded.t.must('placements.list', { participantId: levi });
    expect(after.followUps.map((f) => f.state)).toEqual(['same_job', 'not_employed', 'employed_elsewhere', 'pending']);
    expect(after.placements).toHaveLength(2);
    // The new job: the same occupation as the one asked about, from today, still going.
    expect(after.placements[1]).toMatchObject({ occupationCode: '5230', startDate: todayIso(), endDate: null });
  });

  it('shows the tab and the queue in English', async () => {
    const { page } = app;
    await page.getByRole('radiogroup', { name: 'שפת הממשק' }).getByText('English').click(SLOW);
    await go(page, `/participants/${levi}?tab=placements`);
    await page.getByTestId('placements-tab').waitFor(SLOW);
    await page.getByRole('heading', { name: 'Job placements' }).waitFor(SLOW);
    await shot(page, 'placements-tab-en');
    await go(page, '/follow-ups');
    await page.getByRole('heading', { level: 1, name: 'Retention follow-ups' }).waitFor(SLOW);
    await page.getByText('All open').click(SLOW);
    await page.getByTestId('follow-ups-table').waitFor(SLOW);
    await shot(page, 'follow-ups-en');
  });
});
