import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const realTypes = path.join(root, 'node_modules', 'electron', 'electron.d.ts');

// The shell is written against a hand-made slice of Electron's API. When the electron
// package's declarations are on disk (they install even when the binary download fails),
// the real modules must be assignable to that slice, or the shell would break in Electron.
describe.skipIf(!existsSync(realTypes))('hand-written Electron interface', () => {
  it('accepts the real electron main and preload modules', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kesher-electron-types-'));
    try {
      const typesModule = path.join(root, 'electron', 'main', 'electron-types').split(path.sep).join('/');
      writeFileSync(
        path.join(dir, 'check.ts'),
        [
          "import * as Real from 'electron';",
          `import type { ElectronModule, PreloadElectronModule } from '${typesModule}';`,
          'export const main: ElectronModule = {',
          '  app: Real.app, Menu: Real.Menu, BrowserWindow: Real.BrowserWindow, ipcMain: Real.ipcMain,',
          '  protocol: Real.protocol, session: Real.session, powerMonitor: Real.powerMonitor,',
          '};',
          'export const preload: PreloadElectronModule = { contextBridge: Real.contextBridge, ipcRenderer: Real.ipcRenderer };',
        ].join('\n'),
      );
      writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: path.join(root, 'tsconfig.base.json'),
          compilerOptions: {
            lib: ['ES2023', 'DOM'],
            types: ['node'],
            typeRoots: [path.join(root, 'node_modules', '@types')],
            paths: { electron: [realTypes] },
          },
          files: ['check.ts'],
        }),
      );
      const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      let output = '';
      try {
        execFileSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
