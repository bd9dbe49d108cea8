import type { consentsContract } from '../contracts/consents';
import { requireRuntime } from '../context';
import { addConsent, withdrawConsentRecord } from '../../services/caseload/consents';
import type { HandlerMap } from './types';

export const consentsHandlers: HandlerMap<keyof typeof consentsContract> = {
  'consents.add': (input, ctx) => addConsent(requireRuntime(ctx), input),
  'consents.withdraw': (input, ctx) => withdrawConsentRecord(requireRuntime(ctx), input.consentId, input.withdrawnDate),
};
