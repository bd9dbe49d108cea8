import type { decisionsContract } from '../contracts/decisions';
import { requireRuntime } from '../context';
import { decide, decisionQueue } from '../../services/caseload/screening';
import type { HandlerMap } from './types';

export const decisionsHandlers: HandlerMap<keyof typeof decisionsContract> = {
  'decisions.queue': (_input, ctx) => decisionQueue(requireRuntime(ctx)),
  'decisions.decide': (input, ctx) => decide(requireRuntime(ctx), input),
};
