import { AppError } from '../../domain/app-error';
import { PREFERENCE_LIMITS, preferenceValueProblem } from '../../domain/preference-limits';
import { countPreferences, getPreference, setPreference } from '../../../db/repositories/preferences';
import type { StoreRuntime } from './runtime';

/** The signed-in user's own view preferences (column choices, filters); nobody else's. */
export function getOwnPreference(runtime: StoreRuntime, key: string): unknown {
  return getPreference(runtime.db(), runtime.requireSession().userId, key) ?? null;
}

/** Within the preference limits, whoever calls: the contract checks them too, but not every caller passes it. */
export function setOwnPreference(runtime: StoreRuntime, key: string, value: unknown): unknown {
  const userId = runtime.requireSession().userId;
  const problem = preferenceValueProblem(value);
  if (problem) {
    throw new AppError('invalid_input', 'errors.invalid_input', [
      { path: 'value', message: `validation.preference.${problem}` },
    ]);
  }
  const isNewKey = getPreference(runtime.db(), userId, key) === undefined;
  if (isNewKey && countPreferences(runtime.db(), userId) >= PREFERENCE_LIMITS.maxKeysPerUser) {
    throw new AppError('invalid_input', 'errors.prefs.too_many_keys', [
      { path: 'key', message: 'validation.preference.too_many_keys' },
    ]);
  }
  setPreference(runtime.db(), userId, key, value, runtime.now());
  return value;
}
