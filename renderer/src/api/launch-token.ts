import { TAB_STORAGE } from '../session/tab-storage';

/**
 * Browser mode opens `/#token=…`. The token is taken once, kept for this tab only (so a
 * reload still works) and removed from the address bar so it is not copied, bookmarked or
 * left in the history. The page's first script (prerender/boot.ts) takes it before anything
 * is drawn, so an address changed while the app's script is still loading cannot lose it; if
 * the tab cannot keep it, that early call leaves it in the address for the app's own (`last`).
 */
export function takeBrowserToken({ last = true }: { last?: boolean } = {}): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    let kept = false;
    try {
      sessionStorage.setItem(TAB_STORAGE.token, fromHash);
      kept = true;
    } catch {
      // Without storage the token still works until the tab reloads.
    }
    if (kept || last) history.replaceState(history.state, '', location.pathname + location.search);
    return fromHash;
  }
  try {
    return sessionStorage.getItem(TAB_STORAGE.token);
  } catch {
    return null;
  }
}
