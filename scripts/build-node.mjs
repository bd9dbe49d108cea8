// Bundles the main-process code with esbuild: the Electron main and preload, and the CLI
// (which also runs browser mode). Dependencies stay external and load from node_modules, except
// the ESM-only ones (node-externals.mjs), bundled in so the CLI runs on Node 20, and except in the
// preload, which runs sandboxed and may only require 'electron'.
import { build } from 'esbuild';
import { externalPackages } from './node-externals.mjs';
import { cpSync, rmSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  logLevel: 'warning',
};

rmSync('dist/electron', { recursive: true, force: true });
rmSync('dist/node', { recursive: true, force: true });

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.cjs',
    external: externalPackages('.'),
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/cli/main.ts'],
    outfile: 'dist/node/cli.cjs',
    external: externalPackages('.'),
  }),
  // The export's self-check worker, beside each bundle that may start it: it is looked for
  // next to the running bundle (electron/services/reports/self-check-thread.ts).
  ...['dist/electron', 'dist/node'].map((dir) =>
    build({
      ...common,
      entryPoints: ['electron/services/reports/self-check-worker.ts'],
      outfile: `${dir}/self-check-worker.cjs`,
      external: externalPackages('.'),
    }),
  ),
]);
cpSync('db/migrations', 'dist/migrations', { recursive: true });
// Read at run time by electron/services/auth/password-policy.ts, which looks beside the bundles.
cpSync('electron/services/auth/common-passwords.txt', 'dist/common-passwords.txt');
