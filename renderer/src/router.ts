import { useSyncExternalStore } from 'react';

/**
 * A hash router small enough to read in one go: routes are `#/path`. Hashes that do not
 * start with `#/` (the browser-mode `#token=…`, an in-page anchor) are not routes and leave
 * the current page alone.
 */
let lastPath = pathFromHash(location.hash) ?? '/';

function pathFromHash(hash: string): string | null {
  if (!hash.startsWith('#/')) return hash === '' || hash === '#' ? '/' : null;
  const path = hash.slice(1).split('?')[0] ?? '/';
  return path.length > 1 ? path.replace(/\/+$/, '') : '/';
}

function currentPath(): string {
  const path = pathFromHash(location.hash);
  if (path !== null) lastPath = path;
  return lastPath;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useCurrentPath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function hrefFor(path: string): string {
  return `#${path}`;
}

export function navigate(path: string): void {
  location.hash = hrefFor(path);
}

/** Back to the home page without a history entry: the next user must not land where the last one was. */
export function resetRoute(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}#/`);
}
