import type { timelineContract } from '../contracts/timeline';
import { requireRuntime } from '../context';
import { caseworkTimeline } from '../../services/caseload/casework-timeline';
import type { HandlerMap } from './types';

export const timelineHandlers: HandlerMap<keyof typeof timelineContract> = {
  'timeline.casework': (input, ctx) => caseworkTimeline(requireRuntime(ctx), input.id),
};
