import { createRequire } from 'node:module';
import path from 'node:path';
import { createAppState, type AppState } from '../services/store/app-state';
import { logger } from '../platform/logger';
import { appVersion, packageRoot, rendererDir } from '../platform/paths';
import { startBackupSchedule } from '../services/backup/scheduler';
import { startLanHost, type RunningLanHost } from '../server/lan-host';
import { defaultStoreDir } from '../services/store/paths';
import { StoreRuntime } from '../services/store/runtime';
import type { ElectronModule } from './electron-types';
import { startShell } from './lifecycle';

const runtime = new StoreRuntime(defaultStoreDir());
let backups: ReturnType<typeof startBackupSchedule> | null = null;
let lanHost: RunningLanHost | null = null;

/** The handlers' shared state over the centre store; built once this process holds the single-instance lock. */
function composeApp(): AppState {
  try {
    runtime.claim();
  } catch (error) {
    // Another program (the CLI, browser mode) holds the store: sign-in will say so clearly.
    logger.warn('store is in use by another program', { error: error instanceof Error ? error.name : typeof error });
  }
  backups = startBackupSchedule(runtime);
  const app = createAppState({ version: appVersion(), runtime });
  // Host mode (Settings): the listener resumes once the store is open if the coordinator turned it on.
  lanHost = startLanHost({ app });
  lanHost.ready.catch(() => logger.warn('host mode could not start', {}));
  return app;
}

// The only place that loads Electron; everything else receives it, so tests can pass a fake.
const electron = createRequire(__filename)('electron') as ElectronModule;

const shell = startShell(electron, {
  composeApp,
  rendererDir: rendererDir(),
  preloadPath: path.join(packageRoot(), 'dist', 'electron', 'preload.cjs'),
  onSystemLock: () => runtime.lockAll('system'),
  onQuit: () => {
    backups?.atExit();
    void lanHost?.close();
    runtime.close();
  },
});

shell.ready.catch((error: unknown) => {
  logger.error('shell failed to start', { error: error instanceof Error ? error.name : typeof error });
  electron.app.quit();
});
