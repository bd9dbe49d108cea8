import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { gateResources } from '../../renderer/src/i18n/gate-resources';
import { featureResources } from '../../renderer/src/i18n/feature-resources';
import { missingKeys } from '../fixtures/translation-keys';

const ENTRY = 'renderer/src/main.tsx';
const APP = 'renderer/src/App.tsx';

/**
 * The source files the start-up script is made of: everything the renderer's entry imports
 * statically, following imports but not `import()` (those are the lazily loaded chunks), as
 * the bundler splits them. With `lazy: true`, also the screens the gate loads lazily (set-up,
 * forced password change, keyring trouble, joining a centre PC) but not the signed-in app,
 * whose chunk brings the features' strings.
 */
function startUpFiles({ lazy = false } = {}): Promise<string[]> {
  return lazy ? (withLazyScreens ??= walkFromEntry(true)) : (startUpScript ??= walkFromEntry(false));
}

// One bundling per walk for the whole file: each takes seconds and the tests only read it.
let startUpScript: Promise<string[]> | undefined;
let withLazyScreens: Promise<string[]> | undefined;

async function walkFromEntry(lazy: boolean): Promise<string[]> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty', '.woff2': 'empty' },
    outdir: 'out',
    format: 'esm',
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const seen = new Set([ENTRY]);
  const queue = [ENTRY];
  while (queue.length > 0) {
    for (const imported of inputs[queue.shift()!]?.imports ?? []) {
      if (imported.external || seen.has(imported.path) || imported.path === APP) continue;
      if (imported.kind === 'dynamic-import' && !lazy) continue;
      seen.add(imported.path);
      queue.push(imported.path);
    }
  }
  return [...seen].filter((file) => /\.tsx?$/.test(file));
}

/**
 * The sign-in, lock, set-up and join screens draw before the app's chunk (and its strings,
 * feature-resources.ts) has loaded: every key the start-up script uses must be in the gate's
 * strings, or those screens would show raw keys.
 */
describe('the start-up script and its strings', () => {
  it('finds every key it uses in the gate strings, in Hebrew and English', async () => {
    const files = await startUpFiles();
    expect(files).toContain('renderer/src/pages/auth/SignInPage.tsx');
    expect(files).not.toContain('renderer/src/App.tsx');
    const sources = Object.fromEntries(files.map((file) => [file, readFileSync(file, 'utf8')]));
    expect(missingKeys(sources, gateResources)).toEqual([]);
  });

  it('finds every key the gate’s lazily loaded screens use in the gate strings too', async () => {
    // The screens' own files: set-up validates with the whole contract (inputOf), whose domain
    // rules hold keys for screens of the app (eligibility's reasons), not for these.
    const files = (await startUpFiles({ lazy: true })).filter((file) => file.startsWith('renderer/src/'));
    expect(files).toContain('renderer/src/pages/setup/SetupWizard.tsx');
    expect(files).toContain('renderer/src/pages/lan/JoinCentre.tsx');
    const sources = Object.fromEntries(files.map((file) => [file, readFileSync(file, 'utf8')]));
    expect(missingKeys(sources, gateResources)).toEqual([]);
  });

  it('leaves every area contract but the gate’s out of it, and so every other area’s schemas', async () => {
    const contracts = (await startUpFiles()).filter((file) => file.startsWith('electron/api/contract'));
    expect(contracts.sort()).toEqual(['electron/api/contracts/auth.ts', 'electron/api/contracts/roles.ts']);
  });

  it('holds the signed-in screens’ strings apart from the gate’s', () => {
    for (const language of ['he', 'en'] as const) {
      expect(Object.keys(featureResources[language])).toContain('caseload');
      expect(Object.keys(gateResources[language])).not.toContain('caseload');
    }
  });
});
