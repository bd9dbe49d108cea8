// Which packages the Node bundles (app, CLI, workers, benches) leave to node_modules: all the
// project's dependencies except the ESM-only ones, which a CommonJS bundle cannot require() on
// Node 20 (@hebcal/core exports only "import"; Node 22.12+ could, Node 20 cannot): esbuild
// bundles those in. Marking a package external covers its subpaths too.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ESM_ONLY = ['@hebcal/'];

export function externalPackages(root) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const names = Object.keys({
    ...pkg.dependencies,
    ...pkg.devDependencies,
    ...pkg.optionalDependencies,
    ...pkg.peerDependencies,
  });
  return names.filter((name) => !ESM_ONLY.some((prefix) => name.startsWith(prefix)));
}
