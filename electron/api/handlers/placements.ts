import type { placementsContract } from '../contracts/placements';
import { requireRuntime } from '../context';
import { endPlacement, listPlacementsOf, savePlacement } from '../../services/placements/placements';
import type { HandlerMap } from './types';

export const placementsHandlers: HandlerMap<keyof typeof placementsContract> = {
  'placements.list': (input, ctx) => listPlacementsOf(requireRuntime(ctx), input.participantId),
  'placements.save': (input, ctx) => savePlacement(requireRuntime(ctx), input),
  'placements.end': (input, ctx) => endPlacement(requireRuntime(ctx), input.placementId, input.endDate),
};
