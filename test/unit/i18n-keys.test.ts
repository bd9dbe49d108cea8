import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/api/contract';
import { resources } from '../../renderer/src/i18n/resources';
import { letterFields } from '../../electron/domain/letters';
import { invitationFields } from '../../electron/domain/letter-templates';

/**
 * Every translation key written in code exists in both languages. A key shows up in code in
 * two ways, and the scan reads both:
 * - in a place that only ever holds a key (`t('…')` including `t(cond ? '…' : '…')`,
 *   `AppError(code, '…')`, `fail(code, '…')`, `message:` / `error:` / `reason:` / `key:` and
 *   any `…Key:` or `…Key="…"` prop): every dotted literal there is a key, whatever it starts with,
 *   so a misspelt first segment is caught too;
 * - anywhere else (comparisons such as `message === 'errors.auth.not_locked'`, values returned
 *   from helpers, zod's `.regex(re, '…')`): a dotted literal whose first segment is a top-level
 *   section of the translations is a key, unless it is an API method name or listed in NOT_KEYS.
 * Template literals are checked by their static prefix only: `codes.${list}.${value}` requires a
 * section `codes` in both languages; a template that starts with `${…}` is skipped. Comment lines
 * are skipped.
 */

type Tree = { [key: string]: string | Tree };
type Use = { key: string; line: number; prefix: boolean };

const ROOTS = ['renderer/src', 'electron', 'db'];

/** Dotted strings in code that look like keys but name something else. */
const NOT_KEYS = new Set([
  'app.asar', // Electron's archive name, where the PDF fonts are looked up
  'audit.head', // the settings row holding the audit chain's head
  'caseload.columns', // the preference row holding the chosen caseload columns
  'eligibility.criteria', // the settings row holding the eligibility criteria
  'keyring.json', // the keyring's file name
  // The named fields of letter templates ({{participant.firstName}}), listed in the domain.
  ...Object.values(letterFields).flat(),
  ...Object.values(invitationFields).flat(),
  // CRF-1 bundle file names (CRF-1 §1)
  'participants.csv',
  'placements.csv',
  'meetings.csv',
  'workshops.csv',
  'sessions.csv',
  'enrolments.csv',
  'attendance.csv',
  // CRF-1 bundle files whose names start like a translation section
]);

const KEY = String.raw`[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+`;
const literal = new RegExp(
  String.raw`(['"])(${KEY})\1|\x60(${KEY})\x60|\x60([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*\.)\$\{`,
  'g',
);

