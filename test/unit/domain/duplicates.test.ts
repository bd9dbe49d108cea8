import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  findDuplicateCandidates,
  namesAreSimilar,
  type DuplicateCheckPerson,
} from '../../../electron/domain/duplicates';

interface Row extends DuplicateCheckPerson {
  id: number;
}

const dana: Row = { id: 1, nationalId: '039337423', phone: '0521234567', firstName: 'דנה', lastName: 'כהן' };

const ids = (candidates: { person: Row }[]) => candidates.map((c) => c.person.id);

describe('damerauLevenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(damerauLevenshtein('כהן', 'כהן')).toBe(0);
    expect(damerauLevenshtein('כהן', 'כוהן')).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('abc', '')).toBe(3);
  });

  it('counts swapping two adjacent letters as one edit', () => {
    expect(damerauLevenshtein('לוי', 'ליו')).toBe(1);
    expect(damerauLevenshtein('ab', 'ba')).toBe(1);
  });

  it('counts characters outside the basic plane as one', () => {
    expect(damerauLevenshtein('a😀b', 'ab')).toBe(1);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(damerauLevenshtein(a, b)).toBe(damerauLevenshtein(b, a));
        expect(damerauLevenshtein(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe('namesAreSimilar', () => {
  const similar = (a: [string, string], b: [string, string]) =>
    namesAreSimilar({ firstName: a[0], lastName: a[1] }, { firstName: b[0], lastName: b[1] });

  it('treats niqqud, geresh, final letters and case as no difference', () => {
    expect(similar(['דָּנָה', 'כֹּהֵן'], ['דנה', 'כהן'])).toBe(true);
    expect(similar(["ג'ורג'", 'לוי'], ['גורג', 'לוי'])).toBe(true);
    expect(similar(['José', 'GARCÍA'], ['jose', 'garcia'])).toBe(true);
  });

  it('allows up to two edits on a full name of eight characters or more', () => {
    expect(similar(['Yossi', 'Mizrahi'], ['Yosi', 'Mizrachi'])).toBe(true);
    expect(similar(['יוסף', 'אברהם'], ['יוסי', 'אברהמי'])).toBe(true);
    expect(similar(['יוסף', 'אברהם'], ['יוסי', 'אברמוב'])).toBe(false);
  });

  it('allows one edit only on shorter full names, where two make a different common name', () => {
    expect(similar(['דנה', 'כהן'], ['דנה', 'כוהן'])).toBe(true);
    expect(similar(['שרה', 'לוי'], ['שרית', 'לוי'])).toBe(false);
    expect(similar(['משה', 'כהן'], ['דנה', 'כהן'])).toBe(false);
  });

  it('catches first and last name entered the other way round', () => {
    expect(similar(['דנה', 'כהן'], ['כהן', 'דנה'])).toBe(true);
  });

  it('treats a maqaf, hyphen or space in a double name alike', () => {
    expect(similar(['מרים', 'בן־דוד'], ['מרים', 'בן-דוד'])).toBe(true);
    expect(similar(['מרים', 'בן דוד'], ['מרים', 'בנדוד'])).toBe(true);
  });

  it('matches a short form of the first name when the last names agree', () => {
    expect(similar(['אבי', 'גולדברג'], ['אביגדור', 'גולדברג'])).toBe(true);
    expect(similar(['Alex', 'Petrov'], ['Alexander', 'Petrov'])).toBe(true);
  });

  it('does not match a one-letter prefix or a prefix under a different last name', () => {
    expect(similar(['א', 'גולדברג'], ['אביגדור', 'גולדברג'])).toBe(false);
    expect(similar(['אבי', 'גולדברג'], ['אביגדור', 'רוזנטל'])).toBe(false);
  });

  it('keeps different people of one household apart', () => {
    expect(similar(['משה', 'גולדברג'], ['רחל', 'גולדברג'])).toBe(false);
  });

  it('never matches when either name is missing', () => {
    expect(namesAreSimilar({}, { firstName: 'דנה', lastName: 'כהן' })).toBe(false);
    expect(namesAreSimilar({ firstName: ' ', lastName: '' }, { firstName: '', lastName: '' })).toBe(false);
  });
});

describe('findDuplicateCandidates', () => {
  it('flags a record with the same national ID however it was typed', () => {
    const found = findDuplicateCandidates({ nationalId: '03933742-3', firstName: 'Someone', lastName: 'Else' }, [dana]);
    expect(found).toEqual([{ person: dana, reasons: ['same_id'] }]);
  });

  it('matches an ID stored without its leading zero', () => {
    const stored: Row = { ...dana, nationalId: '39337423' };
    expect(ids(findDuplicateCandidates({ nationalId: '039337423' }, [stored]))).toEqual([1]);
  });

  it('ignores invalid or missing national IDs', () => {
    const broken: Row = { id: 2, nationalId: '123456789' };
    expect(findDuplicateCandidates({ nationalId: '123456789' }, [broken])).toEqual([]);
    expect(findDuplicateCandidates({ nationalId: null }, [{ id: 3, nationalId: null }])).toEqual([]);
  });

  it('flags the same phone with a similar name, phone written any way', () => {
    const found = findDuplicateCandidates({ phone: '+972 52-123-4567', firstName: 'דנה', lastName: 'כוהן' }, [dana]);
    expect(found).toEqual([{ person: dana, reasons: ['same_phone_similar_name'] }]);
  });

  it('compares every number either record holds', () => {
    const withTwo: Row = { id: 4, phone: '031234567', phones: ['054-765-4321'], firstName: 'דנה', lastName: 'כהן' };
    expect(
      ids(findDuplicateCandidates({ phones: [null, '0547654321'], firstName: 'דנה', lastName: 'כהן' }, [withTwo])),
    ).toEqual([4]);
  });

  it('does not flag the same phone with a different name (a shared household line)', () => {
    expect(findDuplicateCandidates({ phone: '0521234567', firstName: 'משה', lastName: 'כהן' }, [dana])).toEqual([]);
  });

  it('does not flag a similar name with a different phone', () => {
    expect(findDuplicateCandidates({ phone: '0529999999', firstName: 'דנה', lastName: 'כהן' }, [dana])).toEqual([]);
  });

  it('gives both reasons when both hold', () => {
    const found = findDuplicateCandidates(
      { nationalId: '039337423', phone: '052-1234567', firstName: 'דנה', lastName: 'כהן' },
      [dana],
    );
    expect(found[0]?.reasons).toEqual(['same_id', 'same_phone_similar_name']);
  });

  it('lists same-ID matches before phone matches, otherwise keeping the given order', () => {
    const byPhoneA: Row = { id: 10, phone: '0521234567', firstName: 'דנה', lastName: 'כהן' };
    const byId: Row = { id: 11, nationalId: '000000018' };
    const byPhoneB: Row = { id: 12, phone: '0521234567', firstName: 'דנה', lastName: 'כהנא' };
    const found = findDuplicateCandidates(
      { nationalId: '18', phone: '0521234567', firstName: 'דנה', lastName: 'כהן' },
      [byPhoneA, byId, byPhoneB],
    );
    expect(ids(found)).toEqual([11, 10, 12]);
  });

  it('skips the record being edited', () => {
    expect(findDuplicateCandidates({ ...dana }, [dana])).toEqual([]);
    expect(ids(findDuplicateCandidates({ ...dana, id: 99 }, [dana]))).toEqual([1]);
  });

  it('returns nothing when there is nothing to compare', () => {
    expect(findDuplicateCandidates({}, [dana])).toEqual([]);
    expect(findDuplicateCandidates(dana, [])).toEqual([]);
  });
});
