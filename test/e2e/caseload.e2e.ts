import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOn, formatDisplayDate, todayIso } from '../../electron/domain/dates';
import { STAFF_PASSWORD } from '../fixtures/centre';
import { PEOPLE, seedCentre, type PersonKey, type SeededCentre } from './caseload-seed';
import type { StoreRuntime } from '../../electron/services/store/runtime';
import { followLocalSession, openApp, type AppFixture } from './harness';
import { go, label, screenshot as shot, SLOW } from './page-steps';

/** After the test switched user: the page's client follows, and the app reads the new session. */
async function reopen(app: AppFixture, hash: string, runtime: StoreRuntime): Promise<void> {
  await app.page.goto(`${app.baseUrl}/#${hash}`, { waitUntil: 'load' });
  await followLocalSession(app.page, runtime);
}

async function pick(page: Page, input: Locator, option: string): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types a date the Israeli way and leaves the field with Tab, as a keyboard user would. */
async function typeDate(input: Locator, iso: string): Promise<void> {
  await input.fill(formatDisplayDate(iso));
  await input.press('Tab');
}

const rowIds = (page: Page) =>
  page
    .locator('tr[data-row]')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-testid')?.replace('caseload-row-', ''))));

const headers = (page: Page) => page.locator('[data-testid="caseload-table"] thead th').allTextContents();

