import type { MethodName } from '../contract';
import type { HandlerMap } from './types';
import { systemHandlers } from './system';

/** Every handler, by method name; the type forces one handler per contract method. */
export const handlers: HandlerMap<MethodName> = {
  ...systemHandlers,
};
