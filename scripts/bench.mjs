// Runs the benchmarks in test/bench/*.bench.ts (interface: test/bench/harness.ts).
//   npm run bench              every bench file
//   npm run bench -- cipher    only files whose name contains "cipher" (several filters: any)
// Each file is bundled with esbuild (dependencies stay external) into a scratch folder in the
// checkout, so the bundles resolve packages and find db/migrations from the repo,
// then run in sequence in this process. Benchmarks print figures and ratios, never pass/fail.
import { build } from 'esbuild';
import { externalPackages } from './node-externals.mjs';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'test', 'bench');
const filters = process.argv.slice(2).map((f) => f.toLowerCase());

const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.toLowerCase().includes(f)))
  .sort();

if (files.length === 0) {
  console.error(`no bench file in test/bench matches: ${filters.join(', ') || '(none present)'}`);
  process.exit(1);
}

// The bundles live in the checkout itself, not under node_modules: node_modules may be a symlink
// shared with another checkout, and a bundle there would find THAT checkout's db/migrations.
const outDir = mkdtempSync(path.join(root, '.bench-build-'));
const require = createRequire(import.meta.url);

try {
  await build({
    entryPoints: [path.join(benchDir, 'harness.ts'), ...files.map((name) => path.join(benchDir, name))],
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Dependencies stay external, except the ESM-only ones (node-externals.mjs).
    external: externalPackages(root),
    logLevel: 'warning',
  });
  // The export's self-check worker, where the bundles look for it (beside themselves), as the
  // build puts it beside the app's: the export bench then checks on a worker as the app does.
  await build({
    entryPoints: [path.join(root, 'electron', 'services', 'reports', 'self-check-worker.ts')],
    outfile: path.join(outDir, 'self-check-worker.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: externalPackages(root),
    logLevel: 'warning',
  });
  const { formatSection } = require(path.join(outDir, 'harness.cjs'));

  console.log(`Kesher benchmarks · node ${process.version} · ${process.platform}-${process.arch}\n`);
  for (const name of files) {
    const bench = require(path.join(outDir, name.replace(/\.ts$/, '.cjs')));
    if (typeof bench.run !== 'function') throw new Error(`${name} does not export run()`);
    const started = Date.now();
    const section = await bench.run();
    console.log(formatSection(section));
    console.log(`  (${name}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
