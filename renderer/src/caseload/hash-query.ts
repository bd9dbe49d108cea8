import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * The query part of a hash route (`#/participants?status=active`), so a page's filters
 * survive a reload and can be bookmarked. The router matches on the path before `?`.
 */
function queryOfHash(): string {
  const index = location.hash.indexOf('?');
  return index === -1 ? '' : location.hash.slice(index + 1);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * Replaces the query without adding a history entry for every filter click; the router
 * and this hook hear about it through a hashchange event, as they would for a typed address.
 */
export function replaceHashQuery(params: URLSearchParams): void {
  const path = location.hash.slice(1).split('?')[0] || '/';
  const query = params.toString();
  const next = `#${path}${query ? `?${query}` : ''}`;
  if (next === location.hash) return;
  history.replaceState(history.state, '', next);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useHashQuery(): [URLSearchParams, (params: URLSearchParams) => void] {
  const raw = useSyncExternalStore(subscribe, queryOfHash);
  const params = useMemo(() => new URLSearchParams(raw), [raw]);
  const set = useCallback((next: URLSearchParams) => replaceHashQuery(next), []);
  return [params, set];
}
