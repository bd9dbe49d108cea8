import { logger } from '../platform/logger';
import type { BrowserWindowConstructor, BrowserWindowLike, BrowserWindowOptionsLike } from './electron-types';
import { APP_ENTRY_URL } from './protocol';

export function mainWindowOptions(preloadPath: string): BrowserWindowOptionsLike {
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
    },
  };
}

/** The one application window, loading the renderer from `app://kesher`. */
export function createMainWindow(BrowserWindow: BrowserWindowConstructor, preloadPath: string): BrowserWindowLike {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
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
