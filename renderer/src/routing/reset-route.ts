/**
 * Sending the app home on sign-out, without react-router: the gate that signs out is on the
 * sign-in screen's path, which loads before (and without) the router. The router registers
 * what else a reset must do once it exists (router.ts).
 */
let resetRouter: (() => void) | null = null;

export function onResetRoute(reset: () => void): void {
  resetRouter = reset;
}

/** Back to the home page without a history entry: the next user must not land where the last one was. */
export function resetRoute(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}#/`);
  resetRouter?.();
}
