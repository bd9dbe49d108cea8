import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../renderer/src/i18n/resources';
import { missingKeys, ROOTS, sourceFiles, type Tree } from '../fixtures/translation-keys';

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
    expect(scan("sql.raw(`WHEN new.key = 'centre.code'`)")).toEqual([]);
    expect(scan("const item = { key: 'errors.lost' };")).toHaveLength(2);
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
