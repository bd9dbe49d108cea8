import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The paired office PC a call came through (host mode). The LAN transport's dispatch runs the
 * call inside this scope, so every audit entry the call writes names the device, whichever
 * service writes it, without each of them passing it along.
 */
const scope = new AsyncLocalStorage<string>();

export function withAuditDevice<T>(deviceId: string | undefined, fn: () => T): T {
  return deviceId ? scope.run(deviceId, fn) : fn();
}

export function currentAuditDevice(): string | null {
  return scope.getStore() ?? null;
}
