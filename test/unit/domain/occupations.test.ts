import { describe, expect, it } from 'vitest';
import { expandGenderForms, findOccupation, isOccupationCode, occupations } from '../../../electron/domain/occupations';
import { searchOccupations } from '../../../electron/domain/occupations/search';

/** What the placement form shows before the coach has to scroll. */
const ON_SCREEN = 5;
const MAX_LETTERS = 4;

/** 30 common jobs of the programme's participants, as a coach would type them, and their unit group. */
const commonJobs: ReadonlyArray<readonly [name: string, code: string]> = [
  ['מזכירה', '4120'],
  ['נהג משאית', '8332'],
  ['מטפלת', '5311'],
  ['שומר', '5414'],
  ['מנהלת חשבונות', '4311'],
  ['קופאית', '5230'],
  ['טבח', '5120'],
  ['מלצר', '5131'],
  ['עובד ניקיון', '9112'],
  ['מחסנאי', '4321'],
  ['נהג אוטובוס', '8331'],
  ['גננת', '2342'],
  ['סייעת', '5312'],
  ['מורה', '2341'],
  ['אחות', '2221'],
  ['חשמלאי', '7411'],
  ['שרברב', '7126'],
  ['נגר', '7115'],
  ['מתכנת', '2512'],
  ['רואה חשבון', '2411'],
  ['פקיד', '4110'],
  ['מוכרן', '5223'],
  ['טלפנית', '4222'],
  ['עובד ייצור', '9329'],
  ['מנהל משרד', '3341'],
  ['ספר', '5141'],
  ['קוסמטיקאית', '5142'],
  ['שליח', '9621'],
  ['מאבטח', '5414'],
  ['מטפל סיעודי', '5322'],
];

const letters = (query: string) => query.replace(/\s/g, '').length;

/**
 * What a coach types: the name from its start, or the start of one of its words (the word
 * that tells the job apart: 'סיע' for 'מטפל סיעודי'). Returns the fewest letters after which
 * the job's unit group is among the first ON_SCREEN options, or null if typing it whole fails.
 */
function lettersNeeded(name: string, code: string): number | null {
  const typings: string[] = [];
  for (let end = 1; end <= name.length; end += 1) if (name[end - 1] !== ' ') typings.push(name.slice(0, end));
  for (const word of name.split(' ').slice(1))
    for (let end = 1; end <= word.length; end += 1) typings.push(word.slice(0, end));
  const found = typings
    .filter((query) => searchOccupations(query, ON_SCREEN).some((hit) => hit.occupation.code === code))
    .map(letters);
  return found.length === 0 ? null : Math.min(...found);
}

describe('the occupation list', () => {
  it('holds every ISCO-08 unit group once, with both titles', () => {
    expect(occupations).toHaveLength(436);
    expect(new Set(occupations.map((o) => o.code)).size).toBe(436);
    for (const o of occupations) {
      expect(o.code).toMatch(/^\d{4}$/);
      expect(o.en.length).toBeGreaterThan(3);
      expect(o.he).toMatch(/[\u05D0-\u05EA]/);
      for (const s of o.synonyms) expect(s).not.toContain('/');
    }
  });

  it('spans the ten major groups in code order', () => {
    const majors = [...new Set(occupations.map((o) => o.code[0]))];
    expect(majors).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const codes = occupations.map((o) => o.code);
    expect([...codes].sort()).toEqual(codes);
  });

  it('knows its codes and nothing else', () => {
    expect(isOccupationCode('4120')).toBe(true);
    expect(isOccupationCode('9999')).toBe(false);
    expect(isOccupationCode('412')).toBe(false);
    expect(isOccupationCode(4120)).toBe(false);
    expect(findOccupation('2512')?.en).toBe('Software developers');
  });

  it('spells out both genders of a slashed name, turning a final letter medial', () => {
    expect(expandGenderForms('מזכיר/ה')).toEqual(['מזכיר', 'מזכירה']);
    expect(expandGenderForms('מנהל/ת כללי/ת')).toEqual(['מנהל כללי', 'מנהלת כללית']);
    expect(expandGenderForms('אמן/ית')).toEqual(['אמן', 'אמנית']);
    expect(expandGenderForms('נהג משאית')).toEqual(['נהג משאית']);
  });
});

describe('searchOccupations', () => {
  it.each(commonJobs)('puts %s on screen within four letters', (name, code) => {
    const needed = lettersNeeded(name, code);
    expect(needed).not.toBeNull();
    expect(needed).toBeLessThanOrEqual(MAX_LETTERS);
  });

  it('finds the job typed whole as the first option', () => {
    for (const [name, code] of commonJobs) expect(searchOccupations(name)[0]?.occupation.code, name).toBe(code);
  });

  it('finds the masculine and the feminine form alike', () => {
    expect(searchOccupations('מזכיר')[0]?.occupation.code).toBe('4120');
    expect(searchOccupations('מזכירה')[0]?.occupation.code).toBe('4120');
    expect(searchOccupations('קופאי')[0]?.occupation.code).toBe('5230');
    expect(searchOccupations('נהגת משאית')[0]?.occupation.code).toBe('8332');
  });

  it('ignores niqqud, final letters and surrounding spaces', () => {
    expect(searchOccupations('  מְזַכִּירָה ')[0]?.occupation.code).toBe('4120');
    expect(searchOccupations('רפד')[0]?.occupation.code).toBe('7534');
  });

  it('searches English titles', () => {
    expect(searchOccupations('software')[0]?.occupation.code).toBe('2512');
    expect(searchOccupations('Heavy truck')[0]?.occupation.code).toBe('8332');
    expect(searchOccupations('secret').map((h) => h.occupation.code)).toContain('4120');
  });

  it('finds a code and the codes starting with the digits typed', () => {
    expect(searchOccupations('5414').map((h) => h.occupation.code)).toEqual(['5414']);
    expect(searchOccupations('541').map((h) => h.occupation.code)).toEqual(['5411', '5412', '5413', '5414', '5419']);
    expect(searchOccupations('0000')).toEqual([]);
  });

  it('returns nothing for an empty query or a name on no list', () => {
    expect(searchOccupations('')).toEqual([]);
    expect(searchOccupations('   ')).toEqual([]);
    expect(searchOccupations('קסםקסם')).toEqual([]);
  });

  it('tells which name matched', () => {
    expect(searchOccupations('מאבטחת')[0]).toMatchObject({ matched: 'מאבטחת' });
  });

  it('respects the limit', () => {
    expect(searchOccupations('מ', 7)).toHaveLength(7);
  });
});

/** The figures the issue asks for, printed by the test run for the closing note. */
describe('letters needed per common job', () => {
  it('is at most four for each of the 30', () => {
    const figures = commonJobs.map(([name, code]) => [name, lettersNeeded(name, code)] as const);
    expect(figures.filter(([, n]) => n === null || n > MAX_LETTERS)).toEqual([]);
  });
});
