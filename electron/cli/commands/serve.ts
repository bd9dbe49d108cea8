import { startBrowserMode } from '../../server/browser-mode';
import { startLanHost } from '../../server/lan-host';
import { startBackupSchedule } from '../../services/backup/scheduler';
import { StoreRuntime } from '../../services/store/runtime';
import { composePcApp } from '../../server/pc-mode';
import { defaultStoreDir } from '../../services/store/paths';
import { appVersion } from '../../platform/paths';
import { UsageError, type CliIo } from '../io';
import type { Flags } from './store-commands';

export function portFlag(value: string | undefined, fallback: number): number {
  const port = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port must be a number from 0 to 65535');
  return port;
}

export async function serveCommand(io: CliIo, flags: Flags): Promise<number> {
  const port = portFlag(flags.port, 0);
  const lanPort = flags['lan-port'] === undefined ? undefined : portFlag(flags['lan-port'], 0);
  if ((flags.host !== undefined || lanPort !== undefined) && flags.lan === undefined)
    throw new UsageError('--host and --lan-port need --lan');
  const storeDir = flags.store ?? defaultStoreDir(io.env);
  const runtime = new StoreRuntime(storeDir);
  // Claim the store now so a second app on the same store is told at once, not at sign-in.
  runtime.claim();
  // A PC without a store may create one or connect to the centre PC (its first screen offers both).
  const { app, dispatcher, relay, handOver, lanClient } = composePcApp({
    version: appVersion(),
    runtime,
    dataDir: storeDir,
  });
  const server = await startBrowserMode({ port, app, dispatcher, relay, handOver });
  const backups = startBackupSchedule(runtime);
  io.out(`Kesher is running in browser mode: ${server.url}`);
  // Host mode: the listener for the other office PCs starts once someone signs in here (its key is
  // sealed with the store key). `--lan` turns it on; without it, the coordinator turns it on in
  // Settings, and a store that had it on resumes it.
  const wanted = flags.lan !== undefined;
  const lan = startLanHost({ app, host: flags.host, ...(wanted ? { enable: { port: lanPort } } : {}) });
  if (wanted) io.out('Host mode: sign in once on this PC to let the other office PCs connect.');
  void lan.ready.then(
    () =>
      void lan.lan.status().then((s) => {
        if (s.listening)
          io.out(`Host mode is on: ${s.addresses.join(', ')} port ${s.port}, certificate ${s.fingerprint}`);
      }),
    () => io.err('kesher: host mode could not start'),
  );
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await lan.close();
  lanClient?.close();
  backups.atExit();
  runtime.close();
  return 0;
}
