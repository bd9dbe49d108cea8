import type { PreloadElectronModule } from '../main/electron-types';
import { exposeBridge } from './bridge';

// A sandboxed preload has no module loader of its own, only this require for 'electron'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
exposeBridge(require('electron') as PreloadElectronModule);
