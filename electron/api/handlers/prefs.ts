import type { prefsContract } from '../contracts/prefs';
import { requireRuntime } from '../context';
import { getOwnPreference, setOwnPreference } from '../../services/store/preferences';
import type { HandlerMap } from './types';

export const prefsHandlers: HandlerMap<keyof typeof prefsContract> = {
  'prefs.get': (input, ctx) => ({ value: getOwnPreference(requireRuntime(ctx), input.key) }),
  'prefs.set': (input, ctx) => ({ value: setOwnPreference(requireRuntime(ctx), input.key, input.value) }),
};
