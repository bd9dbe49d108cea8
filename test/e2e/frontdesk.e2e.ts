import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDisplayDate, todayIso } from '../../electron/domain/dates';
import { createTestCentre, FakeClock, withStaff, type TestApp } from '../fixtures/centre';
import { followLocalSession, openApp, type AppFixture } from './harness';
import { go, label, screenshot as shot, SLOW } from './page-steps';

/** The browser and the server must agree on "today" for conferences and reminder calls. */
class WallClock extends FakeClock {
  override now = (): Date => new Date();
}

async function pickOption(page: Page, input: ReturnType<Page['getByTestId']>, option: string | RegExp): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: option }).first().click();
}

const tomorrow = addDays(todayIso(), 1);
const MOSHE = { first: 'משה', last: 'אברהמי', phone: '0527654321', shown: '052-765-4321' };

describe('the front desk in Chromium: inquiry, routing call, conference, decision queue and calls', () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof withStaff<{ nurit: 'navigator' }>>>;
  let app: AppFixture;
  let mosheId = 0;

  beforeAll(async () => {
    t = await createTestCentre(new WallClock());
    staff = await withStaff(t, { nurit: 'navigator' } as const);
    await t.must('services.save', {
      name: 'לשכת הרווחה העירונית',
      offers: 'ליווי סוציאלי וסיוע בזכויות',
      phone: '03-724-1111',
      address: 'שדרות בן גוריון 2, תל אביב',
    });
    await staff.actAs('nurit');
    // The session lives in the server's app state, so the browser opens signed in as the navigator.
    app = await openApp({ browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the navigator their front-desk pages and none of the coordinator’s', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'ניווט ראשי' });
    await nav.getByRole('link', { name: 'פנייה חדשה' }).waitFor(SLOW);
    expect(await nav.getByRole('link', { name: 'שיחות לביצוע' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'כנסי חשיפה' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'תור החלטות' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'שירותים להפניה' }).count()).toBe(0);
  });

  it('plans a conference for tomorrow, typing the date as dd/mm/yyyy', async () => {
    const { page } = app;
    await go(page, '#/conferences');
    await page.getByTestId('new-conference').click();
    const form = page.getByTestId('conference-form');
    await form.getByTestId('conference-date').fill(formatDisplayDate(tomorrow));
    // The calendar opened by typing starts its weeks on Sunday.
    expect(await page.locator('.mantine-DateInput-weekday').first().textContent()).toBe('א׳');
    await shot(page, 'frontdesk-conference-form-he');
    await form.getByTestId('conference-time').fill('930');
    await form.getByTestId('conference-location').fill('אולם הכנסים, קומה 2');
    await form.getByTestId('conference-capacity').fill('30');
    await form.getByTestId('conference-capacity').press('Enter');
    await page.getByTestId('conference-title').waitFor();
    expect(await page.getByText('בשעה 09:30 · אולם הכנסים, קומה 2').count()).toBe(1);
    expect(await page.getByTestId('stat-capacity').textContent()).toBe('30');
  });

  it('records an inquiry from the keyboard and goes straight to its routing call', async () => {
    const { page } = app;
    await go(page, '#/inquiries/new');
    const form = page.getByTestId('inquiry-form');
    await form.getByLabel(label('שם פרטי')).fill(MOSHE.first);
    await form.getByLabel(label('שם משפחה')).fill(MOSHE.last);
    await form.getByLabel('טלפון').fill('52-765');
    await form.getByLabel('יישוב').fill('תל אביב');
    await pickOption(page, form.getByTestId('recruitment-source'), 'שירות התעסוקה');
    await form.getByTestId('inquiry-birth-date').fill('14/03/1966');
    await form.getByLabel('איך שמע/ה על התכנית').fill('מודעה בלשכה');
    await form.getByLabel(label('שם משפחה')).press('Enter');
    // A malformed phone is caught before anything is sent, and nothing typed is lost.
    await page.getByText('מספר טלפון ישראלי, למשל 052-123-4567 או 03-123-4567.').waitFor();
    expect(await form.getByLabel(label('שם פרטי')).inputValue()).toBe(MOSHE.first);
    await form.getByLabel('טלפון').fill(MOSHE.phone);
    await shot(page, 'frontdesk-inquiry-he');
    await form.getByLabel(label('שם משפחה')).press('Enter');

    await page.getByRole('heading', { level: 1, name: `שיחת ניתוב: ${MOSHE.first} ${MOSHE.last}` }).waitFor();
    mosheId = Number(/#\/screening\/(\d+)$/.exec(page.url())?.[1]);
    expect(mosheId).toBeGreaterThan(0);
    expect(await page.getByTestId('screening-phone').textContent()).toBe(MOSHE.shown);
    expect(await page.getByTestId('screening-phone').getAttribute('href')).toBe(`tel:${MOSHE.phone}`);
  });

  it('screens the caller eligible with a live outcome, then invites them to the conference', async () => {
    const { page } = app;
    const outcome = page.getByTestId('preview-outcome');
    // Only the birth date is known so far: the other criteria are unknown, so borderline.
    await expect.poll(() => outcome.getAttribute('data-outcome'), SLOW).toBe('borderline');
    expect(await page.locator('[data-criterion="age"]').getAttribute('data-result')).toBe('met');

    await page.getByTestId('question-out-of-work').getByText('מספר חודשים').click();
    await page.getByTestId('answer-out-of-work-months').fill('8');
    await page.getByTestId('answer-livesInArea').getByText('כן').click();
    await page.getByTestId('answer-willingToCome').getByText('כן').click();
    await page.getByTestId('answer-job-scope').getByText('משרה מלאה').click();
    await page.getByTestId('answer-experience').fill('3');
    await page.getByTestId('answer-declaresCapacity').getByText('כן').click();
    // Three years against the five required is not near enough: not eligible, and a referral is asked for.
    await expect.poll(() => outcome.getAttribute('data-outcome')).toBe('not_eligible');
    expect(await page.locator('[data-criterion="experience"]').getAttribute('data-result')).toBe('not_met');
    await pickOption(page, page.getByTestId('referral-service'), 'לשכת הרווחה העירונית');
    expect(await page.getByTestId('referral-service-phone').textContent()).toBe('03-724-1111');
    await page.getByText('שדרות בן גוריון 2, תל אביב').waitFor();
    await shot(page, 'frontdesk-screening-not-eligible-he');

    await page.getByTestId('answer-experience').fill('25');
    await expect.poll(() => outcome.getAttribute('data-outcome')).toBe('eligible');
    expect(await page.getByTestId('referral-service').count()).toBe(0);
    await shot(page, 'frontdesk-screening-he');
    await page.getByTestId('answer-experience').press('Control+Enter');

    const result = page.getByTestId('screening-result');
    await result.waitFor();
    expect(await result.getAttribute('data-outcome')).toBe('eligible');
    await pickOption(page, result.getByTestId('invite-conference'), new RegExp(formatDisplayDate(tomorrow)));
    await result.getByRole('button', { name: 'הזמנה לכנס' }).click();
    await result.getByTestId('invited-confirmation').waitFor();
    expect((await t.must('participants.get', { id: mosheId })).status).toBe('invited');
  });

  it('offers the existing record when the same caller phones again, keeping what was typed', async () => {
    const { page } = app;
    await go(page, '#/inquiries/new');
    const form = page.getByTestId('inquiry-form');
    await form.getByLabel(label('שם פרטי')).fill('מושה');
    await form.getByLabel(label('שם משפחה')).fill(MOSHE.last);
    await form.getByLabel('טלפון').fill(MOSHE.shown);
    await form.getByLabel(label('שם משפחה')).press('Enter');

    const modal = page.getByTestId('duplicates-modal');
    await modal.waitFor();
    const candidate = modal.getByTestId('duplicate-candidate');
    expect(await candidate.count()).toBe(1);
    expect(await candidate.textContent()).toContain(`${MOSHE.first} ${MOSHE.last}`);
    expect(await candidate.textContent()).toContain('אותו טלפון ושם דומה');
    expect(await candidate.textContent()).toContain('הוזמן/ה לכנס');
    expect(await modal.getByRole('button', { name: 'זה אדם אחר – ליצור בכל זאת' }).count()).toBe(1);
    await shot(page, 'frontdesk-duplicates-he');

    await modal.getByRole('button', { name: 'חזרה לטופס' }).click();
    await modal.waitFor({ state: 'detached' });
    expect(await form.getByLabel(label('שם פרטי')).inputValue()).toBe('מושה');
    await form.getByLabel(label('שם משפחה')).press('Enter');
    await modal.getByRole('button', { name: 'פתיחת הרשומה הקיימת' }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/participants/${mosheId}$`));
    expect((await t.must('participants.list', { scope: 'all' })).total).toBe(1);
  });

  it('lists the reminder call due for tomorrow’s conference with a dialable phone, and records the answer', async () => {
    const { page } = app;
    await go(page, '#/calls');
    const row = page.getByTestId('call-row');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain(`${MOSHE.first} ${MOSHE.last}`);
    expect(await row.getByTestId('call-phone').textContent()).toBe(MOSHE.shown);
    expect(await row.getByTestId('call-phone').getAttribute('href')).toBe(`tel:${MOSHE.phone}`);
    expect(await page.getByTestId('calls-group').getByRole('heading').textContent()).toContain(
      `${formatDisplayDate(tomorrow)} · 09:30 · אולם הכנסים, קומה 2`,
    );
    await shot(page, 'frontdesk-calls-he');
    await row.getByRole('button', { name: 'אישר/ה הגעה' }).click();
    await page.getByTestId('calls-empty').waitFor();
  });

  it('lets the coordinator decide a borderline case with a reason, and invite them at once', async () => {
    const created = await t.must('inquiries.create', { firstName: 'רחל', lastName: 'גבאי', phone: '054-222-3344' });
    if (created.kind !== 'created') throw new Error('expected a new inquiry');
    const borderline = await t.must('screening.record', {
      participantId: created.id,
      answers: {
        age: 44,
        outOfWorkMonths: 6,
        livesInArea: true,
        willingToCome: true,
        soughtJobScope: 'half',
        yearsExperience: 20,
        declaresCapacity: true,
      },
    });
    expect(borderline.outcome).toBe('borderline');
    await staff.actAs('admin');

    const { page } = app;
    await followLocalSession(page, t.runtime);
    const nav = page.getByRole('navigation', { name: 'ניווט ראשי' });
    await nav.getByRole('link', { name: 'תור החלטות' }).click(SLOW);
    const card = page.getByTestId('decision-card');
    await card.waitFor();
    expect(await page.getByTestId('queue-count').textContent()).toBe('ממתינים: 1');
    expect(await card.locator('[data-criterion="age"]').getAttribute('data-result')).toBe('near');
    await card.getByRole('button', { name: 'שמירת ההחלטה' }).click();
    await card.getByText('יש לבחור אישור או דחייה.').waitFor();
    await card.getByText('יש לכתוב נימוק (לפחות 3 תווים).').waitFor();
    await card.getByLabel('אישור חריגה – להזמין לכנס').check();
    await card.getByLabel(label('נימוק')).fill('שנה מתחת לגיל הסף, 20 שנות ניסיון ומוטיבציה גבוהה');
    await shot(page, 'frontdesk-decisions-he');
    await card.getByRole('button', { name: 'שמירת ההחלטה' }).click();

    const decided = page.getByTestId('decided-card');
    await decided.waitFor();
    await page.getByTestId('queue-empty').waitFor();
    await pickOption(page, decided.getByTestId('invite-conference'), new RegExp(formatDisplayDate(tomorrow)));
    await decided.getByRole('button', { name: 'הזמנה לכנס' }).click();
    await decided.getByTestId('invited-confirmation').waitFor();
    expect((await t.must('participants.get', { id: created.id })).screening).toMatchObject({
      decision: 'approved',
      decisionReason: 'שנה מתחת לגיל הסף, 20 שנות ניסיון ומוטיבציה גבוהה',
    });
  });

  it('shows the conference with its invite list, and records attendance', async () => {
    const { page } = app;
    await go(page, '#/conferences');
    await page.getByTestId('conference-row').getByRole('link').click();
    const rows = page.getByTestId('invite-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.getByTestId('stat-invited').textContent()).toBe('2');
    expect(await page.getByTestId('stat-confirmed').textContent()).toBe('1');
    const moshe = rows.filter({ hasText: MOSHE.last });
    expect(await moshe.getAttribute('data-status')).toBe('confirmed');
    await pickOption(page, moshe.getByTestId('invite-status'), /^הגיע\/ה$/);
    await expect.poll(() => page.getByTestId('stat-attended').textContent()).toBe('1');

    // Someone screened eligible on another call is offered for the conference; the invited are not.
    const created = await t.must('inquiries.create', { firstName: 'יוסף', lastName: 'דהן', phone: '058-111-2233' });
    if (created.kind !== 'created') throw new Error('expected a new inquiry');
    await t.must('screening.record', {
      participantId: created.id,
      answers: {
        age: 61,
        outOfWorkMonths: 3,
        livesInArea: true,
        willingToCome: true,
        soughtJobScope: 'full',
        yearsExperience: 30,
        declaresCapacity: true,
      },
    });
    await page.getByTestId('invite-people-open').click();
    const picker = page.getByTestId('invite-people');
    await picker.getByTestId(`invite-pick-${created.id}`).waitFor();
    expect(await picker.getByRole('checkbox', { name: `${MOSHE.first} ${MOSHE.last}` }).count()).toBe(0);
    await picker.getByTestId(`invite-pick-${created.id}`).check();
    await shot(page, 'frontdesk-invite-people-he');
    await picker.getByRole('button', { name: 'הזמנת המסומנים (1)' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await shot(page, 'frontdesk-conference-he');
  });

  it('lets the coordinator keep the service directory, the criteria and the required forms', async () => {
    const { page } = app;
    await go(page, '#/services');
    await page.getByRole('button', { name: 'שירות חדש' }).click();
    const form = page.getByTestId('service-form');
    await form.getByLabel(label('שם השירות')).fill('מרכז לבריאות הנפש');
    await form.getByLabel(label('מה מציע')).fill('אבחון, טיפול וליווי');
    await form.getByLabel('טלפון').fill('03 555 1234');
    await form.getByLabel(label('שם השירות')).press('Enter');
    await form.waitFor({ state: 'detached' });
    const row = page.getByTestId('services-table').getByRole('row', { name: /מרכז לבריאות הנפש/ });
    expect(await row.textContent()).toContain('03-555-1234');
    await row.getByRole('button', { name: /^עריכה/ }).click();
    await form.getByRole('switch', { name: 'פעיל' }).press('Space');
    await form.getByRole('button', { name: 'שמירה' }).click();
    await expect.poll(() => row.textContent()).toContain('לא פעיל');
    await shot(page, 'frontdesk-services-he');
    expect((await t.must('services.list', { includeInactive: false })).map((s) => s.name)).toEqual([
      'לשכת הרווחה העירונית',
    ]);

    await go(page, '#/eligibility');
    const criteria = page.getByTestId('criteria-form');
    await criteria.getByRole('radiogroup', { name: 'ניסיון תעסוקתי' }).getByText('10 שנים').click();
    await criteria.getByRole('button', { name: 'שמירת התנאים' }).click();
    await page.getByText('תנאי הזכאות נשמרו.').waitFor();
    expect((await t.must('eligibility.getCriteria', {})).minYearsExperience).toBe(10);

    const forms = page.getByTestId('required-forms');
    await forms.getByRole('button', { name: 'הוספת טופס' }).click();
    await forms.getByLabel('מפתח (אותיות לועזיות קטנות, ספרות, _)').last().fill('medical');
    await forms.getByLabel('שם בעברית').last().fill('אישור רפואי');
    await forms.getByLabel('שם באנגלית').last().fill('Medical certificate');
    await forms.getByRole('button', { name: 'שמירת רשימת הטפסים' }).click();
    await page.getByText('רשימת הטפסים נשמרה.').waitFor();
    await shot(page, 'frontdesk-eligibility-he');
    expect((await t.must('intake.getRequiredForms', {})).map((f) => f.key)).toEqual([
      'registration',
      'data_consent',
      'commitment',
      'medical',
    ]);
  });

  it('reads the same screens in English, left to right', async () => {
    const { page } = app;
    await page.getByRole('radiogroup', { name: 'שפת הממשק' }).getByText('English').click();
    const created = await t.must('inquiries.create', { firstName: 'Anna', lastName: 'Kogan', phone: '050-333-4455' });
    if (created.kind !== 'created') throw new Error('expected a new inquiry');
    await go(page, `#/screening/${created.id}`);
    await page.getByRole('heading', { level: 1, name: 'Routing call: Anna Kogan' }).waitFor();
    await page.getByTestId('question-age').getByText('Age in years').click();
    await page.getByTestId('answer-age').fill('30');
    await expect.poll(() => page.getByTestId('preview-outcome').getAttribute('data-outcome')).toBe('not_eligible');
    await page.getByText('Age 30: below the minimum age (45).').waitFor();
    await pickOption(page, page.getByTestId('referral-service'), 'לשכת הרווחה העירונית');
    await shot(page, 'frontdesk-screening-en');
    await page.getByTestId('save-screening').click();
    await page.getByTestId('screening-result').waitFor();
    expect(await page.getByTestId('screening-result').getAttribute('data-outcome')).toBe('not_eligible');
    expect((await t.must('participants.get', { id: created.id })).screening.referralService?.phone).toBe('037241111');
  });

  it('sent nothing outside the app, logged no console errors and broke no CSP rule', async () => {
    expect(app.requests.length).toBeGreaterThan(0);
    expect(app.requests.filter((url) => new URL(url).origin !== app.baseUrl)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });
});
