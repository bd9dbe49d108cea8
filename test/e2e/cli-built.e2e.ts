import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalPackages } from '../../scripts/node-externals.mjs';

/**
 * The built CLI (what `npm start` runs in browser mode, and `kesher …`) loads on the Node that
 * runs the tests. Node 20 cannot require() an ESM-only package from the CommonJS bundle, so the
 * build bundles those in (scripts/node-externals.mjs); leaving @hebcal/core external made
 * `npm start` fail here with ERR_PACKAGE_PATH_NOT_EXPORTED while every test of the sources passed.
 */
describe('the built CLI', () => {
  it('starts and prints its usage', () => {
    const run = spawnSync(process.execPath, [path.join('bin', 'kesher.cjs'), 'help'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: kesher <command> \[options\]/);
  });

  it('leaves the ESM-only packages to the bundle and every other dependency to node_modules', () => {
    const external = externalPackages(process.cwd());
    expect(external).not.toContain('@hebcal/core');
    expect(external).toEqual(expect.arrayContaining(['better-sqlite3-multiple-ciphers', 'zod', 'electron']));
  });
});
