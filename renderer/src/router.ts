import { createHashRouter, useLocation, type RouteObject } from 'react-router';
import { onResetRoute, resetRoute } from './routing/reset-route';

/**
 * Routing is react-router's hash router: pages live at `#/path?query`. What it does not know
 * is that a hash not starting with `#/` (the browser-mode `#token=…`, an in-page anchor) is
 * no address at all: such a hash leaves the current page alone instead of opening a
 * "not found" page at '/token=…'.
 */
type AppRouter = ReturnType<typeof createHashRouter>;

let router: AppRouter | null = null;
/** The address of the page on screen, put back when a non-route hash replaces it. */
let lastRouteHash = '#/';

export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}

function replaceHash(hash: string): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

function rememberRouteHash(): void {
  if (isRouteHash(location.hash)) lastRouteHash = location.hash || '#/';
}

/** Runs before the router hears the popstate, so it reads the page's address back. */
function keepPageOnNonRouteHash(): void {
  if (!isRouteHash(location.hash)) replaceHash(lastRouteHash);
}

/**
 * The app's one router, made on the first signed-in render: by then the transport has
 * taken the browser-mode token out of the hash. It outlives lock and sign-out, which only
 * unmount the app; `resetRoute` is what sends it home.
 */
export function appRouter(tree: RouteObject[]): AppRouter {
  if (router) return router;
  if (!isRouteHash(location.hash)) replaceHash('#/');
  rememberRouteHash();
  // Registered before the router's own popstate listener, so they run first.
  window.addEventListener('popstate', keepPageOnNonRouteHash);
  // The hash query (caseload filters) replaces the address and announces it with hashchange.
  window.addEventListener('hashchange', rememberRouteHash);
  router = createHashRouter(tree);
  router.subscribe(rememberRouteHash);
  return router;
}

/** The current page's path, without the query and without a trailing slash. */
export function useCurrentPath(): string {
  return useLocation().pathname.replace(/\/+$/, '') || '/';
}

export function hrefFor(path: string): string {
  return `#${path}`;
}

/**
 * Opens a page as a link would, through the address: the router and the hash query hear the
 * same popstate and hashchange as for a click or a typed address.
 */
export function navigate(path: string): void {
  location.hash = hrefFor(path);
}

export { resetRoute };

onResetRoute(() => {
  lastRouteHash = '#/';
  void router?.navigate('/', { replace: true });
});
