import { describe, expect, it } from 'vitest';
import { normaliseForSearch } from '../../../electron/domain/hebrew-normalise';
import { hebrewTolerantKey, latinSkeleton, tolerantKey } from '../../../electron/domain/name-keys';
import { fullNamesFor, NICKNAMES } from '../../../electron/domain/nicknames';
import { parseNameQuery } from '../../../electron/domain/search-query';
import { hebrewKeysOfLatin, hebrewSpellings, latinSkeletonsOfHebrew } from '../../../electron/domain/transliteration';

const fold = normaliseForSearch;

describe('spelling-tolerant keys', () => {
  it.each([
    ['זילברשטיין', 'זילברשטין'],
    ['אורנה', 'ארנה'],
    ['שמואל', 'שמאל'],
    ['וולך', 'ולך'],
    ['לייבוביץ', 'ליבוביץ'],
    ['יעקב', 'יעקוב'],
    ['דוד', 'דויד'],
  ])('%s and %s share a key', (full, defective) => {
    expect(tolerantKey(fold(full))).toBe(tolerantKey(fold(defective)));
  });

  it('keeps the first and the last letter, so different names stay apart', () => {
    expect(hebrewTolerantKey(fold('לוי'))).toBe('לי');
    expect(tolerantKey(fold('מרים'))).not.toBe(tolerantKey(fold('רים')));
    expect(tolerantKey(fold('ורד'))).toBe('ורד');
    expect(tolerantKey(fold('זילברמן'))).not.toBe(tolerantKey(fold('זילברשטיין')));
  });

  it('reduces a Latin name to a consonant skeleton', () => {
    expect(latinSkeleton('mueller')).toBe(latinSkeleton(fold('Müller')));
    expect(latinSkeleton('haddad')).toBe('hd');
    expect(latinSkeleton('schwartz')).toBe('sbrz');
    expect(latinSkeleton('yosef')).toBe('ysp');
    expect(tolerantKey('a1')).toBe('a1');
  });
});

describe('transliteration', () => {
  it.each([
    ['cohen', 'כהן'],
    ['levi', 'לוי'],
    ['mizrahi', 'מזרחי'],
    ['muller', 'מילר'],
    ['shapira', 'שפירא'],
    ['yosef', 'יוסף'],
    ['ahmad', 'אחמד'],
    ['smith', 'סמית'],
  ])('Latin %s finds Hebrew %s', (latin, hebrew) => {
    expect(hebrewKeysOfLatin(latin)).toContain(tolerantKey(fold(hebrew)));
  });

  it.each([
    ['כהן', 'cohen'],
    ['סמית', 'smith'],
    ['חדאד', 'haddad'],
    ['מילר', 'muller'],
    ['אחמד', 'ahmad'],
    ['יוסף', 'yosef'],
    ['לוי', 'levi'],
  ])('Hebrew %s finds Latin %s', (hebrew, latin) => {
    expect(latinSkeletonsOfHebrew(fold(hebrew))).toContain(tolerantKey(latin));
  });

  it('does not mistake unrelated names', () => {
    expect(hebrewKeysOfLatin('cohen')).not.toContain(tolerantKey(fold('לוי')));
    expect(latinSkeletonsOfHebrew(fold('לוי'))).not.toContain(tolerantKey('cohen'));
  });

  it('reads ü as u, and gives up on letters it has no rule for', () => {
    expect(hebrewSpellings(fold('Müller'))).toEqual(hebrewSpellings('muller'));
    expect(hebrewSpellings('mueller')).toContain('מולר');
    expect(hebrewSpellings('a1')).toEqual([]);
    expect(latinSkeletonsOfHebrew('x')).toEqual([]);
  });
});

describe('nicknames', () => {
  it('has at least 150 nickname → full name pairs, none pointing at itself', () => {
    const pairs = Object.entries(NICKNAMES).flatMap(([nick, names]) => names.map((name) => [nick, name]));
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(pairs.filter(([nick, name]) => nick === name)).toEqual([]);
  });

  it.each([
    ['יוסי', 'יוסף'],
    ['מושיקו', 'משה'],
    ['שולה', 'שולמית'],
    ['סשה', 'אלכסנדר'],
    ["ז'ניה", 'יבגני'],
    ['Bob', 'robert'],
  ])('%s stands for %s', (nick, full) => {
    expect(fullNamesFor(fold(nick))).toContain(fold(full));
  });
});

describe('a name query taken apart', () => {
  it('removes a prefix letter from the query word only when it may be one', () => {
    expect(parseNameQuery(fold('הלוי')).words[0]?.withoutPrefix).toBe('לוי');
    expect(parseNameQuery(fold('כהן')).words[0]?.withoutPrefix).toBeNull();
  });

  it('gives two-letter words no forgiving forms and separates digits', () => {
    const query = parseNameQuery(fold('לו כהן 4567 12'));
    expect(query.words[0]).toMatchObject({ tolerantKeys: [], transliteratedKeys: [], tolerantPrefix: null });
    expect(query.digitRuns).toEqual(['4567']);
  });
});
