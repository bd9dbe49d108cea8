import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCentre } from './caseload-seed';
import { openApp, type AppFixture } from './harness';
import { screenshot, SLOW } from './page-steps';

describe('quick search on a narrow window', () => {
  let app: AppFixture;

  beforeAll(async () => {
    const seeded = await seedCentre();
    await seeded.staff.actAs('avi');
    app = await openApp({
      viewport: { width: 420, height: 800 },
      browserMode: { app: seeded.t.app, staticDir: process.env.KESHER_RENDERER_DIR },
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shrinks to a labelled icon that leaves the brand whole, and still opens the search', async () => {
    const { page } = app;
    const icon = page.getByRole('banner').getByRole('button', { name: 'חיפוש', exact: true });
    await icon.waitFor(SLOW);
    const brand = await page.getByRole('banner').getByRole('link', { name: 'קשר' }).boundingBox();
    const button = await icon.boundingBox();
    expect(brand && button).toBeTruthy();
    if (!brand || !button) return;
    // Right to left: the search icon sits left of the brand and must not cover it.
    expect(button.x + button.width).toBeLessThanOrEqual(brand.x);
    await screenshot(page, 'caseload-header-narrow-he');
    await icon.click();
    await page.getByTestId('quick-search-input').waitFor();
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });
});
