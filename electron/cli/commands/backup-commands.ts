import { restoreBackup } from '../../services/backup/restore';
import { backupNow } from '../../services/backup/scheduler';
import { defaultStoreDir } from '../../services/store/paths';
import type { CliIo } from '../io';
import { flag, signedInRuntime, type Flags } from './store-commands';

export async function backupCommand(io: CliIo, flags: Flags): Promise<number> {
  const outDir = flag(flags, 'out');
  const runtime = await signedInRuntime(io, flag(flags, 'store'), ['coordinator']);
  try {
    const outcome = backupNow(runtime, runtime.actorId(), outDir);
    if (!outcome?.entry.ok) {
      io.err(`kesher: backup failed (${outcome?.entry.problems.join(', ') ?? 'not run'})`);
      return 1;
    }
    io.out(`Backup written and verified: ${outcome.entry.file}`);
    return 0;
  } finally {
    runtime.close();
  }
}

export async function restoreCommand(io: CliIo, flags: Flags): Promise<number> {
  const result = restoreBackup({
    backupFile: flag(flags, 'backup'),
    newStoreDir: flag(flags, 'store'),
    liveStoreDir: defaultStoreDir(io.env),
  });
  io.out(`Restored into ${result.storeDir}; sign in with the passwords or recovery key of the backup's moment.`);
  return 0;
}
