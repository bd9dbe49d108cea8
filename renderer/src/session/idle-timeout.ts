/**
 * The idle time before the renderer locks. `?idleSeconds=N` in the address is a test and
 * demonstration aid: it is honoured only in browser mode, never in the desktop app, where
 * the centre's setting always applies.
 */
export function idleTimeoutMs(idleLockMinutes: number, search: string, desktop: boolean): number {
  const override = desktop ? null : testIdleSeconds(search);
  if (override !== null) return override * 1000;
  return Math.max(1, idleLockMinutes) * 60_000;
}

export function testIdleSeconds(search: string): number | null {
  const raw = new URLSearchParams(search).get('idleSeconds');
  if (raw === null || !/^\d{1,5}$/.test(raw)) return null;
  const seconds = Number(raw);
  return seconds >= 1 ? seconds : null;
}

/**
 * While the user is active, the renderer tells the server so at this interval, so the
 * server's own idle lock (its backstop) does not fire in the middle of a long form.
 */
export function heartbeatMs(idleMs: number): number {
  return Math.min(60_000, Math.max(1_000, Math.floor(idleMs / 2)));
}
