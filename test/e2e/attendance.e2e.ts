import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../electron/domain/dates';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';
import { addInstance, enrol, makeActiveCase } from '../fixtures/workshops';
import { WallClock } from './caseload-seed';
import { followLocalSession, openApp, type AppFixture } from './harness';
import { go, screenshot as shot, SLOW } from './page-steps';

/*
 * A facilitator takes attendance at today's session of a 20-person course from the keyboard,
 * writes an update to a coach, and adds walk-ins at the job club; the coach then reads the
 * update on the participant's page. Staff time is counted: every key press and click.
 */

const FIRST = ['אורנה', 'בתיה', 'גילה', 'דליה', 'הדסה', 'ורד', 'זהבה', 'חנה', 'טובה', 'יפה'];
const LAST = [
  'אלון',
  'ברק',
  'גבאי',
  'דהן',
  'הרשקו',
  'וקנין',
  'זכאי',
  'חדד',
  'טל',
  'יונה',
  'כץ',
  'לנדאו',
  'מור',
  'נחום',
  'סעדה',
  'עמר',
  'פרץ',
  'צור',
  'קליין',
  'רוזן',
];

interface Seeded {
  t: TestApp;
  staff: Awaited<ReturnType<typeof withStaff<{ avi: 'coach'; fay: 'facilitator' }>>>;
  /** The course's participants in name (last name) order, as the roster shows them. */
  roster: number[];
  courseSessionId: number;
  clubSessionId: number;
  /** Known to the centre, not on any roster: the job club's walk-in found by search. */
  regular: number;
}

async function inquiry(t: TestApp, firstName: string, lastName: string, phone: string): Promise<number> {
  const created = await t.must('inquiries.create', { firstName, lastName, phone });
  if (created.kind !== 'created') throw new Error('expected a new record');
  return created.id;
}

async function seed(): Promise<Seeded> {
  const t = await createTestCentre(new WallClock());
  const staff = await withStaff(t, { avi: 'coach', fay: 'facilitator' } as const);
  const db = t.runtime.db();
  const today = todayIso();
  const roster: number[] = [];
  // Last names are given in alphabetical order, so the roster's order is this one.
  for (const [i, last] of LAST.entries()) {
    const id = await inquiry(t, FIRST[i % FIRST.length] as string, last, `052-400-00${String(i).padStart(2, '0')}`);
    makeActiveCase(db, id, staff.ids.avi);
    roster.push(id);
  }
  const course = addInstance(db, {
    facilitatorId: staff.ids.fay,
    title: 'חזרה לעולם העבודה – מחזור סתיו',
    dates: [addDays(today, -14), addDays(today, -7), today, addDays(today, 7)],
  });
  enrol(db, course.instanceId, roster);
  const club = addInstance(db, {
    facilitatorId: staff.ids.fay,
    type: 'JOB_CLUB',
    title: "ג'וב קלאב",
    dates: [today],
  });
  const regular = await inquiry(t, 'שמעון', 'שטרנברג', '052-499-0001');
  return {
    t,
    staff,
    roster,
    courseSessionId: course.sessionIds[2] as number,
    clubSessionId: club.sessionIds[0] as number,
    regular,
  };
}

/** Every key press and click the facilitator makes, so the staff-time budget is honest. */
class Counter {
  actions = 0;
  constructor(private readonly page: Page) {}
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      this.actions += 1;
      await this.page.keyboard.press(key);
    }
  }
  async click(locator: ReturnType<Page['locator']>): Promise<void> {
    this.actions += 1;
    await locator.click();
  }
  /** A key as the Hebrew layout sends it: the letter it types differs, its physical code does not. */
  async pressHebrew(code: string, key: string): Promise<void> {
    this.actions += 1;
    await this.page.evaluate(
      ([c, k]) => {
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(new KeyboardEvent('keydown', { code: c, key: k, bubbles: true, cancelable: true }));
      },
      [code, key],
    );
  }
}

