import { execFileSync } from 'node:child_process';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays as daysAfter, formatDisplayDate, todayIso } from '../../electron/domain/dates';
import { createTestCentre, type TestApp } from '../fixtures/centre';
import { missingInOrder, pdfPages } from '../fixtures/documents/pdf-text';
import { addInstance, enrol } from '../fixtures/workshops';
import { rachelBookedWithAvi, WallClock } from './caseload-seed';
import { openApp, type AppFixture } from './harness';
import { go, screenshot as shot, SLOW } from './page-steps';

/** Every key press and click the coordinator makes, to report the staff-time cost of the flow. */
let actions = 0;
async function click(target: Locator): Promise<void> {
  actions += 1;
  await target.click(SLOW);
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('printing and letter templates in Chromium, in Hebrew', () => {
  let t: TestApp;
  let app: AppFixture;
  let weekSessions = 0;

  beforeAll(async () => {
    t = await createTestCentre(new WallClock());
    const people: number[] = [];
    for (const [firstName, lastName] of [
      ['נועה', 'ברגר'],
      ['אלי', 'ששון'],
    ] as const) {
      const created = await t.must('inquiries.create', { firstName, lastName, phone: '0521230001' });
      if (created.kind === 'created') people.push(created.id);
    }
    // Two sessions in this working week (Sunday to Thursday), whatever day the test runs.
    const today = todayIso();
    const sunday = addDays(today, -new Date(`${today}T12:00:00Z`).getUTCDay());
    const { instanceId } = addInstance(t.runtime.db(), { dates: [addDays(sunday, 1), addDays(sunday, 3)] });
    enrol(t.runtime.db(), instanceId, people);
    weekSessions = 2;
    app = await openApp({ browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it("prints this week's attendance sheets as one PDF through a one-time URL", async () => {
    const { page } = app;
    await go(page, '/workshops');
    const served = page.waitForResponse((response) => response.url().includes('/documents/'), SLOW);
    const popup = page.context().waitForEvent('page', SLOW);
    actions = 0;
    await click(page.getByTestId('week-sheets-print'));
    const response = await served;
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('no-store');
    const pdf = await response.body();
    const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(weekSessions);
    await (await popup).close();
    expect(actions).toBe(1);
    await shot(page, 'documents-week-sheets-he');
  });

  it('edits the referral template, is told of an unknown field, and previews the letter', async () => {
    const { page } = app;
    await go(page, '/templates');
    const body = page.getByTestId('template-body');
    await body.waitFor(SLOW);
    await body.fill('לכבוד {{organisation.name}}\nשלום {{participant.salary}}');
    await page.getByText('השדה "participant.salary" אינו קיים במכתב זה.').waitFor(SLOW);
    await body.fill(
      'לכבוד {{organisation.name}}\nאנו מפנים אליכם את {{participant.firstName}} {{participant.lastName}}.',
    );
    await page.getByTestId('template-preview').getByText('אנו מפנים אליכם את נועה כהן.').waitFor(SLOW);
    await click(page.getByTestId('template-save'));
    await page.getByTestId('template-versions').waitFor(SLOW);
    expect((await t.must('templates.list', { kind: 'referral', language: 'he' })).versions).toHaveLength(1);
    const served = page.waitForResponse((response) => response.url().includes('/documents/'), SLOW);
    const popup = page.context().waitForEvent('page', SLOW);
    await click(page.getByTestId('template-pdf-print'));
    const pdf = await (await served).body();
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
    expect(text).toContain('נועה');
    await (await popup).close();
    await shot(page, 'documents-templates-he');
  });
});

describe('a coach prints a signed work plan in Chromium, in Hebrew', () => {
  let t: TestApp;
  let app: AppFixture;
  let participantId: number;
  // Short enough for one line of its table cell: pdftotext interleaves the lines of wrapped cells.
  const signedGoal = 'לשלוח 10 קורות חיים';

  beforeAll(async () => {
    t = await createTestCentre(new WallClock());
    ({ participantId } = await rachelBookedWithAvi(t));
    const today = todayIso();
    const plan = {
      participantId,
      strengths: null,
      plannedMeetings: 6,
      plannedWorkshopTypes: [],
      nextReviewDate: daysAfter(today, 90),
      tasks: [],
      barriers: [],
    };
    const goal = {
      measureValue: 10,
      measureUnit: 'משרות',
      dueDate: daysAfter(today, 60),
      status: 'open' as const,
      reviewNote: null,
    };
    // Version 1 signed; then a draft of version 2 that must NOT be what prints.
    await t.must('plans.saveDraft', {
      ...plan,
      expectedUpdatedAt: null,
      vision: 'לעבוד כמנהלת חשבונות (Bookkeeper) בחברה קטנה',
      goals: [{ ...goal, what: signedGoal }],
    });
    await t.must('plans.sign', { participantId, participantSignedDate: today, coachSignedDate: today });
    await t.must('plans.saveDraft', {
      ...plan,
      // After signing there is no draft: the next one starts from nothing.
      expectedUpdatedAt: null,
      vision: 'טיוטה שטרם נחתמה',
      goals: [{ ...goal, what: 'יעד של הטיוטה בלבד' }],
    });
    app = await openApp({ browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('chooses signed version 1 and receives it through a one-time URL, goals in reading order', async () => {
    const { page } = app;
    await go(page, `#/participants/${participantId}`);
    actions = 0;
    await click(page.getByTestId('tab-documents'));
    await click(page.getByTestId('work-plan-version'));
    await click(page.getByRole('option', { name: 'גרסה חתומה 1', exact: true }));
    const served = page.waitForResponse((response) => response.url().includes('/documents/'), SLOW);
    const popup = page.context().waitForEvent('page', SLOW);
    await click(page.getByTestId('work-plan-print'));
    const response = await served;
    expect(response.status()).toBe(200);
    const pdf = await response.body();
    const text = pdfPages(pdf).join('\n');
    const signedOn = formatDisplayDate(todayIso());
    expect(missingInOrder(text, [`גרסה 1, חתומה (${signedOn})`, 'לעבוד כמנהלת חשבונות', signedGoal])).toEqual([]);
    expect(text).not.toContain('טיוטה');
    // The one-time URL serves the document once only.
    const again = await page.request.get(response.url());
    expect(again.status()).not.toBe(200);
    await (await popup).close();
    expect(actions).toBe(4);
    await shot(page, 'documents-signed-plan-he');
  });
});
