import type { ElectronModule, TrayLike } from './electron-types';

/**
 * The centre PC's tray icon (issue 14, item 1): with host mode on, closing Kesher's window
 * keeps the store shared with the office PCs; the tray is how staff see that, open the window
 * again, or quit (asked first while PCs are working on the centre's records).
 */

/** What the tray shows about host mode; asked each time the menu is rebuilt. */
export interface HostModeView {
  /** The LAN listener is up. */
  listening: boolean;
  /** Paired PCs that made a call in the last few minutes. */
  activePcs: number;
}

/** A 32x32 teal ring, inlined so the app ships no binary asset for it. */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAb0lEQVR42u2XMQ4AIAgDeYBP9gn+WXcXoUJoCE1cvVvEItIxZMy1NScN7C6Cgl1EvOCQhDfcJBEFV0ukCkTDnxKWS+58C6BgVAQS0KamgDUtUE+gX0H4IEofxRSfUfcBikpGUUopajnFYkKzmpXOAYSzFmP6V+ACAAAAAElFTkSuQmCC';

const labels = {
  he: {
    tooltip: 'קשר – מחשב המרכז',
    open: 'פתיחת קשר',
    sharingOn: 'שיתוף עם מחשבי המשרד: פועל',
    sharingOnWith: (n: number) =>
      n === 1 ? 'שיתוף עם מחשבי המשרד: פועל (מחשב אחד עובד)' : `שיתוף עם מחשבי המשרד: פועל (${n} מחשבים עובדים)`,
    sharingOff: 'שיתוף עם מחשבי המשרד: כבוי',
    quit: 'יציאה מקשר',
    confirmTitle: 'לצאת מקשר?',
    confirmMessage: (n: number) =>
      n === 1
        ? 'מחשב אחד במשרד עובד עכשיו על הרשומות של המרכז. אם קשר ייסגר כאן, הוא יפסיק לעבוד עד שקשר יופעל שוב במחשב הזה.'
        : `${n} מחשבים במשרד עובדים עכשיו על הרשומות של המרכז. אם קשר ייסגר כאן, הם יפסיקו לעבוד עד שקשר יופעל שוב במחשב הזה.`,
    confirmQuit: 'יציאה',
    cancel: 'ביטול',
  },
  en: {
    tooltip: 'Kesher – centre PC',
    open: 'Open Kesher',
    sharingOn: 'Sharing with the office PCs: on',
    sharingOnWith: (n: number) => `Sharing with the office PCs: on (${n} ${n === 1 ? 'PC' : 'PCs'} working)`,
    sharingOff: 'Sharing with the office PCs: off',
    quit: 'Quit Kesher',
    confirmTitle: 'Quit Kesher?',
    confirmMessage: (n: number) =>
      `${n} office ${n === 1 ? 'PC is' : 'PCs are'} working on the centre's records now. If Kesher quits here, ${n === 1 ? 'it stops' : 'they stop'} until Kesher is started again on this PC.`,
    confirmQuit: 'Quit',
    cancel: 'Cancel',
  },
} as const;

export type TrayLanguage = keyof typeof labels;

/** Hebrew first; English where the operating system speaks English. */
export function trayLanguage(locale: string): TrayLanguage {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'he';
}

export interface HostTrayOptions {
  hostMode: () => HostModeView;
  openWindow: () => void;
  language: TrayLanguage;
}

/** How often the menu's sharing line is refreshed while the tray is up. */
const REFRESH_MS = 15_000;

export class HostTray {
  private readonly tray: TrayLike;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly electron: ElectronModule,
    private readonly options: HostTrayOptions,
  ) {
    this.tray = new electron.Tray(electron.nativeImage.createFromDataURL(ICON));
    this.tray.setToolTip(labels[options.language].tooltip);
    this.tray.on('click', () => options.openWindow());
    this.refresh();
    this.timer = setInterval(() => this.refresh(), REFRESH_MS);
    this.timer.unref();
  }

  /** Rebuilds the menu with the current sharing state. */
  refresh(): void {
    const text = labels[this.options.language];
    const { listening, activePcs } = this.options.hostMode();
    const sharing = !listening ? text.sharingOff : activePcs > 0 ? text.sharingOnWith(activePcs) : text.sharingOn;
    this.tray.setContextMenu(
      this.electron.Menu.buildFromTemplate([
        { label: text.open, click: () => this.options.openWindow() },
        { type: 'separator' },
        { label: sharing, enabled: false },
        { type: 'separator' },
        { label: text.quit, click: () => void this.quit() },
      ]),
    );
  }

  /** Quits, asking first while office PCs are working on the centre's records. */
  async quit(): Promise<void> {
    const { activePcs } = this.options.hostMode();
    if (activePcs > 0) {
      const text = labels[this.options.language];
      const { response } = await this.electron.dialog.showMessageBox({
        type: 'warning',
        title: text.confirmTitle,
        message: text.confirmTitle,
        detail: text.confirmMessage(activePcs),
        buttons: [text.confirmQuit, text.cancel],
        defaultId: 1,
        cancelId: 1,
      });
      if (response !== 0) return;
    }
    this.electron.app.quit();
  }

  destroy(): void {
    clearInterval(this.timer);
    if (!this.tray.isDestroyed()) this.tray.destroy();
  }
}
