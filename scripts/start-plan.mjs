// The decisions behind `npm start`, apart from the script that carries them out so they can
// be unit-tested: is the build stale, is there an Electron binary, and what to run.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const BROWSER_FALLBACK_NOTICE =
  'Electron is not installed on this machine (its binary cannot be downloaded here); starting Kesher in browser mode instead.';

/** What `npm run build` produces; all must exist and be newer than every source. */
export const BUILD_OUTPUTS = [
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/node/cli.cjs',
  'dist/renderer/index.html',
];

/** Files and folders whose changes the build depends on. */
export const BUILD_SOURCES = ['electron', 'renderer', 'db', 'scripts/build-node.mjs', 'vite.config.ts', 'package.json'];

/** Newest modification time (ms) of the files at or below the given paths; 0 if none exist. */
export function newestMtime(root, relativePaths) {
  let newest = 0;
  const visit = (target) => {
    let stat;
    try {
      stat = statSync(target);
    } catch {
      return;
    }
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(target)) {
      if (entry !== 'node_modules') visit(path.join(target, entry));
    }
  };
  for (const relative of relativePaths) visit(path.join(root, relative));
  return newest;
}

/** Modification time (ms) of each output, or null for a missing one. */
export function outputTimes(root, relativePaths = BUILD_OUTPUTS) {
  return relativePaths.map((relative) => {
    try {
      return statSync(path.join(root, relative)).mtimeMs;
    } catch {
      return null;
    }
  });
}

/** The build is stale when an output is missing or a source changed after the oldest output. */
export function buildIsStale({ outputs, newestSource }) {
  if (outputs.length === 0 || outputs.some((time) => time === null)) return true;
  return newestSource > Math.min(...outputs);
}

/**
 * The Electron binary the installed electron package points at, or null. The package can be
 * present without its binary (its download failed), so `path.txt` and the file it names
 * under `dist/` must both exist.
 */
export function findElectronBinary(root) {
  let entry;
  try {
    entry = createRequire(path.join(root, 'package.json')).resolve('electron');
  } catch {
    return null;
  }
  const packageDir = path.dirname(entry);
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return null;
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  return { binary, version: String(version) };
}

/** Records that native modules were rebuilt for this Electron version, so it happens once. */
export function appDepsMarker(root, electronVersion) {
  return path.join(root, 'node_modules', '.cache', 'kesher', `app-deps-electron-${electronVersion}.done`);
}

/**
 * What to run. `argv` is what followed `npm start --`; `--browser` is the script's own flag
 * and everything else goes to the app. Electron gets the project folder; browser mode is
 * `kesher serve`, run by the given Node binary.
 */
export function planStart({ argv, electron, appDepsReady, node }) {
  const browserRequested = argv.includes('--browser');
  const appArgs = argv.filter((arg) => arg !== '--browser');
  if (browserRequested || !electron) {
    return {
      mode: 'browser',
      notice: browserRequested ? null : BROWSER_FALLBACK_NOTICE,
      prepare: [],
      launch: { command: node, args: ['bin/kesher.cjs', 'serve', ...appArgs] },
    };
  }
  return {
    mode: 'electron',
    notice: null,
    prepare: appDepsReady
      ? []
      : [{ command: 'npx', args: ['electron-builder', 'install-app-deps'], marksAppDeps: true }],
    launch: { command: electron.binary, args: ['.', ...appArgs] },
  };
}
