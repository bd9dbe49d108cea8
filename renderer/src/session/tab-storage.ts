/**
 * The names this tab keeps in sessionStorage, in one place: the start-up script
 * (prerender/boot.ts) reads them before the app's own code has loaded.
 */
export const TAB_STORAGE = {
  /** The launch token of browser mode (api/transport.ts). */
  token: 'kesher.token',
  /** This tab's client secret: its session is found by it (api/transport.ts). */
  client: 'kesher.client',
  /** The interface language chosen in this tab (i18n/index.ts). */
  language: 'kesher.language',
  /** Set by the start-up script once this tab has loaded the page. */
  loaded: 'kesher.loaded',
} as const;

/** sessionStorage may be disabled; nothing kept there is needed to work. */
export function readTabStorage(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
