import type { plansContract } from '../contracts/plans';
import { requireRuntime } from '../context';
import { savePlanDraft, signPlan } from '../../services/plans/draft';
import { comparePlanVersions, openPlan, openPlanVersion } from '../../services/plans/read';
import type { HandlerMap } from './types';

export const plansHandlers: HandlerMap<keyof typeof plansContract> = {
  'plans.get': (input, ctx) => openPlan(requireRuntime(ctx), input.participantId),
  'plans.version': (input, ctx) => openPlanVersion(requireRuntime(ctx), input.planId),
  'plans.compare': (input, ctx) => comparePlanVersions(requireRuntime(ctx), input),
  'plans.saveDraft': (input, ctx) => savePlanDraft(requireRuntime(ctx), input),
  'plans.sign': (input, ctx) => signPlan(requireRuntime(ctx), input),
};
