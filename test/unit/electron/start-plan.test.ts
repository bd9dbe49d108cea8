import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appDepsMarker,
  BROWSER_FALLBACK_NOTICE,
  buildIsStale,
  findElectronBinary,
  newestMtime,
  outputTimes,
  planStart,
} from '../../../scripts/start-plan.mjs';

const NODE = '/usr/bin/node';
const electron = { binary: '/p/node_modules/electron/dist/electron', version: '38.8.6' };

describe('npm start plan', () => {
  it('falls back to browser mode with exactly one notice line when Electron is absent', () => {
    const plan = planStart({ argv: ['--store', '/data/kesher'], electron: null, appDepsReady: false, node: NODE });
    expect(plan.mode).toBe('browser');
    expect(plan.notice).toBe(BROWSER_FALLBACK_NOTICE);
    expect(plan.notice).not.toContain('\n');
    expect(plan.prepare).toEqual([]);
    expect(plan.launch).toEqual({ command: NODE, args: ['bin/kesher.cjs', 'serve', '--store', '/data/kesher'] });
  });

  it('runs browser mode silently when --browser is asked for, even with Electron present', () => {
    const plan = planStart({ argv: ['--browser', '--port', '4000'], electron, appDepsReady: true, node: NODE });
    expect(plan.mode).toBe('browser');
    expect(plan.notice).toBeNull();
    expect(plan.launch).toEqual({ command: NODE, args: ['bin/kesher.cjs', 'serve', '--port', '4000'] });
  });

  it('rebuilds native modules for Electron first when that has not been done yet, then launches it', () => {
    const plan = planStart({ argv: ['--store', 'x'], electron, appDepsReady: false, node: NODE });
    expect(plan.mode).toBe('electron');
    expect(plan.notice).toBeNull();
    expect(plan.prepare).toEqual([
      { command: 'npx', args: ['electron-builder', 'install-app-deps'], marksAppDeps: true },
    ]);
    expect(plan.launch).toEqual({ command: electron.binary, args: ['.', '--store', 'x'] });
  });

  it('does not rebuild native modules again once the marker exists', () => {
    expect(planStart({ argv: [], electron, appDepsReady: true, node: NODE }).prepare).toEqual([]);
  });

  it('keeps one marker per Electron version under node_modules/.cache/kesher', () => {
    expect(appDepsMarker('/p', '38.8.6')).toBe(
      path.join('/p/node_modules/.cache/kesher/app-deps-electron-38.8.6.done'),
    );
    expect(appDepsMarker('/p', '39.0.0')).not.toBe(appDepsMarker('/p', '38.8.6'));
  });
});

describe('build staleness', () => {
  it('is stale when an output is missing or older than the newest source', () => {
    expect(buildIsStale({ outputs: [], newestSource: 0 })).toBe(true);
    expect(buildIsStale({ outputs: [200, null], newestSource: 100 })).toBe(true);
    expect(buildIsStale({ outputs: [200, 150], newestSource: 160 })).toBe(true);
  });

  it('is fresh when every output is newer than every source', () => {
    expect(buildIsStale({ outputs: [200, 150], newestSource: 150 })).toBe(false);
    expect(buildIsStale({ outputs: [200, 150], newestSource: 100 })).toBe(false);
  });
});

describe('filesystem probes', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function fakeElectronPackage(files: Record<string, string>) {
    root = mkdtempSync(path.join(tmpdir(), 'kesher-start-'));
    writeFileSync(path.join(root, 'package.json'), '{"name":"kesher"}');
    const dir = path.join(root, 'node_modules', 'electron');
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"name":"electron","version":"38.8.6","main":"index.js"}');
    writeFileSync(path.join(dir, 'index.js'), '');
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    return dir;
  }

  it('finds no Electron when the package is not installed', () => {
    root = mkdtempSync(path.join(tmpdir(), 'kesher-start-'));
    writeFileSync(path.join(root, 'package.json'), '{"name":"kesher"}');
    expect(findElectronBinary(root)).toBeNull();
  });

  it('finds no Electron when the package is installed but its binary download failed', () => {
    fakeElectronPackage({});
    expect(findElectronBinary(root)).toBeNull();
  });

  it('finds no Electron when path.txt names a binary that is not there', () => {
    fakeElectronPackage({ 'path.txt': 'electron' });
    expect(findElectronBinary(root)).toBeNull();
  });

  it('finds the binary path.txt names under dist/, with the package version', () => {
    const dir = fakeElectronPackage({ 'path.txt': 'electron', 'dist/electron': '' });
    expect(findElectronBinary(root)).toEqual({ binary: path.join(dir, 'dist', 'electron'), version: '38.8.6' });
  });

  it('reads the newest source time below folders and reports missing outputs as null', () => {
    root = mkdtempSync(path.join(tmpdir(), 'kesher-start-'));
    mkdirSync(path.join(root, 'src', 'deep'), { recursive: true });
    writeFileSync(path.join(root, 'src', 'a.ts'), '');
    writeFileSync(path.join(root, 'src', 'deep', 'b.ts'), '');
    utimesSync(path.join(root, 'src', 'a.ts'), 1000, 1000);
    utimesSync(path.join(root, 'src', 'deep', 'b.ts'), 2000, 2000);
    expect(newestMtime(root, ['src', 'missing'])).toBe(2_000_000);
    expect(outputTimes(root, ['src/a.ts', 'dist/none.cjs'])).toEqual([1_000_000, null]);
  });
});
