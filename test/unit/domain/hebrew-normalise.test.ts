import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hebrewPrefixVariants, normaliseForSearch, searchTokens } from '../../../electron/domain/hebrew-normalise';

const n = normaliseForSearch;

const FINALS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const hebrewLetters = range(0x05d0, 0x05ea); // א–ת, the five final forms included
const finalLetters = Object.keys(FINALS);
const niqqud = [...range(0x05b0, 0x05bd), '\u05BF', '\u05C1', '\u05C2', '\u05C4', '\u05C7'];
const cantillation = range(0x0591, 0x05af);
const gereshLike = ["'", '"', '\u05F3', '\u05F4', '\u2019', '\u201D', '`'];
const separators = [' ', '\u05BE', '-', '\u2013', ',', '.', '\u00A0', '\u200F'];
const presentationForms = [...range(0xfb1d, 0xfb1f), ...range(0xfb2a, 0xfb36), ...range(0xfb38, 0xfb4f)].filter(
  (c) => c.normalize('NFKD') !== c || c === '\uFB4F',
);

/**
 * Text as staff type names: mostly Hebrew letters (final forms weighted up, so a string in three or so
 * has one), with niqqud, cantillation, geresh, maqaf and other separators, some presentation
 * forms, and a little of anything else. Drawing from all of Unicode put a Hebrew letter in 1
 * string of 100 and a final letter in none.
 */
const hebrewUnit = fc.oneof(
  { arbitrary: fc.constantFrom(...hebrewLetters), weight: 10 },
  { arbitrary: fc.constantFrom(...finalLetters), weight: 3 },
  { arbitrary: fc.constantFrom(...niqqud), weight: 4 },
  { arbitrary: fc.constantFrom(...cantillation), weight: 1 },
  { arbitrary: fc.constantFrom(...gereshLike), weight: 2 },
  { arbitrary: fc.constantFrom(...separators), weight: 3 },
  { arbitrary: fc.constantFrom(...presentationForms), weight: 1 },
  { arbitrary: fc.constantFrom('a', 'Z', 'é', '1'), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 1 },
);
const hebrewText = fc.string({ unit: hebrewUnit, maxLength: 40 });
const anyText = fc.oneof(
  { arbitrary: hebrewText, weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 1 },
);
/** Hebrew letters only, so a mark added after any of them has a letter to sit on. */
const hebrewWord = fc.string({ unit: fc.constantFrom(...hebrewLetters), minLength: 1, maxLength: 12 });

