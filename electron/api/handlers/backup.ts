import type { backupContract } from '../contracts/backup';
import { requireRuntime } from '../context';
import { AppError } from '../result';
import { getSetting } from '../../../db/repositories/settings';
import { backupNow } from '../../services/backup/scheduler';
import { isBackupDue, lastGoodBackupAt, readBackupHistory } from '../../services/backup/schedule';
import type { HandlerMap } from './types';

export const backupHandlers: HandlerMap<keyof typeof backupContract> = {
  'backup.list': (_input, ctx) => {
    const runtime = requireRuntime(ctx);
    const history = readBackupHistory(runtime.db());
    const lastGood = lastGoodBackupAt(history);
    return {
      folder: getSetting(runtime.db(), 'backup.folder') ?? null,
      lastGoodAt: lastGood?.toISOString() ?? null,
      due: isBackupDue(lastGood, runtime.now()),
      history: [...history].reverse(),
    };
  },
  'backup.run': (_input, ctx) => {
    const runtime = requireRuntime(ctx);
    const outcome = backupNow(runtime, runtime.actorId());
    if (!outcome) throw new AppError('conflict', 'errors.backup.no_folder');
    return outcome.entry;
  },
};