const focusedParticipant = (page: Page) =>
  page.evaluate(() => Number(document.activeElement?.getAttribute('data-participant') ?? 0));
const statuses = (page: Page) =>
  page.getByTestId('roster-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));

async function allSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="marked-count"][data-save="saved"]').waitFor(SLOW);
}

describe('attendance in Chromium, in Hebrew', () => {
  let s: Seeded;
  let app: AppFixture;

  beforeAll(async () => {
    s = await seed();
    await s.staff.actAs('fay');
    app = await openApp({ browserMode: { app: s.t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it("shows the facilitator their sessions only: no participants' records, no search", async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'ניווט ראשי' });
    await nav.getByRole('link', { name: 'מפגשים' }).waitFor(SLOW);
    expect(await nav.getByRole('link').allTextContents()).toEqual(['דף הבית', 'מפגשים']);
    expect(await page.getByTestId('quick-search-button').count()).toBe(0);
  });

  it('marks a 20-person session with three exceptions from the keyboard within 25 counted actions', async () => {
    const { page } = app;
    const count = new Counter(page);
    await count.click(page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('link', { name: 'מפגשים' }));
    await page.getByTestId('sessions-table').waitFor(SLOW);
    // Today's sessions come first.
    expect(await page.getByTestId('session-row').first().getAttribute('data-today')).toBe('true');
    await shot(page, 'attendance-sessions-he');
    await count.click(page.getByTestId('session-link').filter({ hasText: 'מחזור סתיו' }).first());
    await page.getByTestId('roster-row').nth(19).waitFor(SLOW);
    expect(await page.getByTestId('roster-row').count()).toBe(20);
    // Every row starts unmarked, and the first row has the keyboard.
    expect(new Set(await statuses(page))).toEqual(new Set(['']));
    await expect.poll(() => focusedParticipant(page)).toBe(s.roster[0]);

    // Row 4 came late (marked with the Hebrew layout on: L types ך), row 9 is absent, row 15 excused.
    await count.press('ArrowDown', 3);
    await count.pressHebrew('KeyL', 'ך');
    await count.press('ArrowDown', 4);
    await count.press('KeyA');
    await count.press('ArrowDown', 5);
    await count.press('KeyE');
    await expect.poll(() => focusedParticipant(page)).toBe(s.roster[15]);
    await count.click(page.getByTestId('mark-rest-present'));
    await allSaved(page);
    const want = Array.from({ length: 20 }, (_, i) =>
      i === 3 ? 'LATE' : i === 8 ? 'ABSENT' : i === 14 ? 'EXCUSED' : 'PRESENT',
    );
    await expect.poll(() => statuses(page)).toEqual(want);
    expect(count.actions).toBeLessThanOrEqual(25);
    // 2 clicks to open the session, 3 + 1 + 4 + 1 + 5 + 1 keys, 1 click for the rest: 18.
    expect(count.actions).toBe(18);

    // Saved on the server, not only on screen.
    const stored = await s.t.must('attendance.session', { sessionId: s.courseSessionId });
    expect(stored.roster.map((r) => r.status)).toEqual(want);
    expect(await page.getByTestId('attendance-live').textContent()).toContain('17');
    await shot(page, 'attendance-marked-he');
  });

  it('undoes "everyone else present" with Ctrl+Z and a single mark with Backspace', async () => {
    const { page } = app;
    await page.getByTestId('roster-row').nth(0).focus();
    await page.keyboard.press('Control+KeyZ');
    await allSaved(page);
    await expect.poll(async () => (await statuses(page)).filter((x) => x === '').length).toBe(17);
    await page.keyboard.press('Backspace');
    await allSaved(page);
    await expect.poll(async () => (await statuses(page))[14]).toBe('');
    expect(await page.getByTestId('attendance-live').textContent()).toContain('בוטל');
    await page.getByTestId('mark-rest-present').click();
    await allSaved(page);
    await expect.poll(async () => (await statuses(page)).filter((x) => x === 'PRESENT').length).toBe(18);
  });

  it('writes an update to the coach about one participant', async () => {
    const { page } = app;
    await page.getByTestId('note-person').click();
    await page.getByRole('option', { name: `${LAST[3]} ${FIRST[3]}` }).click();
    await page.getByTestId('note-text').fill('הגיעה באיחור אך השתתפה יפה בסימולציית הראיון.');
    await page.getByTestId('note-send').click();
    await page.getByTestId('notes-sent').getByText('סימולציית הראיון').waitFor(SLOW);
    await shot(page, 'attendance-note-he');
  });

  it('adds job-club walk-ins: someone known by quick search, and someone new as an inquiry', async () => {
    const { page } = app;
    await go(page, `/sessions/${s.clubSessionId}`);
    await page.getByTestId('roster-empty').waitFor(SLOW);
    await page.getByTestId('walk-in-search').click();
    const input = page.getByTestId('quick-search-input');
    await input.waitFor();
    await input.pressSequentially('שטרנב');
    const hit = page.getByTestId('quick-search-hit').filter({ hasText: 'שמעון' });
    await hit.waitFor(SLOW);
    await expect.poll(() => hit.getAttribute('data-selected')).toBe('true');
    await input.press('Enter');
    await page
      .locator(`[data-testid="roster-row"][data-participant="${s.regular}"][data-status="PRESENT"]`)
      .waitFor(SLOW);

    const form = page.getByTestId('walk-in-form');
    await form.getByLabel(/שם פרטי/).fill('נחמה');
    await form.getByLabel(/שם משפחה/).fill('אוחיון');
    await form.getByLabel('טלפון').fill('054-555-7788');
    await page.getByTestId('walk-in-create').click();
    await page.getByTestId('roster-row').filter({ hasText: 'אוחיון' }).waitFor(SLOW);
    const rows = await page.getByTestId('roster-row').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('אוחיון');
    expect(await statuses(page)).toEqual(['PRESENT', 'PRESENT']);
    await shot(page, 'attendance-walk-ins-he');
  });

  it("shows the coach the update and the attendance on the participant's page", async () => {
    await s.staff.actAs('avi');
    const { page } = app;
    const id = s.roster[3] as number;
    await page.goto(`${app.baseUrl}/#/participants/${id}`, { waitUntil: 'load' });
    await followLocalSession(page, s.t.runtime);
    const section = page.getByTestId('participant-workshops');
    await section.getByTestId('facilitator-note').first().waitFor(SLOW);
    expect(await section.getByTestId('facilitator-note').first().textContent()).toContain('סימולציית הראיון');
    // Three sessions held (the one two weeks ago, last week's, today's), present only today.
    const row = section.getByTestId('participant-workshop');
    expect(await row.textContent()).toContain('1 מתוך 4 מפגשים');
    expect(await row.getByTestId('workshop-rate').textContent()).toBe('33%');
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'attendance-participant-he');
  });

  it('reads the same pages in English', async () => {
    const { page } = app;
    await page.getByRole('radiogroup', { name: 'שפת הממשק' }).getByText('English').click();
    await page.getByTestId('participant-workshops').getByText('Updates from facilitators').waitFor(SLOW);
    await shot(page, 'attendance-participant-en');
    await s.staff.actAs('fay');
    await s.t.must('auth.setLanguage', { language: 'en' });
    await page.goto(`${app.baseUrl}/#/sessions/${s.courseSessionId}`, { waitUntil: 'load' });
    await followLocalSession(page, s.t.runtime);
    await page.getByText('Everyone else present (0)').waitFor(SLOW);
    await shot(page, 'attendance-marked-en');
    await go(page, `/sessions/${s.clubSessionId}`);
    await page.getByTestId('walk-ins').getByText('Walk-ins').waitFor(SLOW);
    await shot(page, 'attendance-walk-ins-en');
  });
});
