import type { auditContract } from '../contracts/audit';
import { requireRuntime } from '../context';
import { listAuditLog, verifyAuditLog } from '../../services/store/audit-log';
import type { HandlerMap } from './types';

export const auditHandlers: HandlerMap<keyof typeof auditContract> = {
  'audit.list': (input, ctx) => listAuditLog(requireRuntime(ctx), input),
  'audit.verify': (_input, ctx) => verifyAuditLog(requireRuntime(ctx)),
};
