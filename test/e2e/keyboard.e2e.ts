import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../electron/domain/dates';
import { STAFF_PASSWORD } from '../fixtures/centre';
import { addInstance, enrol } from '../fixtures/workshops';
import { seedCentre, type SeededCentre } from './caseload-seed';
import { followLocalSession, openApp, type AppFixture } from './harness';
import { ddmmyyyy, expectAnnounced, expectFocusOnAnnouncedInvalid, holdsFocus, Keyboard } from './keyboard-steps';
import { go, label, SLOW } from './page-steps';

/**
 * Issue 12, item 11: every form usable with the keyboard alone, its errors announced. Each
 * test fills a main form with keys only (Tab, Shift+Tab, arrows, Home/End, Space, Enter and
 * typing), submits it once with a mistake, checks that the reason is in a live region and that
 * the keyboard landed on the field at fault, then corrects it and saves. The key counts are
 * asserted, so a form that grows a detour in its tab order fails here.
 */
describe('the main forms from the keyboard alone, errors announced, in Hebrew', () => {
  let seeded: SeededCentre;
  let app: AppFixture;
  const today = todayIso();

  beforeAll(async () => {
    seeded = await seedCentre();
    // A service to refer to, so the routing call's referral picker is there (as the coordinator).
    await seeded.t.must('services.save', { name: 'לשכת הרווחה העירונית', offers: 'ליווי סוציאלי' });
    // Nobody signed in: the browser starts at the sign-in form.
    await seeded.t.must('auth.signOut', {});
    app = await openApp({ browserMode: { app: seeded.t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
  });

  afterAll(async () => {
    await app?.close();
  });

  const as = async (name: 'avi' | 'nurit' | 'admin' | 'fay') => {
    await seeded.staff.actAs(name);
    await followLocalSession(app.page, seeded.t.runtime);
  };

  it('signs in: a wrong password is announced and the keyboard is back on the password', async () => {
    const { page } = app;
    const keys = new Keyboard(page);
    await page.getByRole('heading', { level: 1, name: 'כניסה' }).waitFor(SLOW);
    // Enter on the empty form: the reason is said and the keyboard goes to the username.
    await keys.tabTo(page.getByLabel(label('שם משתמש')));
    const tabs = keys.actions;
    expect(tabs).toBeLessThanOrEqual(2);
    await keys.press('Enter');
    const empty = await expectFocusOnAnnouncedInvalid(page);
    expect(empty.length).toBeGreaterThan(0);
    expect(await holdsFocus(page.getByLabel(label('שם משתמש')))).toBe(true);

    await keys.type('avi');
    await keys.press('Tab');
    await keys.type('not-the-password');
    await keys.press('Enter');
    await expectAnnounced(page, 'שם המשתמש או הסיסמה שגויים.');
    await expect.poll(() => holdsFocus(page.getByLabel(label('סיסמה'))), SLOW).toBe(true);

    await keys.type(STAFF_PASSWORD);
    await keys.press('Enter');
    await page.getByRole('navigation', { name: 'ניווט ראשי' }).waitFor(SLOW);
    // Enter; "avi", Tab, 16 letters, Enter; the password again and Enter.
    expect(keys.actions - tabs).toBe(1 + 3 + 1 + 16 + 1 + STAFF_PASSWORD.length + 1);
  });

  it('completes an intake: a missing track is announced on the track, then saved', async () => {
    const { page } = app;
    await go(page, `#/participants/${seeded.ids.cohen}?tab=status`);
    const form = page.getByTestId('complete-intake-form');
    await form.waitFor(SLOW);
    const keys = new Keyboard(page);
    await keys.tabTo(page.getByTestId('intake-date'));
    await keys.press('Enter');
    // The date is today by default; the track is the first thing missing.
    expect(await expectFocusOnAnnouncedInvalid(page)).toBe('יש לבחור מסלול.');
    expect(await holdsFocus(page.getByTestId('intake-track'))).toBe(true);

    await keys.choose(page.getByTestId('intake-track'), 'שכיר/ה');
    await keys.choose(page.getByTestId('intake-light'), 'צהוב');
    await keys.fillField(page.getByTestId('intake-commitment'), ddmmyyyy(today));
    for (const key of ['registration', 'data_consent', 'commitment']) {
      await keys.tabTo(page.getByTestId(`intake-form-${key}`));
      await keys.press('Space');
    }
    await keys.fillField(page.getByTestId('intake-consent-date'), ddmmyyyy(today));
    await keys.press('Enter');
    await expectAnnounced(page, 'האינטייק הושלם; המשתתף/ת פעיל/ה בתכנית.');
    await page.locator('[data-status="active"]').first().waitFor(SLOW);
    expect(keys.actions).toBeLessThanOrEqual(80);
  });

  it('records a meeting: a time in a wrong form is announced on the time, then saved', async () => {
    const { page } = app;
    await go(page, `#/participants/${seeded.ids.levi}?tab=meetings`);
    const keys = new Keyboard(page);
    await keys.tabTo(page.getByTestId('record-meeting'));
    await keys.press('Enter');
    await page.getByTestId('record-meeting-form').waitFor(SLOW);
    await keys.fillField(page.getByTestId('meeting-time'), '25:99');
    await keys.fillField(page.getByTestId('meeting-topics'), 'חיפוש עבודה');
    await keys.press('Enter');
    const reason = await expectFocusOnAnnouncedInvalid(page);
    expect(reason.length).toBeGreaterThan(0);
    expect(await holdsFocus(page.getByTestId('meeting-time'))).toBe(true);

    await keys.press('Control+A');
    await keys.type('10:00');
    await keys.tabTo(page.getByTestId('meeting-topics'));
    await keys.press('Enter');
    await page.getByTestId('record-meeting-form').waitFor({ state: 'detached', ...SLOW });
    // The browser's session is its own client's: the store itself says what was saved.
    const saved = seeded.t.runtime
      .sqlite()
      .prepare('SELECT count(*) FROM meetings WHERE participant_id = ? AND date = ? AND topics = ?')
      .pluck()
      .get(seeded.ids.levi, today, 'חיפוש עבודה');
    expect(saved).toBe(1);
    expect(keys.actions).toBeLessThanOrEqual(90);
  });

  it('writes a plan goal: a goal without a due date is announced on its date, then saved', async () => {
    const { page } = app;
    await go(page, `#/participants/${seeded.ids.mizrahi}?tab=plan`);
    await page.getByTestId('plan-form').waitFor(SLOW);
    const keys = new Keyboard(page);
    await keys.tabTo(page.getByTestId('goal-add'));
    await keys.press('Enter');
    await keys.fillField(page.getByTestId('goal-what'), 'לשלוח קורות חיים');
    await keys.fillField(page.getByTestId('goal-measure-value'), '5');
    await keys.fillField(page.getByTestId('goal-measure-unit'), 'משרות');
    await keys.tabTo(page.getByTestId('plan-save'));
    await keys.press('Enter');
    expect(await expectFocusOnAnnouncedInvalid(page)).toBe('מטרת SMART תחומה בזמן: יש לציין תאריך יעד.');
    expect(await holdsFocus(page.getByTestId('goal-due-date'))).toBe(true);

    await keys.type(ddmmyyyy(addDays(today, 60)));
    await keys.tabTo(page.getByTestId('plan-save'));
    await keys.press('Enter');
    await expectAnnounced(page, 'טיוטת התכנית נשמרה.');
    expect(keys.actions).toBeLessThanOrEqual(100);
  });

  it('records a placement: an occupation not from the list is announced on it, then saved', async () => {
    const { page } = app;
    await go(page, `#/participants/${seeded.ids.mizrahi}?tab=placements`);
    const keys = new Keyboard(page);
    await keys.tabTo(page.getByTestId('placement-add'));
    await keys.press('Enter');
    await keys.fillField(page.getByTestId('placement-employer'), 'מוקד');
    await keys.fillField(page.getByTestId('placement-start'), ddmmyyyy(today));
    await keys.press('Enter');
    const reason = await expectFocusOnAnnouncedInvalid(page);
    expect(reason.length).toBeGreaterThan(0);
    expect(await holdsFocus(page.getByTestId('placement-occupation'))).toBe(true);

    await keys.type('מזכ');
    await page.getByRole('option').first().waitFor(SLOW);
    await keys.press('ArrowDown');
    await keys.press('Enter');
    await keys.tabTo(page.getByTestId('placement-start'));
    await keys.press('Enter');
    await page.locator('[data-testid="placements-table"] tbody tr').first().waitFor(SLOW);
    expect(keys.actions).toBeLessThanOrEqual(60);
  });

  it('records an inquiry and its routing call: a bad phone, then a missing referral, each announced where it is', async () => {
    const { page } = app;
    await as('nurit');
    await go(page, '#/inquiries/new');
    const form = page.getByTestId('inquiry-form');
    await form.waitFor(SLOW);
    const keys = new Keyboard(page);
    await keys.fillField(form.getByLabel(label('שם פרטי')), 'משה');
    await keys.fillField(form.getByLabel(label('שם משפחה')), 'אברהמי');
    await keys.fillField(form.getByLabel('טלפון'), '52-765');
    await keys.press('Enter');
    expect(await expectFocusOnAnnouncedInvalid(page)).toBe('מספר טלפון ישראלי, למשל 052-123-4567 או 03-123-4567.');
    expect(await holdsFocus(form.getByLabel('טלפון'))).toBe(true);
    await keys.press('Control+A');
    await keys.type('0527654321');
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'שיחת ניתוב: משה אברהמי' }).waitFor(SLOW);

    // The routing call: out of work for 8 months, lives in the area, willing, full time,
    // 3 years' experience (short of the 5 required), declares capacity.
    await keys.tabTo(page.getByTestId('question-out-of-work'));
    await keys.press('End');
    await keys.fillField(page.getByTestId('answer-out-of-work-months'), '8');
    for (const key of ['livesInArea', 'willingToCome']) {
      await keys.tabTo(page.getByTestId(`answer-${key}`));
      await keys.press('Home');
    }
    await keys.tabTo(page.getByTestId('answer-job-scope'));
    await keys.press('Home');
    await keys.fillField(page.getByTestId('answer-experience'), '3');
    await keys.tabTo(page.getByTestId('answer-declaresCapacity'));
    await keys.press('Home');
    await expect
      .poll(() => page.getByTestId('preview-outcome').getAttribute('data-outcome'), SLOW)
      .toBe('not_eligible');
    await keys.press('Control+Enter');
    expect(await expectFocusOnAnnouncedInvalid(page)).toBe('יש לבחור שירות להפניה.');
    expect(await holdsFocus(page.getByTestId('referral-service'))).toBe(true);
    const id = newest(page.url());
    expect((await seeded.t.must('participants.get', { id })).status).toBe('inquiry');
    // Typed to narrow the list, picked with the arrow, saved with Ctrl+Enter.
    await keys.type('לשכת');
    await keys.press('ArrowDown');
    await keys.press('Enter');
    await keys.press('Control+Enter');
    await page.getByTestId('screening-result').waitFor(SLOW);
    expect(await page.getByTestId('screening-result').getAttribute('data-outcome')).toBe('not_eligible');
    expect((await seeded.t.must('participants.get', { id })).screening.referralService?.name).toBe(
      'לשכת הרווחה העירונית',
    );
    expect(keys.actions).toBeLessThanOrEqual(90);
  });

  it('saves the centre settings: an idle lock out of range is announced on it, then saved', async () => {
    const { page } = app;
    await as('admin');
    await go(page, '#/settings');
    const idle = page.getByLabel(label('נעילה אחרי דקות ללא פעילות'));
    const keys = new Keyboard(page);
    await keys.fillField(idle, '0');
    await keys.press('Enter');
    const reason = await expectFocusOnAnnouncedInvalid(page);
    expect(reason).toMatch(/מספר שלם בין \d+ ל־\d+\./);
    expect(await holdsFocus(idle)).toBe(true);
    await keys.press('Control+A');
    await keys.type('20');
    await keys.press('Enter');
    await expect.poll(async () => (await seeded.t.must('settings.get', {})).idleLockMinutes, SLOW).toBe(20);
    expect(keys.actions).toBeLessThanOrEqual(40);
  });

  it('marks workshop attendance and writes to the coach: a note without a person is announced on the picker', async () => {
    const { page } = app;
    const db = seeded.t.runtime.db();
    const { instanceId, sessionIds } = addInstance(db, {
      facilitatorId: seeded.staff.ids.fay,
      title: 'סדנת קורות חיים',
      dates: [today],
    });
    const roster = [seeded.ids.levi, seeded.ids.mizrahi, seeded.ids.peretz];
    enrol(db, instanceId, roster);
    await as('fay');
    await go(page, `#/sessions/${sessionIds[0]}`);
    await page.getByTestId('roster-row').nth(2).waitFor(SLOW);
    const keys = new Keyboard(page);
    // The first row has the keyboard when the roster opens; the second person came late.
    await expect.poll(() => holdsFocus(page.getByTestId('roster-row').first()), SLOW).toBe(true);
    await keys.press('ArrowDown');
    await keys.press('KeyL');
    await keys.tabTo(page.getByTestId('mark-rest-present'));
    await keys.press('Enter');
    await page.locator('[data-testid="marked-count"][data-save="saved"]').waitFor(SLOW);
    const stored = await seeded.t.must('attendance.session', { sessionId: sessionIds[0] as number });
    expect(stored.roster.map((r) => r.status).sort()).toEqual(['LATE', 'PRESENT', 'PRESENT']);

    await keys.tabTo(page.getByTestId('note-text'));
    await keys.type('הגיע באיחור');
    await keys.tabTo(page.getByTestId('note-send'));
    await keys.press('Enter');
    expect(await expectFocusOnAnnouncedInvalid(page)).toBe('יש לבחור את המשתתף/ת שהעדכון עוסק בו/בה.');
    expect(await holdsFocus(page.getByTestId('note-person'))).toBe(true);
    await keys.press('ArrowDown');
    await page.getByRole('listbox').first().waitFor(SLOW);
    await keys.press('Enter');
    await keys.tabTo(page.getByTestId('note-send'));
    await keys.press('Enter');
    await page.getByTestId('notes-sent').getByText('הגיע באיחור').waitFor(SLOW);
    expect(keys.actions).toBeLessThanOrEqual(60);
  });
});

const newest = (url: string) => Number(/#\/screening\/(\d+)/.exec(url)?.[1]);
