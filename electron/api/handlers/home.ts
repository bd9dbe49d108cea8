import type { homeContract } from '../contracts/home';
import { requireRuntime } from '../context';
import { homeDay } from '../../services/caseload/home-day';
import type { HandlerMap } from './types';

export const homeHandlers: HandlerMap<keyof typeof homeContract> = {
  'home.day': (input, ctx) => homeDay(requireRuntime(ctx), input),
};
