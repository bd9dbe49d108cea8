import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cachedRoot: string | undefined;

/**
 * The folder holding Kesher's package.json: the repository in development and tests, the
 * app.asar root when packaged. Bundled and source builds sit at different depths below it.
 */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  for (let i = 0; i < 8; i += 1) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'kesher') return (cachedRoot = dir);
    }
    dir = path.dirname(dir);
  }
  throw new Error('Kesher package root not found');
}

export function rendererDir(): string {
  return path.join(packageRoot(), 'dist', 'renderer');
}

export function appVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