/** What may stand right before a literal that can only be a translation key. */
const keyOnlyPlaces = [
  /\b(?:t|exists)\(\s*$/, // t('…'), i18n.t('…'), i18next.exists('…')
  /\b(?:t|exists)\([^()'"\x60]*\?\s*$/, // t(cond ? '…'
  /\b(?:t|exists)\([^()'"\x60]*\?\s*(['"])[^'"]*\1\s*:\s*$/, // t(cond ? '…' : '…')
  /\b(?:AppError|fail)\(\s*'[a-z_]+'\s*,\s*$/, // AppError(code, '…'), fail(code, '…')
  /\b(?:message|error|reason|key|[A-Za-z]+Key)\s*[:=]\s*\{?\s*$/, // message: '…', titleKey="…"
];

function blankComments(source: string): string {
  return source
    .split('\n')
    .map((line) => (/^\s*(\/\/|\/\*|\*)/.test(line) ? '' : line))
    .join('\n');
}

/** Keys (and key prefixes of template literals) a source file uses. */
function keysUsed(source: string, sections: ReadonlySet<string>, notKeys: ReadonlySet<string>): Use[] {
  const code = blankComments(source);
  const methods = new Set<string>(methodNames);
  const uses: Use[] = [];
  for (const match of code.matchAll(literal)) {
    const prefix = match[4] !== undefined;
    const key = match[2] ?? match[3] ?? match[4]!;
    const before = code.slice(Math.max(0, match.index - 120), match.index);
    const keyOnly = keyOnlyPlaces.some((place) => place.test(before));
    const inSection = sections.has(key.split('.')[0]!);
    if (!keyOnly && (!inSection || methods.has(key) || notKeys.has(key))) continue;
    const line = code.slice(0, match.index).split('\n').length;
    uses.push({ key: prefix ? key.slice(0, -1) : key, line, prefix });
  }
  return uses;
}

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

/** i18next resolves `t('x', { count })` to `x_one`, `x_other`…, so a plural family counts as the key. */
function defines(tree: Tree, use: Use): boolean {
  if (use.prefix) return typeof lookup(tree, use.key) === 'object';
  if (typeof lookup(tree, use.key) === 'string') return true;
  const dot = use.key.lastIndexOf('.');
  const parent = dot < 0 ? tree : lookup(tree, use.key.slice(0, dot));
  return typeof parent === 'object' && typeof parent[`${use.key.slice(dot + 1)}_other`] === 'string';
}

function missingKeys(
  files: Record<string, string>,
  languages: Record<string, Tree>,
  notKeys: ReadonlySet<string> = NOT_KEYS,
): string[] {
  const sections = new Set(Object.values(languages).flatMap((tree) => Object.keys(tree)));
  const problems: string[] = [];
  for (const [file, source] of Object.entries(files)) {
    for (const use of keysUsed(source, sections, notKeys)) {
      for (const [language, tree] of Object.entries(languages)) {
        if (!defines(tree, use)) {
          problems.push(`${language}: missing ${use.prefix ? 'section ' : ''}${use.key} (${file}:${use.line})`);
        }
      }
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('translation keys used in code', () => {
  it('exist in Hebrew and English', () => {
    const files = Object.fromEntries(
      ROOTS.flatMap(sourceFiles).map((file) => [file.split(path.sep).join('/'), readFileSync(file, 'utf8')]),
    );
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(missingKeys(files, resources)).toEqual([]);
  });
});

describe('the key scan itself', () => {
  const languages = {
    he: { errors: { gone: 'א', count_one: 'א', count_other: 'ב' }, codes: { x: { a: 'א' } } },
    en: { errors: { gone: 'A', count_one: 'A', count_other: 'B' }, codes: { x: { a: 'A' } } },
  } satisfies Record<string, Tree>;
  const scan = (source: string) => missingKeys({ 'f.ts': source }, languages);

  it('reports a missing key in t(), AppError, zod messages and …Key props, with its line', () => {
    expect(scan("t('errors.gone');\nt('errors.lost');")).toEqual([
      'he: missing errors.lost (f.ts:2)',
      'en: missing errors.lost (f.ts:2)',
    ]);
    expect(scan("throw new AppError(\n  'conflict',\n  'errors.lost',\n);")).toHaveLength(2);
    expect(scan("z.string().refine(ok, { message: 'validation.lost' })")).toHaveLength(2);
    expect(scan('<AuthLayout titleKey="pages.lost.title">')).toHaveLength(2);
    expect(scan("const route = { titleKey: 'nav.lost' };")).toHaveLength(2);
    expect(scan("i18n.t(ok ? 'errors.gone' : 'errors.lost')")).toHaveLength(2);
  });

  it('reports a key missing in one language only', () => {
    expect(missingKeys({ 'f.ts': "t('errors.gone')" }, { he: languages.he, en: { errors: {} } })).toEqual([
      'en: missing errors.gone (f.ts:1)',
    ]);
  });

  it('reads section-led literals anywhere, but not method names, listed names or comments', () => {
    expect(scan("if (message === 'errors.lost') return;")).toHaveLength(2);
    expect(scan("api['auth.signIn'](input); read('audit.head');\n// t('errors.lost')")).toEqual([]);
    expect(scan("const file = 'package.json';")).toEqual([]);
  });

  it('accepts a plural family and checks a template literal by its section', () => {
    expect(scan("t('errors.count', { count: 2 })")).toEqual([]);
    expect(scan('t(`codes.x.${value}`)')).toEqual([]);
    expect(scan('t(`codes.y.${value}`)')).toEqual([
      'he: missing section codes.y (f.ts:1)',
      'en: missing section codes.y (f.ts:1)',
    ]);
    expect(scan('t(`${prefix}.title`)')).toEqual([]);
  });
});
