import { getPreference, setPreference } from '../../../db/repositories/preferences';
import type { StoreRuntime } from './runtime';

/** The signed-in user's own view preferences (column choices, filters); nobody else's. */
export function getOwnPreference(runtime: StoreRuntime, key: string): unknown {
  return getPreference(runtime.db(), runtime.requireSession().userId, key) ?? null;
}

export function setOwnPreference(runtime: StoreRuntime, key: string, value: unknown): unknown {
  setPreference(runtime.db(), runtime.requireSession().userId, key, value, runtime.now());
  return value;
}
