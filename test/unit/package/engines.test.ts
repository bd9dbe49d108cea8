import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/** semver comes with npm's own tool chain (a transitive dependency); typed here for what is used. */
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

const root = process.cwd();
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
}

const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(read('package.json')) as { engines: { node: string } };

/** The README's promise: "Supported Node.js: **22.13 or later on the 22.x line, and 24.x**". */
function readmeMinimum(): string {
  const line = /^Supported Node\.js: \*\*(\d+\.\d+) or later/m.exec(read('README.md'));
  if (!line?.[1]) throw new Error('README.md has no "Supported Node.js" line');
  return `${line[1]}.0`;
}

/** Every package npm would install with its `engines.node`, from the lock (the root excluded). */
function declaredRanges(): { name: string; range: string }[] {
  return Object.entries(lock.packages).flatMap(([key, entry]) => {
    const engines = entry.engines;
    const range = engines && !Array.isArray(engines) ? engines.node : undefined;
    return key && range ? [{ name: `${key.replace(/^.*node_modules\//, '')}@${entry.version ?? '?'}`, range }] : [];
  });
}

describe('the Node.js versions the README promises are the ones every installed package accepts', () => {
  const minimum = readmeMinimum();

  it('every package in the lock accepts the README minimum, so npm install there warns no EBADENGINE', () => {
    const refusing = declaredRanges().filter(({ range }) => !semver.satisfies(minimum, range));
    expect(refusing).toEqual([]);
  });

  it('every package accepts the newest supported line too (24.x)', () => {
    const refusing = declaredRanges().filter(({ range }) => !semver.satisfies('24.0.0', range));
    expect(refusing).toEqual([]);
  });

  it('package.json and the lock declare the same floor as the README', () => {
    expect(semver.minVersion(manifest.engines.node)?.version).toBe(minimum);
    expect(lock.packages['']?.engines).toEqual(manifest.engines);
  });

  it('the check is not vacuous: the lock declares engines, and Node 20 (end of life) is refused by some', () => {
    expect(declaredRanges().length).toBeGreaterThan(50);
    expect(declaredRanges().some(({ range }) => !semver.satisfies('20.19.0', range))).toBe(true);
  });
});