/** Text without the bidi isolates that keep names in place inside sentences. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');

const fullName = (key: PersonKey) => `${PEOPLE[key].first} ${PEOPLE[key].last}`;

describe('the caseload screens in Chromium', () => {
  let seeded: SeededCentre;
  let app: AppFixture;
  let ids: SeededCentre['ids'];

  beforeAll(async () => {
    seeded = await seedCentre();
    ids = seeded.ids;
    await seeded.staff.actAs('avi');
    // The session lives in the server's app state, so the browser opens signed in as the coach.
    app = await openApp({ browserMode: { app: seeded.t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it("greets the coach with their day's counts, each leading to its list", async () => {
    const { page } = app;
    await page.getByTestId('today-panel').waitFor(SLOW);
    await page.getByTestId('today-myOpen-count').waitFor(SLOW);
    // Cohen waits for the intake; Levi, Mizrahi and Peretz are active; Levi is out of contact for 200 days.
    expect(await page.getByTestId('today-myOpen-count').textContent()).toBe('4');
    expect(await page.getByTestId('today-myStale-count').textContent()).toBe('1');
    expect(await page.getByTestId('today-decisions').count()).toBe(0);
    await shot(page, 'home-coach-he');
    await page.getByTestId('today-myStale').getByRole('link').click();
    await page.getByTestId('caseload-table').waitFor(SLOW);
    expect(await rowIds(page)).toEqual([ids.levi]);
  });

  it("lists the coach's own caseload and flags a participant out of contact for over 90 days", async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('link', { name: 'התיק שלי' }).click(SLOW);
    await page.getByRole('heading', { level: 1, name: 'התיק שלי' }).waitFor(SLOW);
    await page.getByTestId('caseload-table').waitFor(SLOW);
    expect((await rowIds(page)).sort()).toEqual([ids.cohen, ids.levi, ids.mizrahi, ids.peretz].sort());
    expect(await page.getByTestId('caseload-count').textContent()).toBe('4 משתתפים');

    const stale = page.getByTestId(`caseload-row-${ids.levi}`);
    expect(await stale.getAttribute('data-flagged')).not.toBeNull();
    expect(await stale.getByTestId('no-contact-flag').textContent()).toBe('אין קשר 200 ימים');
    // The flag is an icon and words, not a colour only.
    expect(await stale.getByTestId('no-contact-flag').locator('svg').count()).toBe(1);
    expect(await page.getByTestId(`caseload-row-${ids.peretz}`).getAttribute('data-flagged')).toBeNull();
    await shot(page, 'caseload-mine-he');
  });

  it('finds a participant with Ctrl+K by a name fragment typed with niqqud and opens the record', async () => {
    const { page } = app;
    await page.keyboard.press('Control+KeyK');
    const input = page.getByTestId('quick-search-input');
    await input.waitFor();
    await input.pressSequentially('כֹּהֵ');
    const hit = page.getByTestId('quick-search-hit').filter({ hasText: fullName('cohen') });
    await hit.waitFor(SLOW);
    expect(await hit.textContent()).toContain('···0026');
    await shot(page, 'quick-search-he');
    await expect.poll(() => hit.getAttribute('data-selected')).toBe('true');
    await input.press('Enter');
    await page
      .getByTestId('participant-name')
      .filter({ hasText: fullName('cohen') })
      .waitFor(SLOW);
    expect(page.url()).toContain(`#/participants/${ids.cohen}`);
  });

  it('completes the intake of a participant booked with the coach, from the keyboard and the calendar fields', async () => {
    const { page } = app;
    const today = todayIso();
    await page.getByTestId('tab-status').click();
    const form = page.getByTestId('complete-intake-form');
    await form.waitFor();
    // Nothing chosen yet: the status machine's reasons appear beside the fields.
    await page.getByTestId('complete-intake-submit').click();
    await form.getByText('יש לבחור מסלול.').waitFor();
    expect(await form.getByText('טופס חובה שטרם התקבל.').count()).toBe(3);
    await pick(page, page.getByTestId('intake-track'), 'שכיר/ה');
    await pick(page, page.getByTestId('intake-light'), 'צהוב');
    await typeDate(page.getByTestId('intake-commitment'), today);
    for (const key of ['registration', 'data_consent', 'commitment'])
      await page.getByTestId(`intake-form-${key}`).check();
    await typeDate(page.getByTestId('intake-consent-date'), today);
    await shot(page, 'participant-intake-he');
    await page.getByTestId('complete-intake-submit').click();
    await page.getByText('האינטייק הושלם; המשתתף/ת פעיל/ה בתכנית.').waitFor(SLOW);
    await page.locator('[data-status="active"]').first().waitFor();
    expect(await page.getByTestId('unavailable-completeIntake').textContent()).toBe(
      'האינטייק הושלם והמשתתף/ת פעיל/ה בתכנית.',
    );
    await page.getByTestId('tab-timeline').click();
    const status = page.getByTestId('timeline').getByText('שינוי סטטוס: לקראת אינטייק ← פעיל/ה', { exact: false });
    await status.waitFor(SLOW);
    const stamp = await page.getByTestId('timeline').locator('.kesher-ltr').first().textContent();
    expect(stamp).toMatch(new RegExp(`^${formatDisplayDate(today).replace(/\//g, '\\/')} \\d{2}:\\d{2}$`));
    expect(await page.getByTestId('timeline').textContent()).toContain('coach avi');
  });

  it('shows the participant page in Hebrew with header facts and a saved details form', async () => {
    const { page } = app;
    await go(page, `#/participants/${ids.levi}`);
    await page
      .getByTestId('participant-name')
      .filter({ hasText: fullName('levi') })
      .waitFor(SLOW);
    const facts = await page.getByTestId('participant-facts').textContent();
    expect(facts).toContain(`גיל${ageOn(PEOPLE.levi.birthDate, todayIso())}`);
    expect(facts).toContain('coach avi');
    expect(facts).toContain('אדום');
    expect(await page.getByTestId('field-phone').inputValue()).toBe('052-111-0002');
    // A wrong phone is refused by the server; the reason shows at the field and the typing stays.
    await page.getByTestId('field-phone').fill('12345');
    await page.getByTestId('details-save').click();
    await page.getByText('מספר הטלפון אינו תקין', { exact: false }).waitFor(SLOW);
    expect(await page.getByTestId('field-phone').inputValue()).toBe('12345');
    expect(await page.getByTestId('field-phone').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('field-phone').fill('054-999-8877');
    await page.getByTestId('details-save').click();
    await page.getByText('הפרטים נשמרו.').waitFor(SLOW);
    await shot(page, 'participant-details-he');
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('barrier-row').first().waitFor();
    await shot(page, 'participant-plan-he');
  });

  it('records a disclosure consent only for a named organisation, and withdraws it', async () => {
    const { page } = app;
    // Consents are a section of the Details tab.
    await page.getByTestId('tab-details').click();
    await page.getByTestId('tab-consents').click();
    const form = page.getByTestId('add-consent-form');
    await form.waitFor();
    await page.getByTestId('add-consent-submit').click();
    await form.getByText('יש לציין לאיזה גורם מותר למסור את המידע.').waitFor();
    await form.getByLabel(label('גורם')).fill('לשכת הרווחה העירונית');
    await form.getByLabel(label('היקף')).fill('מצב תעסוקתי ותכנית העבודה');
    await page.getByTestId('add-consent-submit').click();
    await page.getByText('ההסכמה נרשמה.').waitFor(SLOW);
    const table = page.getByTestId('consents-table');
    await table.getByText('לשכת הרווחה העירונית').waitFor(SLOW);
    await shot(page, 'participant-consents-he');
    await table.getByRole('button', { name: /^ביטול ההסכמה: מסירת מידע לגורם אחר/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'ביטול ההסכמה' }).click();
    await page.getByText('ההסכמה בוטלה.').waitFor(SLOW);
    await table.getByText('בוטלה', { exact: true }).waitFor(SLOW);
    await page.getByTestId('tab-timeline').click();
    await page.getByTestId('timeline').waitFor(SLOW);
    await shot(page, 'participant-timeline-he');
    await page.getByTestId('tab-details').click();
    await page.getByTestId('tab-screening').click();
    await page.getByTestId('screening-outcome').waitFor();
    expect(await page.getByTestId('screening-outcome').textContent()).toBe('עומד/ת בתנאים');
  });

  it('filters and sorts everyone, with the filters kept in the address across a reload', async () => {
    const { page } = app;
    await go(page, '#/participants');
    await page.getByRole('heading', { level: 1, name: 'כל המשתתפים' }).waitFor(SLOW);
    await page.getByTestId('caseload-table').waitFor(SLOW);
    await page.getByTestId('filter-status').click();
    await page.getByRole('option', { name: 'פעיל/ה', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => rowIds(page).then((r) => r.length)).toBe(6);
    expect(page.url()).toContain('status=active');

    await page.getByTestId('sort-age').click();
    await expect.poll(() => page.locator('th[aria-sort="ascending"]').textContent()).toContain('גיל');
    const byAge = (Object.keys(PEOPLE) as PersonKey[])
      .filter((key) => key !== 'gabay')
      .sort((a, b) => PEOPLE[a].birthDate.localeCompare(PEOPLE[b].birthDate))
      .reverse()
      .map((key) => ids[key]);
    await expect.poll(() => rowIds(page)).toEqual(byAge);
    await page.getByTestId('sort-age').click();
    await expect.poll(() => rowIds(page)).toEqual([...byAge].reverse());
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('גיל');

    await page.getByTestId('filter-no-contact').click();
    // Oldest first, still: Ohayon (born 1962) before Levi (born 1970).
    await expect.poll(() => rowIds(page)).toEqual([ids.ohayon, ids.levi]);
    expect(page.url()).toContain('stale=1');
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('caseload-table').waitFor(SLOW);
    expect(await rowIds(page)).toEqual([ids.ohayon, ids.levi]);
    expect(await page.getByTestId('filter-no-contact').isChecked()).toBe(true);
  });

  it('works from the keyboard: "/" reaches the filters, arrows move between rows, Enter opens', async () => {
    const { page } = app;
    await go(page, '#/participants?sort=lastName');
    await page.getByTestId('caseload-table').waitFor(SLOW);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="search"]') !== null)).toBe(true);
    const first = page.locator('tr[data-row]').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const ordered = await rowIds(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      `caseload-row-${ordered[1]}`,
    );
    // One tab stop for the whole table: the focused row holds it.
    expect(await page.locator('tr[data-row][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByTestId('participant-name').waitFor(SLOW);
    expect(page.url()).toContain(`#/participants/${ordered[1]}`);
  });

  it('keeps the column choice with the user across a reload', async () => {
    const { page } = app;
    await go(page, '#/participants');
    await page.getByTestId('caseload-table').waitFor(SLOW);
    expect(await headers(page)).toContain('מסלול');
    await page.getByTestId('columns-menu').click();
    const panel = page.getByTestId('columns-panel');
    await panel.getByRole('checkbox', { name: 'מסלול' }).uncheck();
    // Let the first choice settle (it is saved to the server and re-renders the panel) before the keyboard one.
    await expect.poll(() => headers(page)).not.toContain('מסלול');
    await panel.getByRole('checkbox', { name: 'יישוב' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => panel.getByRole('checkbox', { name: 'יישוב' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('columns-menu');
    await expect.poll(() => headers(page)).toContain('יישוב');
    expect(await headers(page)).not.toContain('מסלול');
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('caseload-table').waitFor(SLOW);
    await expect.poll(() => headers(page)).toContain('יישוב');
    expect(await headers(page)).not.toContain('מסלול');
    await shot(page, 'caseload-all-he');
  });

  it('shows the list in English, left to right', async () => {
    const { page } = app;
    await page.getByRole('radiogroup', { name: 'שפת הממשק' }).getByText('English').click();
    await page.getByRole('heading', { level: 1, name: 'All participants' }).waitFor(SLOW);
    expect(await page.getByTestId('caseload-count').textContent()).toBe('7 participants');
    await shot(page, 'caseload-all-en');
    await go(page, `#/participants/${ids.levi}`);
    await page.getByTestId('participant-name').waitFor(SLOW);
    await page.getByRole('tab', { name: 'Details', exact: true }).waitFor();
    await shot(page, 'participant-details-en');
    await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('עברית').click();
    await page.getByRole('tab', { name: 'פרטים', exact: true }).waitFor(SLOW);
  });

  it('leaves nothing of a participant on screen or in the caches after a lock', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/?idleSeconds=900#/participants/${ids.levi}`, { waitUntil: 'load' });
    await page.getByTestId('participant-name').waitFor(SLOW);
    await page.getByTestId('tab-notes').click();
    await page.getByTestId('notes-text').waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'נעילה' }).click();
    await page.getByRole('button', { name: 'שחרור הנעילה' }).waitFor(SLOW);
    const body = await page.locator('body').textContent();
    expect(body).not.toContain(PEOPLE.levi.last);
    expect(body).not.toContain('מעדיפה פגישות בבוקר');
    expect(
      await page.evaluate(() =>
        (window as unknown as { __kesherTest?: { cachedQueries(): number } }).__kesherTest?.cachedQueries(),
      ),
    ).toBe(0);
    await page.getByLabel(label('סיסמה')).fill(STAFF_PASSWORD);
    await page.getByLabel(label('סיסמה')).press('Enter');
    await page.getByTestId('participant-name').waitFor(SLOW);
  });

  it('lets a coordinator move a coach’s open cases to another coach after a confirmation', async () => {
    const { page } = app;
    await seeded.staff.actAs('admin');
    await reopen(app, '/participants', seeded.t.runtime);
    await page.getByRole('button', { name: 'העברת תיקים' }).click(SLOW);
    await pick(page, page.getByTestId('reassign-from'), 'coach gila');
    const count = page.getByTestId('reassign-count');
    await count.filter({ hasText: 'שני תיקים פתוחים' }).waitFor(SLOW);
    expect(plain(await count.textContent())).toBe('לcoach gila שני תיקים פתוחים.');
    await pick(page, page.getByTestId('reassign-to'), 'coach avi');
    await page.getByRole('button', { name: 'המשך' }).click();
    const confirm = page.getByTestId('reassign-confirm');
    await confirm.waitFor();
    expect(plain(await confirm.locator('p').textContent())).toBe('להעביר שני תיקים פתוחים מcoach gila אל coach avi?');
    await shot(page, 'caseload-reassign-he');
    await page.getByRole('button', { name: 'העברה', exact: true }).click();
    await page.getByText('שני תיקים הועברו.').waitFor(SLOW);
    const moved = await seeded.t.must('participants.get', { id: ids.ohayon });
    expect(moved.coachName).toBe('coach avi');
  });

  it('keeps a coordinator from overwriting a change made elsewhere, then re-opens an exited case', async () => {
    const { page } = app;
    // Still the coordinator from the previous test.
    await reopen(app, `/participants/${ids.biton}`, seeded.t.runtime);
    await page.getByTestId('field-phone').waitFor(SLOW);
    await seeded.t.must('participants.update', { id: ids.biton, patch: { city: 'גבעתיים' } });
    await page.getByTestId('field-phone').fill('054-222-3344');
    await page.getByTestId('details-save').click();
    await page.getByTestId('details-problem').filter({ hasText: 'מישהו אחר שינה את הרשומה' }).waitFor(SLOW);
    expect(await page.getByTestId('field-phone').inputValue()).toBe('054-222-3344');
    expect((await seeded.t.must('participants.get', { id: ids.biton })).phone).toBe('0521110005');

    await seeded.t.must('participants.exit', {
      id: ids.biton,
      exitDate: todayIso(),
      exitReason: 'PERSONAL',
      confirmed: true,
    });
    await reopen(app, `/participants/${ids.biton}`, seeded.t.runtime);
    await page.getByTestId('tab-status').click(SLOW);
    await page.getByTestId('reopen-reason').fill('חזרה לחיפוש עבודה אחרי הפסקה');
    await page.getByTestId('reopen-submit').click();
    await page.getByText('התיק נפתח מחדש.').waitFor(SLOW);
    expect((await seeded.t.must('participants.get', { id: ids.biton })).status).toBe('active');
    await shot(page, 'participant-reopened-he');
  });

  it('does not render the barriers, consents or notes sections for a navigator', async () => {
    const { page } = app;
    await seeded.staff.actAs('nurit');
    await reopen(app, `/participants/${ids.levi}`, seeded.t.runtime);
    await page.getByTestId('participant-name').waitFor(SLOW);
    const tabs = await page.getByRole('tab').allTextContents();
    // The record's tabs (no case work for a navigator), then the Details tab's own sections.
    expect(tabs).toEqual(['פרטים', 'היסטוריה', 'פרטים אישיים', 'ניתוב', 'אינטייק וסטטוס']);
    expect(await page.locator('body').textContent()).not.toContain('מעדיפה פגישות בבוקר');
    // Contact details stay editable; the case's own fields do not.
    expect(await page.getByTestId('field-phone').getAttribute('readonly')).toBeNull();
    expect(await page.getByTestId('field-previousOccupation').getAttribute('readonly')).not.toBeNull();
    await shot(page, 'participant-navigator-he');
    await go(page, '#/participants');
    await page.getByTestId('caseload-table').waitFor(SLOW);
    await page.getByTestId('columns-menu').click();
    await page.getByTestId('columns-panel').waitFor();
    expect(await page.getByTestId('columns-panel').getByRole('checkbox', { name: 'אוכלוסייה' }).count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('gives a facilitator no quick search, neither the button nor Ctrl+K', async () => {
    const { page } = app;
    await seeded.staff.actAs('fay');
    await reopen(app, '/', seeded.t.runtime);
    await page.getByTestId('header-user').waitFor(SLOW);
    expect(await page.getByTestId('quick-search-button').count()).toBe(0);
    await page.keyboard.press('Control+KeyK');
    expect(await page.getByTestId('quick-search-input').count()).toBe(0);
    expect(
      await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('link', { name: 'כל המשתתפים' }).count(),
    ).toBe(0);
  });

  it('sends no request outside the app and logs no console error or CSP violation', async () => {
    expect(app.requests.length).toBeGreaterThan(0);
    expect(app.requests.filter((url) => new URL(url).origin !== app.baseUrl)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(await app.page.evaluate(() => localStorage.length)).toBe(0);
  });
});
