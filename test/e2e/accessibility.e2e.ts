import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../electron/domain/dates';
import { addInstance, enrol } from '../fixtures/workshops';
import { seedCentre, type SeededCentre } from './caseload-seed';
import { openApp, type AppFixture } from './harness';
import { go, SLOW } from './page-steps';

type Account = 'admin' | 'avi' | 'nurit' | 'fay';

interface Seeded extends SeededCentre {
  instanceId: number;
  sessionId: number;
}

/** The participant record with each of its tabs, as a case worker opens them. */
const recordTabs = (id: number) =>
  ['details', 'plan', 'meetings', 'placements', 'timeline'].map((tab) => `/participants/${id}?tab=${tab}`);

/**
 * Each role's own pages: what its navigation offers (read from the page, so a new page is
 * checked the day it is linked), plus the pages it reaches from inside them.
 */
const ROLES: { account: Account; role: string; details: (seed: Seeded) => string[] }[] = [
  {
    account: 'admin',
    role: 'coordinator',
    details: (seed) => [
      ...recordTabs(seed.ids.levi),
      `/screening/${seed.ids.gabay}`,
      '/conferences/1',
      '/workshops/new',
      '/workshops/catalogue',
      `/workshops/${seed.instanceId}`,
      `/sessions/${seed.sessionId}`,
      '/account/password',
    ],
  },
  {
    account: 'avi',
    role: 'coach',
    details: (seed) => [...recordTabs(seed.ids.levi), `/workshops/${seed.instanceId}`, '/account/password'],
  },
  {
    account: 'nurit',
    role: 'navigator',
    details: (seed) => [
      `/participants/${seed.ids.gabay}`,
      `/screening/${seed.ids.gabay}`,
      '/conferences/1',
      '/account/password',
    ],
  },
  { account: 'fay', role: 'facilitator', details: (seed) => [`/sessions/${seed.sessionId}`, '/account/password'] },
];

/** The hash paths the main navigation links to, in its order. */
async function navigationPaths(page: Page): Promise<string[]> {
  const nav = page.locator('#app-navbar');
  await nav.getByRole('link').first().waitFor(SLOW);
  const hrefs = await nav
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.filter((href) => href.includes('#/')).map((href) => href.slice(href.indexOf('#') + 1));
}

/**
 * A page is ready when its heading is drawn and nothing is loading any more (page code or data).
 * The router renders the next page in a transition, so for a moment after the address changes
 * the last page's heading is still on screen: when the path changes (the frame remounts the
 * page then), only a heading drawn after the change counts, or a page with no h1 would pass.
 */
async function openPage(page: Page, path: string): Promise<void> {
  const leaving = await page.evaluate((next) => {
    const pathOf = (hash: string) => hash.replace(/^#/, '').split('?')[0]!.replace(/\/+$/, '') || '/';
    const moving = pathOf(location.hash) !== pathOf(next);
    if (moving) for (const heading of document.querySelectorAll('main h1')) heading.setAttribute('data-e2e-left', '');
    return moving;
  }, path);
  // A key pressed as a person at the keyboard would: the walk takes longer than the idle lock's
  // five minutes, and setting the address alone is no activity, so the app would lock mid-walk.
  await page.keyboard.press('Shift');
  await go(page, `#${path}`);
  await page
    .locator(leaving ? 'main h1:not([data-e2e-left])' : 'main h1')
    .first()
    .waitFor(SLOW)
    .catch(async (error: unknown) => {
      // Say which page never drew its heading, and what is on screen instead: the list is long.
      const seen = await page.evaluate(
        () =>
          `${location.hash}; h1: ${[...document.querySelectorAll('main h1')].map((h) => h.outerHTML.slice(0, 160)).join(' | ') || 'none'}; main: ${document.querySelector('main')?.textContent?.slice(0, 160) ?? ''}`,
      );
      throw new Error(`${path}: no heading drawn (${seen})`, { cause: error });
    });
  await page
    .locator('main [role="status"] .mantine-Loader-root')
    .first()
    .waitFor({ state: 'detached', ...SLOW });
  await page
    .locator('main .mantine-Loader-root')
    .first()
    .waitFor({ state: 'detached', ...SLOW });
}

/** Serious and critical findings only, each as "rule: target" so a failure says where. */
async function seriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

async function switchLanguage(page: Page, to: 'en' | 'he'): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === to) return;
  const group = page.getByRole('radiogroup', { name: to === 'en' ? 'שפת הממשק' : 'Interface language' });
  await group.getByText(to === 'en' ? 'English' : 'עברית').click();
  await page.locator(`html[lang="${to}"]`).waitFor({ state: 'attached', ...SLOW });
}

