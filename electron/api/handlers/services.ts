import type { servicesContract } from '../contracts/services';
import { requireRuntime } from '../context';
import { listServiceDirectory, saveServiceEntry } from '../../services/caseload/directory';
import type { HandlerMap } from './types';

export const servicesHandlers: HandlerMap<keyof typeof servicesContract> = {
  'services.list': (input, ctx) => listServiceDirectory(requireRuntime(ctx), input.includeInactive),
  'services.save': (input, ctx) => saveServiceEntry(requireRuntime(ctx), input),
};
