import type { backupContract } from '../contracts/backup';
import { requireRuntime } from '../context';
import { backupOverview, runBackupNow } from '../../services/backup/scheduler';
import type { HandlerMap } from './types';

export const backupHandlers: HandlerMap<keyof typeof backupContract> = {
  'backup.list': (_input, ctx) => backupOverview(requireRuntime(ctx)),
  'backup.run': (_input, ctx) => runBackupNow(requireRuntime(ctx)),
};
