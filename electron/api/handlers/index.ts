import type { MethodName } from '../contract';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { backupHandlers } from './backup';
import { participantHandlers } from './participants';
import { screeningHandlers } from './screening';
import { staffHandlers } from './staff';
import { systemHandlers } from './system';
import type { HandlerMap } from './types';

/** Every handler, by method name; the type forces one handler per contract method. */
export const handlers: HandlerMap<MethodName> = {
  ...systemHandlers,
  ...authHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...screeningHandlers,
  ...participantHandlers,
};
