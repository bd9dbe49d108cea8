import type { screeningContract } from '../contracts/screening';
import { requireRuntime } from '../context';
import { recordScreening } from '../../services/caseload/screening';
import type { HandlerMap } from './types';

export const screeningHandlers: HandlerMap<keyof typeof screeningContract> = {
  'screening.record': (input, ctx) => recordScreening(requireRuntime(ctx), input),
};
