import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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

  it('uses asar and unpacks the native modules', () => {
    expect(topLevel('asar')).toBe('true');
    expect(items(block('asarUnpack'))).toEqual([
      'node_modules/better-sqlite3-multiple-ciphers/**',
      'node_modules/@node-rs/**',
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
