import type { searchContract } from '../contracts/search';
import { requireRuntime } from '../context';
import { quickSearchParticipants } from '../../services/caseload/search';
import type { HandlerMap } from './types';

export const searchHandlers: HandlerMap<keyof typeof searchContract> = {
  'search.quick': (input, ctx) => quickSearchParticipants(requireRuntime(ctx), input.q),
};