describe('normaliseForSearch', () => {
  describe('niqqud and cantillation', () => {
    it('strips vowel points and dagesh', () => {
      expect(n('כֹּהֵן')).toBe(n('כהן'));
      expect(n('כֹּהֵן')).toBe('כהנ');
      expect(n('יִצְחָק')).toBe('יצחק');
    });

    it('strips shin and sin dots, meteg, rafe, upper dot and qamats qatan', () => {
      expect(n('שָׁלוֹם')).toBe('שלומ');
      expect(n('יִשָּׂשכָר')).toBe('יששכר');
      expect(n('\u05D0\u05BD\u05D1\u05BF\u05D2\u05C4\u05D3\u05C7')).toBe('אבגד');
    });

    it('strips cantillation marks', () => {
      expect(n('בְּרֵאשִׁ֖ית')).toBe('בראשית');
      expect(n('\u05D3\u0591\u05D5\u05AE\u05D3')).toBe('דוד');
    });

    it('folds Hebrew presentation forms to plain letters', () => {
      expect(n('\uFB2A\uFB4B\uFB1D')).toBe('שוי'); // שׁ וֹ יִ as precomposed forms
      expect(n('\uFB4F')).toBe('אל');
    });
  });

  describe('geresh, gershayim and the quotes typed for them', () => {
    it('drops a geresh so "ג\'ורג\'" folds to one word', () => {
      expect(n("ג'ורג'")).toBe('גורג');
      expect(n('ג\u05F3ורג\u05F3')).toBe('גורג');
      expect(n('ג\u2019ורג\u2019')).toBe('גורג');
      expect(n('ג´ורג´')).toBe('גורג');
      expect(n('ג`ורג`')).toBe('גורג');
    });

    it('drops gershayim and the double quote typed for it', () => {
      expect(n('ד"ר')).toBe('דר');
      expect(n('ד\u05F4ר')).toBe('דר');
      expect(n('ד\u201Dר')).toBe('דר');
    });

    it('drops apostrophes in Latin names too', () => {
      expect(n("O'Brien")).toBe('obrien');
    });
  });

  describe('word separators', () => {
    it("treats maqaf as a space ('בן־דוד' → 'בן דוד')", () => {
      expect(n('בן־דוד')).toBe(n('בן דוד'));
      expect(n('בן־דוד')).toBe('בנ דוד');
    });

    it('treats hyphens of every kind as spaces', () => {
      for (const name of ['בן-דוד', 'בן\u2010דוד', 'בן\u2013דוד', 'בן\u2014דוד', 'בן \u2212 דוד']) {
        expect(n(name), name).toBe('בנ דוד');
      }
    });

    it('treats other punctuation and symbols, including Hebrew paseq and sof pasuq, as spaces', () => {
      expect(n('כהן, דנה.')).toBe('כהנ דנה');
      expect(n('לוי (אבי)/שרה')).toBe('לוי אבי שרה');
      expect(n('א\u05C0ב\u05C3ג')).toBe('א ב ג');
      expect(n('dana+cohen@mail')).toBe('dana cohen mail');
    });

    it('collapses runs of blanks, tabs and newlines and trims the ends', () => {
      expect(n('  דנה \t\n  כהן  ')).toBe('דנה כהנ');
      expect(n('דנה\u00A0\u2003כהן')).toBe('דנה כהנ');
    });

    it('removes invisible direction marks and zero-width characters without splitting words', () => {
      expect(n('\u200Fדנה\u200D כה\u200Cן\u200E')).toBe('דנה כהנ');
      expect(n('\uFEFFco\u00ADhen')).toBe('cohen');
    });
  });

  describe('final letters', () => {
    it('maps ך ם ן ף ץ to כ מ נ פ צ', () => {
      expect(n('ךםןףץ')).toBe('כמנפצ');
    });

    it("makes 'אברהם' and 'אברהמ' the same", () => {
      expect(n('אברהם')).toBe(n('אברהמ'));
      expect(n('אברהם')).toBe('אברהמ');
    });

    it("folds every final letter, at the end and mid-word ('יוסף כץ' and a typo'd 'שןמעון')", () => {
      expect(n('יוסף כץ')).toBe('יוספ כצ');
      expect(n('מלך')).toBe(n('מלכ'));
      expect(n('שןמעון')).toBe('שנמעונ');
    });
  });

  describe('Latin text', () => {
    it("lower-cases and strips diacritics ('José' → 'jose')", () => {
      expect(n('José')).toBe('jose');
      expect(n('MÜLLER Françoise Ñoño')).toBe('muller francoise nono');
      expect(n('Jose\u0301')).toBe('jose');
    });

    it('folds letters whose diacritic is part of the letter', () => {
      expect(n('Łukasz Søren Straße Ærø')).toBe('lukasz soren strasse aero');
    });

    it('folds fullwidth and ligature forms to plain letters', () => {
      expect(n('ＤＡＮＡ ﬁ')).toBe('dana fi');
    });

    it('keeps digits', () => {
      expect(n('Flat 12, Herzl 3')).toBe('flat 12 herzl 3');
    });
  });

  it('treats Cyrillic and Arabic marks the same way', () => {
    expect(n('Фёдор')).toBe('федор');
    expect(n('مُحَمَّد')).toBe('محمد');
  });

  it('draws its property inputs mostly from Hebrew: most hold a letter, many a final letter and niqqud', () => {
    const samples = fc.sample(hebrewText, { numRuns: 200, seed: 12 });
    const share = (re: RegExp) => samples.filter((t) => re.test(t)).length;
    expect(share(/[\u05D0-\u05EA]/u)).toBeGreaterThan(150);
    expect(share(/[ךםןףץ]/u)).toBeGreaterThan(60);
    expect(share(/[\u05B0-\u05C7]/u)).toBeGreaterThan(60);
  });

  it('ignores niqqud, cantillation and geresh wherever they are typed', () => {
    const mark = fc.constantFrom(...niqqud, ...cantillation, ...gereshLike);
    fc.assert(
      fc.property(hebrewWord, fc.array(fc.tuple(fc.nat(), mark), { maxLength: 6 }), (word, marks) => {
        const letters = [...word];
        for (const [at, m] of marks) {
          const i = at % letters.length;
          letters[i] = `${letters[i]}${m}`;
        }
        expect(n(letters.join(''))).toBe(n(word));
      }),
    );
  });

  it('folds a final letter and its plain form to the same text, anywhere in a word', () => {
    fc.assert(
      fc.property(hebrewText, (text) => {
        const plain = text.replace(/[ךםןףץ]/gu, (c) => FINALS[c] ?? c);
        expect(n(text)).toBe(n(plain));
      }),
    );
  });

  it('returns an empty string for blank or punctuation-only text', () => {
    expect(n('')).toBe('');
    expect(n('  -־ ,"\u200F ')).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(n(n(text))).toBe(n(text));
      }),
    );
    for (const text of ['כֹּהֵן', "ג'ורג'", 'בן־דוד', 'José', 'Straße']) expect(n(n(text))).toBe(n(text));
  });

  it('never leaves niqqud, final letters, upper-case Latin or doubled spaces', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = n(text);
        expect(out).not.toMatch(/[\u0591-\u05C7\u05DA\u05DD\u05DF\u05E3\u05E5\u05F3\u05F4A-Z]|\s\s|^\s|\s$/u);
      }),
    );
  });
});

