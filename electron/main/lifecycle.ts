import { signInComesFirst, type AppState } from '../services/store/app-state';
import { logger } from '../platform/logger';
import type { BrowserWindowLike, ElectronModule } from './electron-types';
import { registerIpc, sendEvent, type Dispatcher } from './ipc';
import { documentScheme, startDocumentViewer } from './document-viewer';
import { APP_SCHEME, createAppProtocolHandler, privilegedSchemes } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow, focusWindow } from './window';
import { HostTray, trayLanguage, type HostModeView } from './tray';

export interface ShellOptions {
  /** Builds the handlers' shared state; called once, after the single-instance lock is held. */
  composeApp: () => AppState | Promise<AppState>;
  rendererDir: string;
  preloadPath: string;
  /** Called when the operating system locks the screen or suspends. */
  onSystemLock?: () => void;
  /**
   * Called once as the app quits (final backup, closing the store, stopping the LAN listener);
   * a promise holds the quit until it settles, so the office PCs' connections close cleanly.
   */
  onQuit?: () => void | Promise<void>;
  /**
   * Host mode's state (issue 14): while the store is shared, closing the window keeps Kesher
   * running with a tray icon instead of quitting. Absent or null: closing the window quits.
   */
  hostMode?: () => HostModeView | null;
  /** Replaces the real dispatcher in tests. */
  dispatch?: Dispatcher;
}

export interface Shell {
  /** False when another Kesher already runs; this process is quitting. */
  primary: boolean;
  /** Settles once the window exists (at once when not primary). */
  ready: Promise<void>;
  mainWindow(): BrowserWindowLike | null;
  /** The tray, once the window was closed while the store was shared. */
  tray(): HostTray | null;
}

/** The Electron main process: one instance, one hardened window, one IPC channel. */
export function startShell(electron: ElectronModule, options: ShellOptions): Shell {
  const { app } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { primary: false, ready: Promise.resolve(), mainWindow: () => null, tray: () => null };
  }

  // Both must happen before the app is ready.
  app.enableSandbox();
  electron.protocol.registerSchemesAsPrivileged([...privilegedSchemes, documentScheme]);

  let window: BrowserWindowLike | null = null;
  let tray: HostTray | null = null;
  let ready = false;
  const mainWindow = () => (window && !window.isDestroyed() ? window : null);
  /** Brings the window forward, or opens it again after it was closed to the tray. */
  const openWindow = () => {
    if (!ready) return;
    if (mainWindow()) return focusWindow(mainWindow());
    window = createMainWindow(electron.BrowserWindow, { preloadPath: options.preloadPath, devTools: !app.isPackaged });
  };

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => openWindow());
  app.on('window-all-closed', () => {
    // The office PCs keep working on the centre's records while the centre PC's window is closed.
    if (options.hostMode?.()?.listening) {
      tray ??= new HostTray(electron, {
        hostMode: () => options.hostMode?.() ?? { listening: false, activePcs: 0 },
        openWindow,
        language: trayLanguage(app.getLocale()),
      });
      tray.refresh();
      return;
    }
    app.quit();
  });
  let quitting: Promise<void> | null = null;
  app.on('will-quit', (event) => {
    if (quitting) return;
    let pending: void | Promise<void> = undefined;
    try {
      tray?.destroy();
      pending = options.onQuit?.();
    } catch (error) {
      logger.error('quit handler failed', { error: error instanceof Error ? error.name : typeof error });
    }
    if (!(pending instanceof Promise)) {
      quitting = Promise.resolve();
      return;
    }
    // Held until the LAN listener has closed its connections; then quit for real.
    event.preventDefault();
    quitting = pending
      .catch((error: unknown) => {
        logger.error('quit handler failed', { error: error instanceof Error ? error.name : typeof error });
      })
      .then(() => app.quit());
  });

  const started = app.whenReady().then(async () => {
    const appState = await options.composeApp();
    hardenSession(electron.session.defaultSession);
    electron.protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(options.rendererDir, () => ({ signInFirst: signInComesFirst(appState) })),
    );
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
    // An installed app has no menu: its View menu would offer reload and the developer tools.
    // During development Electron's default menu stays, with them.
    if (app.isPackaged) electron.Menu.setApplicationMenu(null);
    ready = true;
    openWindow();
  });

  return { primary: true, ready: started, mainWindow, tray: () => tray };
}
