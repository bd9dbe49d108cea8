import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import messagesEn from '../../electron/api/messages.en.json';
import messagesHe from '../../electron/api/messages.he.json';
import { errorCodes } from '../../electron/api/result';
import rendererEn from '../../renderer/src/i18n/en.json';
import caseloadEn from '../../renderer/src/i18n/features/caseload.en.json';
import frontdeskEn from '../../renderer/src/i18n/features/frontdesk.en.json';
import homeEn from '../../renderer/src/i18n/features/home.en.json';
import { resources } from '../../renderer/src/i18n/resources';

const { he, en } = resources;

type Tree = { [key: string]: string | Tree };

/** The zod issue codes `dispatch` turns into `validation.<code>` messages. */
const zodIssueCodes = [
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'unrecognized_keys',
  'custom',
  'invalid_union',
  'not_multiple_of',
  'invalid_key',
  'invalid_element',
] as const;

// Fails typecheck if zod adds an issue code this list does not name.
type MissingIssueCode = Exclude<z.core.$ZodIssue['code'], (typeof zodIssueCodes)[number]>;
const everyIssueCodeListed: [MissingIssueCode] extends [never] ? true : MissingIssueCode = true;

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Tree, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Every way two translation files can disagree, as readable lines (empty when they agree). */
function parityProblems(files: Record<string, Tree>): string[] {
  const flat = Object.fromEntries(Object.entries(files).map(([lang, tree]) => [lang, flatten(tree)]));
  const allKeys = new Set(Object.values(flat).flatMap((keys) => [...keys.keys()]));
  const problems: string[] = [];
  for (const key of [...allKeys].sort()) {
    const values = Object.entries(flat).map(([lang, keys]) => [lang, keys.get(key)] as const);
    for (const [lang, value] of values) {
      if (value === undefined) problems.push(`${lang}: missing ${key}`);
      else if (typeof value !== 'string') problems.push(`${lang}: ${key} is not a string`);
      else if (value.trim() === '') problems.push(`${lang}: ${key} is empty`);
    }
    const shapes = new Set(
      values.filter(([, v]) => typeof v === 'string').map(([, v]) => placeholders(v as string).join(',')),
    );
    if (shapes.size > 1) problems.push(`${key}: placeholders differ between languages`);
  }
  return problems;
}

function missingKeys(tree: Tree, keys: readonly string[]): string[] {
  const flat = flatten(tree);
  return keys.filter((key) => typeof flat.get(key) !== 'string');
}

describe('translation files', () => {
  it('have the same keys, no empty values and the same placeholders in Hebrew and English', () => {
    expect(parityProblems({ he, en })).toEqual([]);
  });

  it('keep the main process messages in the same keys in Hebrew and English', () => {
    expect(parityProblems({ he: messagesHe, en: messagesEn })).toEqual([]);
  });

  it('keep every error and validation message beside the main process, where the CLI reads it', () => {
    const rendererFiles = { rendererEn, caseloadEn, frontdeskEn, homeEn } as Record<string, Tree>;
    const strays = Object.entries(rendererFiles).flatMap(([file, tree]) =>
      ['errors', 'validation'].filter((section) => section in tree).map((section) => `${file}: ${section}`),
    );
    expect(strays).toEqual([]);
    expect(Object.keys(messagesEn).sort()).toEqual(['errors', 'validation']);
  });

  it('translate every API error code in both languages', () => {
    const keys = errorCodes.map((code) => `errors.${code}`);
    expect(missingKeys(he, keys)).toEqual([]);
    expect(missingKeys(en, keys)).toEqual([]);
  });

  it('translate every zod issue code in both languages', () => {
    expect(everyIssueCodeListed).toBe(true);
    const keys = zodIssueCodes.map((code) => `validation.${code}`);
    expect(missingKeys(he, keys)).toEqual([]);
    expect(missingKeys(en, keys)).toEqual([]);
  });
});

describe('the parity check itself', () => {
  it('reports a key present in one language only, at any depth', () => {
    expect(parityProblems({ he: { a: { b: 'א', c: 'ב' } }, en: { a: { b: 'A' } } })).toEqual(['en: missing a.c']);
  });

  it('reports a blank value and a value that is not text', () => {
    expect(parityProblems({ he: { a: ['א'] } as unknown as Tree, en: { a: 'A' } })).toEqual(['he: a is not a string']);
    expect(parityProblems({ he: { a: ' ' }, en: { a: 'A' } })).toEqual(['he: a is empty']);
  });

  it('reports a value that is a section in one language and a plain string in the other', () => {
    expect(parityProblems({ he: { a: 'א' }, en: { a: { b: 'B' } } })).toEqual(['en: missing a', 'he: missing a.b']);
  });

  it('reports placeholders that differ between languages', () => {
    expect(parityProblems({ he: { a: 'שלום {{name}}' }, en: { a: 'Hello {{user}}' } })).toEqual([
      'a: placeholders differ between languages',
    ]);
  });

  it('reports a missing error or validation key', () => {
    expect(missingKeys({ errors: { internal: 'x' } }, ['errors.internal', 'errors.locked'])).toEqual(['errors.locked']);
  });
});
