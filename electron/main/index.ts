import { createRequire } from 'node:module';
import path from 'node:path';
import { createAppState, type AppState } from '../api/context';
import { logger } from '../platform/logger';
import { appVersion, packageRoot, rendererDir } from '../platform/paths';
import type { ElectronModule } from './electron-types';
import { startShell } from './lifecycle';

/** The handlers' shared state; the store runtime is composed here once it exists. */
function composeApp(): AppState {
  return createAppState({ version: appVersion() });
}

// The only place that loads Electron; everything else receives it, so tests can pass a fake.
const electron = createRequire(__filename)('electron') as ElectronModule;

const shell = startShell(electron, {
  composeApp,
  rendererDir: rendererDir(),
  preloadPath: path.join(packageRoot(), 'dist', 'electron', 'preload.cjs'),
});

shell.ready.catch((error: unknown) => {
  logger.error('shell failed to start', { error: error instanceof Error ? error.name : typeof error });
  electron.app.quit();
});
