import type { AppState } from '../services/store/app-state';
import { logger } from '../platform/logger';
import type { BrowserWindowLike, ElectronModule } from './electron-types';
import { registerIpc, sendEvent, type Dispatcher } from './ipc';
import { documentScheme, startDocumentViewer } from './document-viewer';
import { APP_SCHEME, createAppProtocolHandler, privilegedSchemes } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow, focusWindow } from './window';

export interface ShellOptions {
  /** Builds the handlers' shared state; called once, after the single-instance lock is held. */
  composeApp: () => AppState | Promise<AppState>;
  rendererDir: string;
  preloadPath: string;
  /** Called when the operating system locks the screen or suspends. */
  onSystemLock?: () => void;
  /** Called once as the app quits (final backup, closing the store). */
  onQuit?: () => void;
  /** Replaces the real dispatcher in tests. */
  dispatch?: Dispatcher;
}

export interface Shell {
  /** False when another Kesher already runs; this process is quitting. */
  primary: boolean;
  /** Settles once the window exists (at once when not primary). */
  ready: Promise<void>;
  mainWindow(): BrowserWindowLike | null;
}

/** The Electron main process: one instance, one hardened window, one IPC channel. */
export function startShell(electron: ElectronModule, options: ShellOptions): Shell {
  const { app } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { primary: false, ready: Promise.resolve(), mainWindow: () => null };
  }

  // Both must happen before the app is ready.
  app.enableSandbox();
  electron.protocol.registerSchemesAsPrivileged([...privilegedSchemes, documentScheme]);

  let window: BrowserWindowLike | null = null;
  const mainWindow = () => (window && !window.isDestroyed() ? window : null);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => focusWindow(mainWindow()));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    try {
      options.onQuit?.();
    } catch (error) {
      logger.error('quit handler failed', { error: error instanceof Error ? error.name : typeof error });
    }
  });

  const ready = app.whenReady().then(async () => {
    const appState = await options.composeApp();
    hardenSession(electron.session.defaultSession);
    electron.protocol.handle(APP_SCHEME, createAppProtocolHandler(options.rendererDir));
    // Generated PDFs are shown and saved from memory (issue 10); the handlers reach them through the app state.
    appState.documentViewer = startDocumentViewer(electron, mainWindow).viewer;
    registerIpc(electron.ipcMain, {
      app: appState,
      mainWebContents: () => mainWindow()?.webContents ?? null,
      dispatch: options.dispatch,
    });
    const onSystemLock = () => {
      sendEvent(mainWindow(), { type: 'system-lock' });
      try {
        options.onSystemLock?.();
      } catch (error) {
        logger.error('system lock handler failed', { error: error instanceof Error ? error.name : typeof error });
      }
    };
    electron.powerMonitor.on('lock-screen', onSystemLock);
    electron.powerMonitor.on('suspend', onSystemLock);
    const packaged = app.isPackaged;
    // An installed app has no menu: its View menu would offer reload and the developer tools.
    // During development Electron's default menu stays, with them.
    if (packaged) electron.Menu.setApplicationMenu(null);
    window = createMainWindow(electron.BrowserWindow, { preloadPath: options.preloadPath, devTools: !packaged });
  });

  return { primary: true, ready, mainWindow };
}
