import type { exitsContract } from '../contracts/exits';
import { requireRuntime } from '../context';
import { dueForExit, exitDetails } from '../../services/caseload/exits';
import type { HandlerMap } from './types';

export const exitsHandlers: HandlerMap<keyof typeof exitsContract> = {
  'exits.due': (_input, ctx) => dueForExit(requireRuntime(ctx)),
  'exits.get': (input, ctx) => exitDetails(requireRuntime(ctx), input.id),
};
