import type { inquiriesContract } from '../contracts/inquiries';
import { requireRuntime } from '../context';
import { createInquiry } from '../../services/caseload/inquiries';
import type { HandlerMap } from './types';

export const inquiriesHandlers: HandlerMap<keyof typeof inquiriesContract> = {
  'inquiries.create': (input, ctx) => createInquiry(requireRuntime(ctx), input),
};