describe('searchTokens', () => {
  it('splits the folded text into words', () => {
    expect(searchTokens(' דָּנָה  בן־דוד ')).toEqual(['דנה', 'בנ', 'דוד']);
  });

  it('has no tokens for blank text', () => {
    expect(searchTokens(' \u200F ')).toEqual([]);
  });
});

describe('hebrewPrefixVariants', () => {
  it("offers the name without a leading ה ('הכהן' → 'כהן')", () => {
    expect(hebrewPrefixVariants('הכהן')).toContain('כהן');
    expect(hebrewPrefixVariants(n('הכהן'))).toEqual(['הכהנ', 'כהנ']);
  });

  it('handles every prefix letter ה ו ב כ ל מ ש', () => {
    for (const letter of ['ה', 'ו', 'ב', 'כ', 'ל', 'מ', 'ש']) {
      expect(hebrewPrefixVariants(`${letter}לוי`), letter).toEqual([`${letter}לוי`, 'לוי']);
    }
  });

  it('leaves tokens shorter than four letters whole', () => {
    expect(hebrewPrefixVariants('משה')).toEqual(['משה']);
    expect(hebrewPrefixVariants('הלל')).toEqual(['הלל']);
  });

  it('leaves tokens that do not start with a prefix letter whole', () => {
    expect(hebrewPrefixVariants('אברהמ')).toEqual(['אברהמ']);
    expect(hebrewPrefixVariants('גולדשטיינ')).toEqual(['גולדשטיינ']);
  });

  it('removes only one prefix letter', () => {
    expect(hebrewPrefixVariants('ובכהנ')).toEqual(['ובכהנ', 'בכהנ']);
  });

  it('does not touch Latin, digits or mixed tokens', () => {
    expect(hebrewPrefixVariants('hcohen')).toEqual(['hcohen']);
    expect(hebrewPrefixVariants('ב1234')).toEqual(['ב1234']);
    expect(hebrewPrefixVariants('בcohen')).toEqual(['בcohen']);
  });

  it('returns just the token for an empty string', () => {
    expect(hebrewPrefixVariants('')).toEqual(['']);
  });
});
