import type { eligibilityContract } from '../contracts/eligibility';
import { requireRuntime } from '../context';
import { evaluateAnswers, getCriteria, saveCriteria } from '../../services/caseload/settings';
import type { HandlerMap } from './types';

export const eligibilityHandlers: HandlerMap<keyof typeof eligibilityContract> = {
  'eligibility.getCriteria': (_input, ctx) => getCriteria(requireRuntime(ctx).db()),
  'eligibility.setCriteria': (input, ctx) => saveCriteria(requireRuntime(ctx), input.criteria),
  'eligibility.evaluate': (input, ctx) => evaluateAnswers(requireRuntime(ctx), input.answers),
};
