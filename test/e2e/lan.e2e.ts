import net from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererDir } from '../../electron/platform/paths';
import { startLanClientMode, type RunningLanClient } from '../../electron/server/lan-client';
import { startLanHost, type RunningLanHost } from '../../electron/server/lan-host';
import { ADMIN, createTestCentre, FakeClock, STAFF_PASSWORD, withStaff, type TestApp } from '../fixtures/centre';
import { makeTempDir } from '../fixtures/temp-dir';
import { watchContext } from './failure-evidence';
import { openApp, type AppFixture } from './harness';
import { go, label, screenshot as shot, SLOW } from './page-steps';

/**
 * One centre, three PCs, all on the loopback range: the centre PC's LAN listener on 127.0.0.2,
 * the two office PCs' own processes forwarding from 127.0.0.3 and 127.0.0.4. Each office PC's
 * window is its own browser context talking only to its own process, as on a real PC.
 */
const HOST = '127.0.0.2';
const PCS = { front: '127.0.0.3', coaches: '127.0.0.4' } as const;

/** Pairing codes expire after ten minutes of the server's clock: it must be the wall clock. */
class WallClock extends FakeClock {
  override now = (): Date => new Date();
}

/** A port nothing listens on at `address`, for the coordinator to type. */
function freePort(address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, address, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('one store, several PCs, in Chromium', () => {
  let t: TestApp;
  let host: RunningLanHost;
  let coordinator: AppFixture;
  let port = 0;
  const clients: RunningLanClient[] = [];
  const contexts: BrowserContext[] = [];
  const pcPages: Record<keyof typeof PCS, Page | null> = { front: null, coaches: null };
  let inquiryId = 0;

  beforeAll(async () => {
    t = await createTestCentre(new WallClock());
    const staff = await withStaff(t, { nurit: 'navigator', kobi: 'coach' } as const);
    await staff.actAs('admin');
    host = startLanHost({ app: t.app, host: HOST, pollMs: 20 });
    await host.ready;
    coordinator = await openApp({
      browserMode: { app: t.app, staticDir: process.env.KESHER_RENDERER_DIR },
      viewport: { width: 1366, height: 768 },
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    for (const client of clients) await client.close();
    await coordinator?.close();
    await host?.close();
  });

  /** An office PC's own process and window, fresh from installation: no store, no pairing. */
  async function officePc(address: string): Promise<Page> {
    const client = await startLanClientMode({
      dataDir: path.join(makeTempDir('kesher-pc-'), 'data'),
      staticDir: process.env.KESHER_RENDERER_DIR ?? rendererDir(),
      localAddress: address,
    });
    clients.push(client);
    const context = await coordinator.context.browser()!.newContext({ viewport: { width: 1366, height: 768 } });
    watchContext(context);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(client.http.url, { waitUntil: 'load' });
    return page;
  }

  /** The coordinator's "Add a PC" on the centre PC: the code as the dialog shows it. */
  async function codeFromCentrePc(): Promise<string> {
    const { page } = coordinator;
    await page.getByTestId('lan-add-pc').click();
    const code = (await page.getByTestId('lan-pairing-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await page.getByTestId('lan-pairing-countdown').textContent()).toMatch(/(9|10):\d\d/);
    await page.getByRole('button', { name: 'סיום' }).click();
    return code;
  }

  async function connect(page: Page, code: string, name: string): Promise<void> {
    const form = page.getByTestId('lan-connect-form');
    await form.getByTestId('lan-connect-host').fill(HOST);
    await form.getByTestId('lan-connect-port').fill(String(port));
    await form.getByTestId('lan-connect-code').fill(code);
    await form.getByTestId('lan-connect-name').fill(name);
    await form.getByTestId('lan-connect-name').press('Enter');
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name: 'כניסה' }).waitFor(SLOW);
    await page.getByLabel(label('שם משתמש')).fill(username);
    await page.getByLabel(label('סיסמה')).fill(STAFF_PASSWORD);
    await page.getByLabel(label('סיסמה')).press('Enter');
    await page.getByRole('navigation', { name: 'ניווט ראשי' }).waitFor(SLOW);
  }

  it('turns sharing on from Settings on the centre PC', async () => {
    const { page } = coordinator;
    await go(page, '#/settings');
    await page.getByTestId('lan-host-state').waitFor(SLOW);
    expect(await page.getByTestId('lan-host-state').textContent()).toBe(
      'לא משותף: שאר המחשבים לא יכולים להגיע למחשב הזה.',
    );
    await page.getByTestId('lan-host-enabled').click({ force: true });
    // Port 0 is no port: refused beside the field, nothing sent.
    await page.getByTestId('lan-host-port').fill('0');
    await page.getByTestId('lan-host-save').click();
    await page.getByText('מספר שלם בין 1 ל־65535.').waitFor(SLOW);
    expect((await host.lan.status()).enabled).toBe(false);
    // The listener is bound to 127.0.0.2 by the test, on a port found free there.
    port = await freePort(HOST);
    await page.getByTestId('lan-host-port').fill(String(port));
    await page.getByTestId('lan-host-save').click();
    await expect
      .poll(() => page.getByTestId('lan-host-state').textContent(), SLOW)
      .toBe('משותף: שאר המחשבים יכולים להתחבר למחשב הזה.');
    expect(await page.getByTestId('lan-host-addresses').textContent()).toContain(HOST);
    expect(await page.getByTestId('lan-host-fingerprint').textContent()).toMatch(/1\.\s*[0-9A-F]{2}:/);
  });

  it('connects the front-desk PC with the code read out from the centre PC, after a wrong one', async () => {
    const page = await officePc(PCS.front);
    pcPages.front = page;
    await page.getByRole('heading', { level: 1, name: 'התחברות למחשב המרכז' }).waitFor(SLOW);
    await connect(page, 'ABCD-2345', 'עמדת קבלה');
    await page.getByTestId('lan-connect-error').waitFor(SLOW);
    expect(await page.getByTestId('lan-connect-error').textContent()).toContain('הקוד שגוי או שפג תוקפו');
    await shot(page, 'lan-connect-wrong-code-he');

    const code = await codeFromCentrePc();
    // Counted: on the new PC the address, port, code and name are typed (4) and Enter sends (1);
    // on the centre PC, "Add a PC" and "Done" (2).
    await connect(page, code.toLowerCase(), 'עמדת קבלה');
    await signIn(page, 'nurit');
  });

  it('connects the coaches’ PC the same way', async () => {
    const page = await officePc(PCS.coaches);
    pcPages.coaches = page;
    await page.getByTestId('lan-connect-form').waitFor(SLOW);
    await connect(page, await codeFromCentrePc(), 'חדר המלווים');
    await signIn(page, 'kobi');
  });

  it('records an inquiry at the front desk while a coach works on the other PC, who then opens it', async () => {
    const front = pcPages.front!;
    const coaches = pcPages.coaches!;
    await go(front, '#/inquiries/new');
    await go(coaches, '#/participants');
    const form = front.getByTestId('inquiry-form');
    await form.getByLabel(label('שם פרטי')).fill('רונית');
    await form.getByLabel(label('שם משפחה')).fill('שמעוני');
    await form.getByLabel('טלפון').fill('0541234567');
    await form.getByLabel(label('שם משפחה')).press('Enter');
    await front.getByRole('heading', { level: 1, name: 'שיחת ניתוב: רונית שמעוני' }).waitFor(SLOW);
    inquiryId = Number(/#\/screening\/(\d+)$/.exec(front.url())?.[1]);
    expect(inquiryId).toBeGreaterThan(0);

    await go(coaches, `#/participants/${inquiryId}`);
    await expect.poll(() => coaches.getByTestId('participant-name').textContent(), SLOW).toContain('רונית שמעוני');
    // The front desk is still signed in as the navigator: one PC's work leaves the other's session be.
    await go(front, '#/calls');
    await front.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('link', { name: 'פנייה חדשה' }).waitFor(SLOW);
    await shot(coaches, 'lan-coach-opens-inquiry-he');
  });

  it('lists both PCs on the centre PC with when they were paired and last seen', async () => {
    const { page } = coordinator;
    await page.reload({ waitUntil: 'load' });
    await go(page, '#/settings');
    const rows = page.getByTestId('lan-device-row');
    await expect.poll(() => rows.count(), SLOW).toBe(2);
    const text = (await page.getByTestId('lan-devices').textContent()) ?? '';
    expect(text).toContain('עמדת קבלה');
    expect(text).toContain('חדר המלווים');
    expect(text).not.toContain('עדיין לא');
    expect(text.match(/פעיל/g)).toHaveLength(2);
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await shot(page, 'lan-centre-devices-he');
  });

  it('tells the front desk in one sentence when the centre PC stops answering, and carries on when it is back', async () => {
    const front = pcPages.front!;
    await t.must('lan.setEnabled', { enabled: false });
    const banner = front.getByTestId('lan-host-unreachable');
    await banner.waitFor(SLOW);
    expect(await banner.textContent()).toBe(
      'אין חיבור למחשב המרכז: יש לבדוק שהוא דולק ושהמחשב הזה באותה רשת. מנסים שוב אוטומטית…',
    );
    await shot(front, 'lan-centre-unreachable-he');
    await t.must('lan.setEnabled', { enabled: true, port });
    // Nobody clicks anything: the PC retries on its own and the banner goes.
    await banner.waitFor({ state: 'detached', timeout: 30_000 });
    await front.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('link', { name: 'פנייה חדשה' }).waitFor(SLOW);
  });

  it('removing a PC on the centre PC cuts it off at once, until it is connected again with a new code', async () => {
    const coaches = pcPages.coaches!;
    const { page } = coordinator;
    const row = page.getByTestId('lan-device-row').filter({ hasText: 'חדר המלווים' });
    await row.getByRole('button', { name: /^הסרה/ }).click();
    await page.getByText('להסיר את "חדר המלווים" ממחשבי המרכז?').waitFor(SLOW);
    await page.getByRole('button', { name: 'הסרת המחשב' }).click();
    await expect.poll(() => page.getByTestId('lan-devices-said').textContent(), SLOW).toContain('הוסר');
    expect(await row.textContent()).toContain('הוסר ב');

    // The removed PC's next call is refused with the host's sentence.
    await coaches.reload({ waitUntil: 'load' });
    await coaches.getByTestId('lan-removed').waitFor(SLOW);
    expect(await coaches.getByTestId('lan-removed').textContent()).toContain('המחשב הזה הוסר מרשימת המחשבים של המרכז');
    await shot(coaches, 'lan-removed-pc-he');
    // A new code from the centre PC connects it again, under its new name.
    await connect(coaches, await codeFromCentrePc(), 'חדר המלווים 2');
    await signIn(coaches, 'kobi');
    await page.reload({ waitUntil: 'load' });
    await go(page, '#/settings');
    await expect.poll(() => page.getByTestId('lan-device-row').count(), SLOW).toBe(3);
  });

  it('a PC is disconnected from the PC itself only by the coordinator signed in there', async () => {
    // A new window on the coaches' PC: its own session, signed in as the coordinator.
    const coaches = await pcPages.coaches!.context().newPage();
    // The coaches' PC was the second one started; its address carries the launch token.
    await coaches.goto(clients[1]!.http.url, { waitUntil: 'load' });
    await coaches.getByRole('heading', { level: 1, name: 'כניסה' }).waitFor(SLOW);
    await coaches.getByLabel(label('שם משתמש')).fill(ADMIN.username);
    await coaches.getByLabel(label('סיסמה')).fill(ADMIN.password);
    await coaches.getByLabel(label('סיסמה')).press('Enter');
    await coaches.getByRole('navigation', { name: 'ניווט ראשי' }).waitFor(SLOW);
    await go(coaches, '#/settings');
    await coaches.getByTestId('lan-client-key').waitFor(SLOW);
    // Browser mode has no OS key protection: the file is owner-only, and Settings says so.
    expect(await coaches.getByTestId('lan-client-key').textContent()).toContain('שמור בקובץ שרק חשבון המשתמש הזה');
    await shot(coaches, 'lan-client-settings-he');
    await coaches.getByText('English', { exact: true }).click();
    await coaches.getByText('only this user account can read', { exact: false }).waitFor(SLOW);
    await shot(coaches, 'lan-client-settings-en');
    await coaches.getByText('עברית', { exact: true }).click();
    await coaches.getByText('שמור בקובץ שרק חשבון המשתמש הזה', { exact: false }).waitFor(SLOW);
    await coaches.getByTestId('lan-disconnect').click();
    await coaches.getByRole('button', { name: 'ניתוק', exact: true }).click();
    await coaches.getByTestId('lan-connect-form').waitFor(SLOW);
    const { page } = coordinator;
    await page.reload({ waitUntil: 'load' });
    await go(page, '#/settings');
    const row = page.getByTestId('lan-device-row').filter({ hasText: 'חדר המלווים 2' });
    await expect.poll(() => row.textContent(), SLOW).toContain('הוסר ב');
  });
});
