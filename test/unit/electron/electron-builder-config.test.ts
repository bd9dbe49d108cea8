import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { defaultStoreDir } from '../../../electron/services/store/paths';

// No YAML parser is a dependency, so the file is read as text: a top-level key's block is
// the indented lines below it, and a list is its "- " items.
const root = path.resolve(__dirname, '../../..');
const text = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const lines = text.split('\n').filter((line) => !/^\s*(#|$)/.test(line));

function topLevel(key: string): string | undefined {
  return lines
    .find((line) => line.startsWith(`${key}:`))
    ?.slice(key.length + 1)
    .trim();
}

function block(key: string): string[] {
  const start = lines.findIndex((line) => line === `${key}:`);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && !line.startsWith(' '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

function items(blockLines: string[]): string[] {
  return blockLines.map((line) => /^\s*- (?:target: )?(.+)$/.exec(line)?.[1]).filter((x): x is string => !!x);
}

describe('electron-builder.yml', () => {
  it('names the app il.org.kesher.desktop / Kesher and writes to release/', () => {
    expect(topLevel('appId')).toBe('il.org.kesher.desktop');
    expect(topLevel('productName')).toBe('Kesher');
    expect(block('directories')).toContain('  output: release');
  });

  it('packs the built app, the migrations and package.json, leaving node_modules to the default', () => {
    expect(items(block('files'))).toEqual(['dist/**', 'db/migrations/**', 'package.json']);
    expect(text).not.toMatch(/!.*node_modules/);
  });

  it('starts the bundled main process, the same file package.json names', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(block('extraMetadata')).toEqual(['  main: dist/electron/main.cjs']);
    expect(manifest.main).toBe('dist/electron/main.cjs');
  });

  it('uses asar and unpacks the native modules and the document fonts', () => {
    expect(topLevel('asar')).toBe('true');
    expect(items(block('asarUnpack'))).toEqual([
      'node_modules/better-sqlite3-multiple-ciphers/**',
      'node_modules/@node-rs/**',
      'node_modules/@expo-google-fonts/heebo/**',
    ]);
  });

  it('builds an x64 NSIS installer for Windows', () => {
    const win = block('win');
    expect(items(win)).toEqual(['nsis', 'x64']);
  });

  it('builds AppImage and deb for Linux in the Office category', () => {
    const linux = block('linux');
    expect(linux).toContain('  category: Office');
    expect(items(linux)).toEqual(['AppImage', 'deb']);
  });

  it('turns off the fuses that would let the binary run as plain Node', () => {
    const fuses = block('electronFuses');
    expect(fuses).toContain('  runAsNode: false');
    expect(fuses).toContain('  enableNodeOptionsEnvironmentVariable: false');
    expect(fuses).toContain('  enableNodeCliInspectArguments: false');
    expect(fuses).toContain('  onlyLoadAppFromAsar: true');
  });
});

describe('electron-builder.yml, as electron-builder itself reads it', () => {
  // The same two steps `electron-builder` runs before it downloads Electron or builds anything,
  // so a misspelt or misplaced option fails here instead of on the build machine.
  async function loadConfig(): Promise<Configuration> {
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util/out/DebugLogger');
    const config = await getConfig(root, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    return config;
  }

  it('passes electron-builder schema validation', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('il.org.kesher.desktop');
  });

  it('flips every hardening fuse, including the embedded asar integrity check', async () => {
    const { electronFuses, disableAsarIntegrity } = await loadConfig();
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The integrity fuse checks a hash electron-builder embeds unless this is set.
    expect(disableAsarIntegrity).toBeUndefined();
  });

  it('installs per machine for every Windows account, keeping the store on uninstall', async () => {
    const { nsis } = await loadConfig();
    expect(nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowElevation: true,
      deleteAppDataOnUninstall: false,
      include: 'build/installer.nsh',
    });
  });

  it('has the installer create the per-machine store folder the app opens, writable by local Users', () => {
    const script = readFileSync(path.join(root, 'build', 'installer.nsh'), 'utf8');
    const install = /!macro customInstall\n([\s\S]*?)!macroend/.exec(script)?.[1] ?? '';
    expect(install).toContain('ReadEnvStr $0 PROGRAMDATA');
    expect(install).toContain('CreateDirectory "$0\\Kesher\\store"');
    // BUILTIN\Users by SID, Modify, inherited by files and folders created inside.
    expect(install).toMatch(/icacls "\$0\\Kesher\\store" \/grant \*S-1-5-32-545:\(OI\)\(CI\)M/);
    expect(defaultStoreDir({ PROGRAMDATA: 'C:\\ProgramData' }, 'win32')).toBe('C:\\ProgramData\\Kesher\\store');
    const uninstall = /!macro customUnInstall\n([\s\S]*?)!macroend/.exec(script)?.[1];
    expect(uninstall?.trim()).toBe('');
  });

  it('builds x64 NSIS for Windows and AppImage plus deb for Linux', async () => {
    const { win, linux } = await loadConfig();
    expect(win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('gives the deb the maintainer and homepage electron-builder refuses to build one without', async () => {
    const { linux } = await loadConfig();
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { homepage?: string };
    expect(linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(manifest.homepage).toMatch(/^https:\/\//);
  });

  it('unpacks the native database and password-hash modules from the asar', async () => {
    const { asar, asarUnpack } = await loadConfig();
    expect(asar).toBe(true);
    expect(asarUnpack).toEqual(expect.arrayContaining(['node_modules/better-sqlite3-multiple-ciphers/**']));
  });

  it('takes code signing from the environment only and builds unsigned without it', async () => {
    const config = await loadConfig();
    expect(config.forceCodeSigning).toBe(false);
    expect(lines.join('\n')).not.toMatch(/csc|certificate|password|signtool/i);
    expect(config.win?.signtoolOptions).toBeUndefined();
    expect(config.win?.azureSignOptions).toBeUndefined();
  });
});
