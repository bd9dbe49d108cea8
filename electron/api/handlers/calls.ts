import type { callsContract } from '../contracts/calls';
import { requireRuntime } from '../context';
import { callsToMake } from '../../services/caseload/conferences';
import type { HandlerMap } from './types';

export const callsHandlers: HandlerMap<keyof typeof callsContract> = {
  'calls.toMake': (_input, ctx) => callsToMake(requireRuntime(ctx)),
};
