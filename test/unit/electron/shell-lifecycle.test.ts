import { describe, expect, it } from 'vitest';
import { createFakeElectron } from '../../fixtures/fake-electron';
import { FAKE_PRELOAD, startFakeShell } from '../../fixtures/fake-shell';
import { createAppState } from '../../../electron/services/store/app-state';
import { startShell } from '../../../electron/main/lifecycle';

describe('Electron shell lifecycle', () => {
  it('quits at once and opens no window when another instance holds the lock', async () => {
    const electron = createFakeElectron({ singleInstanceLock: false });
    let composed = false;
    const shell = startShell(electron.typed, {
      composeApp: () => {
        composed = true;
        return createAppState({ version: '1' });
      },
      rendererDir: '/nonexistent',
      preloadPath: FAKE_PRELOAD,
    });
    electron.app.becomeReady();
    await shell.ready;
    expect(shell.primary).toBe(false);
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.windows).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(composed).toBe(false);
  });

  it('focuses and restores the existing window when a second instance starts', async () => {
    const { electron, window } = await startFakeShell();
    window!.minimized = true;
    electron.app.emit('second-instance', {}, ['kesher'], '/');
    expect(window!.minimized).toBe(false);
    expect(window!.focused).toBe(true);
    expect(electron.windows).toHaveLength(1);
  });

  it('enables the sandbox and registers the app scheme as privileged before the app is ready', async () => {
    const { electron } = await startFakeShell();
    expect(electron.app.sandboxEnabled).toBe(true);
    expect(electron.protocol.registeredBeforeReady).toBe(true);
    expect(electron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      // The document preview's scheme (document-viewer.test.ts).
      { scheme: 'kesher-document', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
  });

  it('opens exactly one window, loads app://kesher/index.html and shows it only when ready to show', async () => {
    const { electron, window } = await startFakeShell();
    expect(electron.windows).toHaveLength(1);
    expect(window!.loadedUrls).toEqual(['app://kesher/index.html']);
    expect(window!.visible).toBe(false);
    window!.emit('ready-to-show');
    expect(window!.visible).toBe(true);
  });

  it('quits when the window is closed', async () => {
    const { electron } = await startFakeShell();
    electron.app.emit('window-all-closed');
    expect(electron.app.quitCalls).toBe(1);
  });
});

describe('main window options', () => {
  it('sets every security-relevant web preference explicitly', async () => {
    const { window } = await startFakeShell();
    const prefs = window!.options.webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.preload).toBe(FAKE_PRELOAD);
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'nodeIntegration',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('is 1280x800 with a 1024x680 minimum, titled Kesher, hidden until ready, without a menu bar', async () => {
    const { window } = await startFakeShell();
    const { webPreferences: _prefs, ...rest } = window!.options;
    expect(rest).toEqual({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 680,
      title: 'Kesher',
      show: false,
      autoHideMenuBar: true,
    });
  });
});

describe('installed app', () => {
  it('removes the application menu and turns the developer tools off', async () => {
    const { electron, window } = await startFakeShell({}, { packaged: true });
    expect(electron.Menu.applicationMenus).toEqual([null]);
    expect(window!.options.webPreferences!.devTools).toBe(false);
  });

  it('keeps the default menu and the developer tools while developing', async () => {
    const { electron, window } = await startFakeShell({}, { packaged: false });
    expect(electron.Menu.applicationMenus).toEqual([]);
    expect(window!.options.webPreferences!.devTools).not.toBe(false);
  });
});
