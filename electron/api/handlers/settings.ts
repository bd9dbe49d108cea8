import type { settingsContract } from '../contracts/settings';
import { requireRuntime } from '../context';
import { centreSettings, updateCentreSettings } from '../../services/store/centre-settings';
import type { HandlerMap } from './types';

export const settingsHandlers: HandlerMap<keyof typeof settingsContract> = {
  'settings.get': (_input, ctx) => centreSettings(requireRuntime(ctx)),
  'settings.update': (input, ctx) => updateCentreSettings(requireRuntime(ctx), input),
};
