import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeEvent } from '../../fixtures/fake-electron';
import { startFakeShell } from '../../fixtures/fake-shell';
import { createTestCentre } from '../../fixtures/centre';
import { startLanHost, type RunningLanHost } from '../../../electron/server/lan-host';
import type { HostModeView } from '../../../electron/main/tray';

/** Host mode in the desktop shell (issue 14, item 1), against the fake Electron. */
function hostMode(view: HostModeView | null) {
  const state = { view };
  return { state, hostMode: () => state.view };
}

describe('closing the window', () => {
  it('quits as before when host mode is off, with no tray', async () => {
    const { state, hostMode: read } = hostMode({ listening: false, activePcs: 0 });
    const { electron } = await startFakeShell({ hostMode: read });
    electron.app.emit('window-all-closed');
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.trays).toHaveLength(0);
    void state;
  });

  it('keeps serving with a tray when the store is shared; the menu is Hebrew and tells the state', async () => {
    const { state, hostMode: read } = hostMode({ listening: true, activePcs: 2 });
    const { electron, shell } = await startFakeShell({ hostMode: read });
    electron.windows[0]!.destroyed = true;
    electron.app.emit('window-all-closed');
    expect(electron.app.quitCalls).toBe(0);
    expect(electron.trays).toHaveLength(1);
    const tray = electron.trays[0]!;
    expect(tray.image.isEmpty()).toBe(false);
    expect(tray.toolTip).toBe('קשר – מחשב המרכז');
    expect(tray.items().map((i) => i.label ?? i.type)).toEqual([
      'פתיחת קשר',
      'separator',
      'שיתוף עם מחשבי המשרד: פועל (2 מחשבים עובדים)',
      'separator',
      'יציאה מקשר',
    ]);
    expect(tray.items()[2]!.enabled).toBe(false);
    // The line follows the state when the menu is rebuilt (every 15 s while the tray is up).
    state.view = { listening: false, activePcs: 0 };
    shell.tray()!.refresh();
    expect(tray.items()[2]!.label).toBe('שיתוף עם מחשבי המשרד: כבוי');
  });

  it('speaks English on an English system', async () => {
    const { hostMode: read } = hostMode({ listening: true, activePcs: 1 });
    const { electron } = await startFakeShell({ hostMode: read }, { locale: 'en-US' });
    electron.app.emit('window-all-closed');
    expect(electron.trays[0]!.items().map((i) => i.label)).toContain('Sharing with the office PCs: on (1 PC working)');
    expect(electron.trays[0]!.items()[0]!.label).toBe('Open Kesher');
  });
});

describe('the tray', () => {
  it('"open" makes the window again, and API calls then come from the new window', async () => {
    const { hostMode: read } = hostMode({ listening: true, activePcs: 0 });
    const { electron, shell } = await startFakeShell({ hostMode: read });
    electron.windows[0]!.destroyed = true;
    electron.app.emit('window-all-closed');
    expect(shell.mainWindow()).toBeNull();
    electron.trays[0]!.choose('פתיחת קשר');
    expect(electron.windows).toHaveLength(2);
    const reopened = electron.windows[1]!;
    expect(shell.mainWindow()).toBe(reopened);
    expect(reopened.loadedUrls).toEqual(['app://kesher/index.html']);
    expect(reopened.options.webPreferences?.sandbox).toBe(true);
    // A second click while it is open only brings it forward.
    electron.trays[0]!.emit('click');
    expect(electron.windows).toHaveLength(2);
    expect(reopened.focused).toBe(true);
    // Launching Kesher again does the same.
    reopened.destroyed = true;
    electron.app.emit('second-instance', {}, ['kesher'], '/');
    expect(electron.windows).toHaveLength(3);
  });

  it('quits at once while no PC is working; asks first while some are, and cancel keeps it running', async () => {
    const { state, hostMode: read } = hostMode({ listening: true, activePcs: 0 });
    const { electron, shell } = await startFakeShell({ hostMode: read });
    electron.app.emit('window-all-closed');
    await shell.tray()!.quit();
    expect(electron.dialog.messageBoxes).toHaveLength(0);
    expect(electron.app.quitCalls).toBe(1);

    state.view = { listening: true, activePcs: 3 };
    electron.dialog.nextMessageBoxResponse = 1;
    await shell.tray()!.quit();
    expect(electron.dialog.messageBoxes[0]).toMatchObject({
      title: 'לצאת מקשר?',
      buttons: ['יציאה', 'ביטול'],
      cancelId: 1,
    });
    expect(electron.dialog.messageBoxes[0]!.detail).toContain('3 מחשבים במשרד עובדים עכשיו');
    expect(electron.app.quitCalls).toBe(1);
    electron.dialog.nextMessageBoxResponse = 0;
    await shell.tray()!.quit();
    expect(electron.app.quitCalls).toBe(2);
  });
});

describe('quitting while the store is shared', () => {
  let host: RunningLanHost | null = null;
  afterAll(async () => {
    await host?.close();
  });

  it('holds the quit until the LAN listener has closed, then quits; the port answers no more', async () => {
    const t = await createTestCentre();
    host = startLanHost({ app: t.app, host: '127.0.0.7', enable: { port: 0 }, pollMs: 20 });
    await host.ready;
    const { port } = await host.lan.status();
    const running = host;
    let closed = false;
    const { electron, shell } = await startFakeShell({
      hostMode: () => running.lan.sharing(60_000),
      onQuit: async () => {
        await running.close();
        closed = true;
      },
    });
    electron.app.emit('window-all-closed');
    expect(electron.app.quitCalls).toBe(0);
    await shell.tray()!.quit();
    expect(electron.app.quitCalls).toBe(1);
    // Electron now emits will-quit: the shell holds it for the listener, then quits again.
    const event = fakeEvent();
    electron.app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(true);
    expect(electron.trays[0]!.destroyed).toBe(true);
    await expect.poll(() => electron.app.quitCalls).toBe(2);
    expect(closed).toBe(true);
    expect((await running.lan.status()).listening).toBe(false);
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.7', port: port! });
      socket.once('connect', () => (socket.destroy(), resolve(false)));
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
    // The second will-quit passes.
    const again = fakeEvent();
    electron.app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });
});
