import { execFileSync } from 'node:child_process';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../electron/domain/dates';
import { createTestCentre, type TestApp } from '../fixtures/centre';
import { addInstance, enrol } from '../fixtures/workshops';
import { WallClock } from './caseload-seed';
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
