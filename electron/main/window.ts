import { logger } from '../platform/logger';
import type { BrowserWindowConstructor, BrowserWindowLike, BrowserWindowOptionsLike } from './electron-types';
import { APP_ENTRY_URL } from './protocol';

export interface MainWindowSettings {
  preloadPath: string;
  /** An installed app opens no developer tools: they would let anyone at the desk read and call everything the renderer can. */
  devTools: boolean;
}

export function mainWindowOptions({ preloadPath, devTools }: MainWindowSettings): BrowserWindowOptionsLike {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    title: 'Kesher',
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Left to Electron's default (on) during development.
      ...(devTools ? {} : { devTools: false }),
    },
  };
}

/** The one application window, loading the renderer from `app://kesher`. */
export function createMainWindow(
  BrowserWindow: BrowserWindowConstructor,
  settings: MainWindowSettings,
): BrowserWindowLike {
  const window = new BrowserWindow(mainWindowOptions(settings));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    logger.error('renderer failed to load', { error: error instanceof Error ? error.name : typeof error });
  });
  return window;
}

/** A second launch brings the existing window forward instead of opening another. */
export function focusWindow(window: BrowserWindowLike | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
