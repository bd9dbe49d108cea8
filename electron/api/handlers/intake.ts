import type { intakeContract } from '../contracts/intake';
import { requireRuntime } from '../context';
import { getRequiredForms, saveRequiredForms } from '../../services/caseload/settings';
import type { HandlerMap } from './types';

export const intakeHandlers: HandlerMap<keyof typeof intakeContract> = {
  'intake.getRequiredForms': (_input, ctx) => getRequiredForms(requireRuntime(ctx).db()),
  'intake.setRequiredForms': (input, ctx) => saveRequiredForms(requireRuntime(ctx), input.forms),
};
