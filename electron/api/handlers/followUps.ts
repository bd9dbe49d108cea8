import type { followUpsContract } from '../contracts/followUps';
import { requireRuntime } from '../context';
import { answerFollowUpCall, followUpQueueFor } from '../../services/placements/follow-ups';
import type { HandlerMap } from './types';

export const followUpsHandlers: HandlerMap<keyof typeof followUpsContract> = {
  'followUps.queue': (input, ctx) => followUpQueueFor(requireRuntime(ctx), input.scope, input.coachId),
  'followUps.answer': (input, ctx) => answerFollowUpCall(requireRuntime(ctx), input),
};
