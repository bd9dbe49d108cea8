/**
 * The occupation list: the 436 ISCO-08 unit groups. The code is what CRF-1 `occupationCode`
 * and `previousOccupation` carry (the Israeli CBS classification of occupations is based on
 * ISCO-08, so a CBS 4-digit code and this one name the same group).
 */
import { group0and1 } from './group-0-1';
import { group2 } from './group-2';
import { group3 } from './group-3';
import { group4 } from './group-4';
import { group5 } from './group-5';
import { group6 } from './group-6';
import { group7 } from './group-7';
import { group8 } from './group-8';
import { group9 } from './group-9';
import type { OccupationEntry } from './types';

export interface Occupation {
  code: string;
  en: string;
  he: string;
  /** Common Hebrew names for the job, both genders spelt out. */
  synonyms: readonly string[];
}

const FINAL_TO_MEDIAL: Readonly<Record<string, string>> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

/** 'מנהל/ת כללי/ת' → ['מנהל כללי', 'מנהלת כללית']: each slashed word takes its suffix in the second form. */
export function expandGenderForms(name: string): string[] {
  if (!name.includes('/')) return [name];
  const words = name.split(' ');
  const base = words.map((word) => word.split('/')[0] ?? word).join(' ');
  const other = words
    .map((word) => {
      const [stem = word, suffix] = word.split('/');
      if (suffix === undefined) return word;
      // Appending to a word ending in a final letter turns that letter medial: 'אמן' + 'ית' = 'אמנית'.
      const last = stem.slice(-1);
      return stem.slice(0, -1) + (FINAL_TO_MEDIAL[last] ?? last) + suffix;
    })
    .join(' ');
  return [base, other];
}

function toOccupation([code, en, he, synonyms = []]: OccupationEntry): Occupation {
  const expanded = synonyms.flatMap(expandGenderForms);
  return { code, en, he, synonyms: [...new Set(expanded)] };
}

export const occupations: readonly Occupation[] = [
  ...group0and1,
  ...group2,
  ...group3,
  ...group4,
  ...group5,
  ...group6,
  ...group7,
  ...group8,
  ...group9,
].map(toOccupation);

const byCode = new Map(occupations.map((o) => [o.code, o]));

export function findOccupation(code: string): Occupation | undefined {
  return byCode.get(code);
}

export { isOccupationCode } from './codes';
