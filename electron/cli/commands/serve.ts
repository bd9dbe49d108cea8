import { startBrowserMode } from '../../server/browser-mode';
import { startBackupSchedule } from '../../services/backup/scheduler';
import { StoreRuntime } from '../../services/store/runtime';
import { defaultStoreDir } from '../../services/store/paths';
import { UsageError, type CliIo } from '../io';
import type { Flags } from './store-commands';

export async function serveCommand(io: CliIo, flags: Flags): Promise<number> {
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port must be a number from 0 to 65535');
  const runtime = new StoreRuntime(flags.store ?? defaultStoreDir(io.env));
  // Claim the store now so a second app on the same store is told at once, not at sign-in.
  runtime.claim();
  const server = await startBrowserMode({ port, runtime });
  const backups = startBackupSchedule(runtime);
  io.out(`Kesher is running in browser mode: ${server.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  backups.atExit();
  runtime.close();
  return 0;
}
