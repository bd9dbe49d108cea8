import { createRequire } from 'node:module';
import path from 'node:path';
import type { AppState } from '../services/store/app-state';
import { logger } from '../platform/logger';
import { osSecretBox } from '../platform/os-secret-box';
import { appVersion, packageRoot, rendererDir } from '../platform/paths';
import { startBackupSchedule } from '../services/backup/scheduler';
import { startLanHost, type RunningLanHost } from '../server/lan-host';
import { composePcApp, type PcApp } from '../server/pc-mode';
import { defaultStoreDir } from '../services/store/paths';
import { StoreRuntime } from '../services/store/runtime';
import { dispatch } from '../api/dispatch';
import type { ElectronModule } from './electron-types';
import { startShell } from './lifecycle';

/** PCs that called within this window count as working (the tray asks before quitting). */
const ACTIVE_PC_MS = 5 * 60_000;

const storeDir = defaultStoreDir();
const runtime = new StoreRuntime(storeDir);
let backups: ReturnType<typeof startBackupSchedule> | null = null;
let lanHost: RunningLanHost | null = null;
let pc: PcApp | null = null;

/** The handlers' shared state over the centre store; built once this process holds the single-instance lock. */
function composeApp(): AppState {
  try {
    runtime.claim();
  } catch (error) {
    // Another program (the CLI, browser mode) holds the store: sign-in will say so clearly.
    logger.warn('store is in use by another program', { error: error instanceof Error ? error.name : typeof error });
  }
  backups = startBackupSchedule(runtime);
  // A PC without a store may also join the centre PC; its device key is sealed by the OS where it can be.
  const box = osSecretBox(electron.safeStorage);
  if (!box) logger.warn('the OS offers no key protection here; the pairing file is owner-only', {});
  pc = composePcApp({ version: appVersion(), runtime, dataDir: storeDir, ...(box ? { box } : {}) });
  // Host mode (Settings): the listener resumes once the store is open if the coordinator turned it on.
  lanHost = startLanHost({ app: pc.app });
  lanHost.ready.catch(() => logger.warn('host mode could not start', {}));
  return pc.app;
}

// The only place that loads Electron; everything else receives it, so tests can pass a fake.
const electron = createRequire(__filename)('electron') as ElectronModule;

const shell = startShell(electron, {
  composeApp,
  rendererDir: rendererDir(),
  preloadPath: path.join(packageRoot(), 'dist', 'electron', 'preload.cjs'),
  // A paired PC's calls go to the centre PC; every other PC answers them itself.
  dispatch: (method, input, ctx) => (pc ? pc.dispatcher(method, input, ctx) : dispatch(method, input, ctx)),
  onSystemLock: () => runtime.lockAll('system'),
  hostMode: () => lanHost?.lan.sharing(ACTIVE_PC_MS) ?? null,
  onQuit: async () => {
    backups?.atExit();
    pc?.lanClient?.close();
    await lanHost?.close();
    runtime.close();
  },
});

shell.ready.catch((error: unknown) => {
  logger.error('shell failed to start', { error: error instanceof Error ? error.name : typeof error });
  electron.app.quit();
});