/** A dialog is checked once it is open and drawn, then closed with Escape as a keyboard user would. */
async function dialogFindings(page: Page, open: () => Promise<void>): Promise<string[]> {
  await open();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor(SLOW);
  await dialog
    .locator('.mantine-Loader-root')
    .first()
    .waitFor({ state: 'detached', ...SLOW });
  // A menu that opened the dialog fades out with its items already gone: axe would see a menu
  // without menu items (a busy machine's frame later), so the check waits until it has left.
  await page
    .locator('[role="menu"]')
    .first()
    .waitFor({ state: 'detached', ...SLOW });
  const findings = await seriousFindings(page);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached', ...SLOW });
  return findings;
}

async function seed(): Promise<Seeded> {
  const centre = await seedCentre();
  const { t, ids, staff } = centre;
  const today = todayIso();
  // Case work on Levi's record, so the tabs and queues have rows to check, not only empty states.
  await t.must('placements.save', {
    participantId: ids.levi,
    employer: 'מאפיית השכונה',
    occupationCode: '5230',
    startDate: addDays(today, -190),
    employmentType: 'SALARIED',
    jobScopePct: 75,
    monthlySalaryNis: 5200,
    foundBy: 'PROGRAMME',
  });
  const run = addInstance(t.runtime.db(), {
    facilitatorId: staff.ids.fay,
    title: 'חזרה לעולם העבודה',
    dates: [addDays(today, -7), today, addDays(today, 7)],
  });
  enrol(t.runtime.db(), run.instanceId, [ids.levi, ids.mizrahi]);
  return { ...centre, instanceId: run.instanceId, sessionId: run.sessionIds[1] as number };
}

describe('every page passes axe-core with no serious or critical finding, in Hebrew and English', () => {
  let seeded: Seeded;

  beforeAll(async () => {
    seeded = await seed();
  }, 120_000);

  for (const { account, role, details } of ROLES) {
    describe(`as a ${role}`, () => {
      let app: AppFixture;

      // Each role gets its own browser and session: no page state carries over between roles.
      beforeAll(async () => {
        await seeded.staff.actAs(account);
        app = await openApp({ browserMode: { app: seeded.t.app, staticDir: process.env.KESHER_RENDERER_DIR } });
      }, 60_000);

      afterAll(async () => {
        await app?.close();
      });

      for (const language of ['he', 'en'] as const) {
        it(`${role}, ${language}: every page`, { timeout: 900_000 }, async () => {
          const { page } = app;
          await switchLanguage(page, language);
          const paths = [...(await navigationPaths(page)), ...details(seeded)];
          const findings: string[] = [];
          for (const path of paths) {
            await openPage(page, path);
            const found = (await seriousFindings(page)).map((finding) => `${path} ${finding}`);
            // Printed as found: on a slow machine a run cut short still tells what it saw.
            if (found.length) process.stderr.write(`${role} ${language}\n${found.join('\n')}\n`);
            findings.push(...found);
          }
          expect(findings).toEqual([]);
        });

        it(`${role}, ${language}: the account menu and the About dialog`, { timeout: 120_000 }, async () => {
          const { page } = app;
          await switchLanguage(page, language);
          await openPage(page, '/');
          const findings = await dialogFindings(page, async () => {
            await page.locator('header button[aria-haspopup="menu"]').click();
            await page.getByTestId('menu-about').click();
          });
          expect(findings).toEqual([]);
        });
      }
    });
  }
});
