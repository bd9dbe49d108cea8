/**
 * Occupation search for the placement form's select and for mapping an older system's text.
 * Queries and names are folded with the app's search normalisation (niqqud, geresh, final
 * letters, Latin case), so 'מזכירה', 'מְזַכִּירָה' and 'מזכירה ' are the same query.
 *
 * Ranking, best first: the code itself; a name equal to the query; a name starting with the
 * query; every query word starting a word of the name, the first word first; every query word
 * starting some word of the name; the query inside a name. Among equals, a common job name
 * beats the Hebrew title, which beats the English title; then the shorter name (the plain
 * 'מזכירה' before 'מזכירה רפואית'); then the code.
 */
import { normaliseForSearch } from '../hebrew-normalise';
import { occupations, type Occupation } from './index';

export interface OccupationHit {
  occupation: Occupation;
  /** The name the query matched, as written (a synonym or a title), for showing why it matched. */
  matched: string;
}

type Kind = 0 | 1 | 2; // synonym, Hebrew title, English title

interface IndexedName {
  text: string;
  folded: string;
  words: string[];
  kind: Kind;
}

interface Indexed {
  occupation: Occupation;
  names: IndexedName[];
}

function indexName(text: string, kind: Kind): IndexedName {
  const folded = normaliseForSearch(text);
  return { text, folded, words: folded.split(' '), kind };
}

const indexed: Indexed[] = occupations.map((occupation) => ({
  occupation,
  names: [...occupation.synonyms.map((s) => indexName(s, 0)), indexName(occupation.he, 1), indexName(occupation.en, 2)],
}));

const NO_MATCH = 99;

function scoreName(name: IndexedName, query: string, tokens: string[]): number {
  if (name.folded === query) return 1;
  if (name.folded.startsWith(query)) return 2;
  const remaining = [...name.words];
  let firstWordFirst = false;
  for (const [i, token] of tokens.entries()) {
    const at = remaining.findIndex((word) => word.startsWith(token));
    if (at < 0) return query.length >= 2 && name.folded.includes(query) ? 5 : NO_MATCH;
    if (i === 0) firstWordFirst = remaining[at] === name.words[0];
    remaining.splice(at, 1);
  }
  return firstWordFirst ? 3 : 4;
}

interface Ranked {
  hit: OccupationHit;
  score: number;
  kind: Kind;
  length: number;
}

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    a.score - b.score ||
    a.kind - b.kind ||
    a.length - b.length ||
    (a.hit.occupation.code < b.hit.occupation.code ? -1 : 1)
  );
}

/** Occupations matching the query, best first; an empty query gives none. */
export function searchOccupations(query: string, limit = 20): OccupationHit[] {
  const folded = normaliseForSearch(query);
  if (folded === '') return [];
  if (/^\d+$/.test(folded)) {
    return indexed
      .filter(({ occupation }) => occupation.code.startsWith(folded))
      .slice(0, limit)
      .map(({ occupation }) => ({ occupation, matched: occupation.code }));
  }
  const tokens = folded.split(' ');
  const ranked: Ranked[] = [];
  for (const { occupation, names } of indexed) {
    let best: Ranked | undefined;
    for (const name of names) {
      const score = scoreName(name, folded, tokens);
      if (score === NO_MATCH) continue;
      const candidate: Ranked = {
        hit: { occupation, matched: name.text },
        score,
        kind: name.kind,
        length: name.folded.length,
      };
      if (!best || compareRanked(candidate, best) < 0) best = candidate;
    }
    if (best) ranked.push(best);
  }
  return ranked
    .sort(compareRanked)
    .slice(0, limit)
    .map((r) => r.hit);
}
