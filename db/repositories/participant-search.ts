import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { hebrewPrefixVariants, normaliseForSearch } from '../../electron/domain/hebrew-normalise';
import { phoneDigitsForSearch } from '../../electron/domain/phone';

/**
 * Quick search over participants by name, national id or phone.
 *
 * Names live normalised (niqqud, geresh, maqaf, final letters, Latin case and diacritics folded
 * by normaliseForSearch) in two places: `participants.search_name` ("last first", btree-indexed)
 * for queries too short for trigrams, and the contentless FTS5 trigram table
 * `participant_search` (rowid = participant id) for substring matching of 3+ characters. The
 * FTS row also carries the national id and the phone digits. Every piece of user text reaches
 * SQLite as a bound parameter; inside the MATCH expression each token is a quoted phrase.
 */

export interface SearchableParticipant {
  id: number;
  firstName: string;
  lastName: string;
  nationalId: string | null;
  phone: string | null;
}

export type MatchedOn = 'name' | 'national_id' | 'phone';

export interface SearchHit {
  id: number;
  matchedOn: MatchedOn;
}

export interface QuickSearchOptions {
  limit?: number;
}

/** Trigram FTS cannot match fewer characters than this. */
const TRIGRAM = 3;
/** A national id is looked up whole or by its last digits, never by a fragment from its middle. */
const ID_SUFFIX_MIN = 4;
const ID_DIGITS = 9;
const MAX_TOKENS = 6;
/**
 * Up to this many FTS candidates their rows are read for ranking; above it the search_name
 * index is scanned instead (about 2 ms at 50,000 participants, and cached, where reading a
 * few hundred scattered rows of an encrypted store costs more).
 */
const FEW_CANDIDATES = 200;
// Characters that may appear in a phone number or an id as typed; anything else makes it a name query.
const DIGIT_QUERY = /^[\d\s\-+()./\u2010-\u2015\u05BE\u200E\u200F\u202A-\u202E\u2066-\u2069]+$/;

const LIKE_ESCAPE = sql.raw("ESCAPE '\\'");

/**
 * What search_name holds: the folded "last first". Last name first, so the column's index is
 * also the result order (last name, then first name) and ranking a long list of candidates
 * needs no table row.
 */
export function searchNameOf(firstName: string, lastName: string): string {
  return [normaliseForSearch(lastName), normaliseForSearch(firstName)].filter((part) => part !== '').join(' ');
}

/**
 * (Re)writes a participant's search entries: search_name on the row and the FTS row. Call it
 * whenever a name, the national id or the phone changes.
 */
export function indexParticipant(db: Db, participant: SearchableParticipant): void {
  const first = normaliseForSearch(participant.firstName);
  const last = normaliseForSearch(participant.lastName);
  const firstLast = [first, last].filter((part) => part !== '').join(' ');
  const lastFirst = [last, first].filter((part) => part !== '').join(' ');
  // Both orders, so a whole name typed either way is one contiguous run of text.
  const names = `${firstLast}\n${lastFirst}`;
  const digits = [participant.nationalId, participant.phone].filter((d): d is string => Boolean(d)).join(' ');
  db.transaction((tx) => {
    tx.run(sql`UPDATE participants SET search_name = ${lastFirst} WHERE id = ${participant.id}`);
    tx.run(sql`DELETE FROM participant_name_words WHERE participant_id = ${participant.id}`);
    for (const word of new Set(lastFirst.split(' ').filter((w) => w !== ''))) {
      tx.run(
        sql`INSERT INTO participant_name_words (word, search_name, participant_id) VALUES (${word}, ${lastFirst}, ${participant.id})`,
      );
    }
    tx.run(sql`DELETE FROM participant_search WHERE rowid = ${participant.id}`);
    tx.run(sql`INSERT INTO participant_search (rowid, names, digits) VALUES (${participant.id}, ${names}, ${digits})`);
  });
}

/** Removes a participant's search entries (search_name goes with the participant row itself). */
export function unindexParticipant(db: Db, id: number): void {
  db.run(sql`DELETE FROM participant_search WHERE rowid = ${id}`);
  db.run(sql`DELETE FROM participant_name_words WHERE participant_id = ${id}`);
}

/** Best matches first: whole words, then word beginnings, then substrings; then by last and first name. */
export function quickSearch(db: Db, query: string, options: QuickSearchOptions = {}): SearchHit[] {
  const limit = Math.max(1, Math.min(options.limit ?? 20, 100));
  const trimmed = query.trim();
  if (trimmed === '') return [];
  if (DIGIT_QUERY.test(trimmed)) return searchDigits(db, phoneDigitsForSearch(trimmed), limit);
  return searchNames(db, normaliseForSearch(trimmed), limit);
}

/** An FTS5 string literal: the token as one quoted phrase, inner double quotes doubled. */
function phrase(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/** A LIKE pattern fragment with the wildcards and the escape character itself taken literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function searchDigits(db: Db, digits: string, limit: number): SearchHit[] {
  if (digits.length < TRIGRAM) return [];
  const padded = digits.length <= ID_DIGITS ? digits.padStart(ID_DIGITS, '0') : digits;
  const idMatch =
    digits.length >= ID_SUFFIX_MIN
      ? sql`(p.national_id = ${padded} OR substr(p.national_id, ${-digits.length}) = ${digits})`
      : sql`(p.national_id = ${padded})`;
  return db.all<SearchHit>(sql`
    SELECT id, matched_on AS matchedOn FROM (
      SELECT p.id, p.last_name, p.first_name,
        CASE WHEN ${idMatch} THEN 'national_id' ELSE 'phone' END AS matched_on,
        CASE WHEN p.national_id = ${padded} OR p.phone = ${digits} THEN 0
          WHEN ${idMatch} OR substr(p.phone, ${-digits.length}) = ${digits} OR substr(p.phone, 1, ${digits.length}) = ${digits}
          THEN 1 ELSE 2 END AS score
      FROM participant_search
      JOIN participants p ON p.id = participant_search.rowid
      WHERE participant_search MATCH ${`digits : ${phrase(digits)}`}
        AND (${idMatch} OR instr(p.phone, ${digits}) > 0)
    )
    ORDER BY score, last_name, first_name, id
    LIMIT ${limit}`);
}

interface NameQuery {
  /** Per word: the word as typed (folded) and, for a Hebrew prefix letter, the word without it. */
  words: string[][];
  /** Runs of 3+ digits typed beside a name ("כהן 4567"). */
  digitRuns: string[];
}

function parseNameQuery(normalised: string): NameQuery {
  const words: string[][] = [];
  const digitRuns: string[] = [];
  for (const token of normalised
    .split(' ')
    .filter((t) => t !== '')
    .slice(0, MAX_TOKENS)) {
    if (/^\d+$/.test(token)) {
      if (token.length >= TRIGRAM) digitRuns.push(token);
    } else {
      words.push([...new Set(hebrewPrefixVariants(token))]);
    }
  }
  return { words, digitRuns };
}

/**
 * Every word of the query must match a word of the name: as a substring through FTS when it
 * has 3+ characters (so does a form without its prefix letter), else as the beginning of a word.
 * Score per word: 0 whole word, 1 beginning of a word, 2 elsewhere; the sum orders the list.
 */
function searchNames(db: Db, normalised: string, limit: number): SearchHit[] {
  const { words, digitRuns } = parseNameQuery(normalised);
  if (words.length === 0 && digitRuns.length === 0) return [];

  const padded = sql.raw(`(' ' || p.search_name || ' ')`);
  const likeAny = (forms: string[], pattern: (form: string) => string) =>
    sql.join(
      forms.map((form) => sql`${padded} LIKE ${pattern(escapeLike(form))} ${LIKE_ESCAPE}`),
      sql` OR `,
    );
  const wholeWord = (form: string) => `% ${form} %`;
  const wordStart = (form: string) => `% ${form}%`;

  const matchParts: string[] = [];
  const shortWords: string[] = [];
  const filters: SQL[] = [];
  const scores: SQL[] = [];
  for (const forms of words) {
    const typed = forms[0] as string;
    if (typed.length >= TRIGRAM) {
      matchParts.push(
        `names : (${forms
          .filter((f) => f.length >= TRIGRAM)
          .map(phrase)
          .join(' OR ')})`,
      );
    } else {
      shortWords.push(typed);
      filters.push(likeAny([typed], wordStart));
    }
    scores.push(
      sql`(CASE WHEN ${likeAny(forms, wholeWord)} THEN 0 WHEN ${likeAny(forms, wordStart)} THEN 1 ELSE 2 END)`,
    );
  }
  for (const run of digitRuns) matchParts.push(`digits : ${phrase(run)}`);

  const score = scores.length > 0 ? sql.join(scores, sql` + `) : sql`0`;
  const order = sql`${score}, p.search_name, p.id`;
  const shortFilters = filters.map((f) => sql` AND (${f})`);
  if (matchParts.length === 0) {
    // Only 1–2 character words: the names with a word beginning with the longest of them come
    // from a range of the words index (search_name beside each), the other words filter those.
    const [anchor = ''] = [...shortWords].sort((a, b) => b.length - a.length);
    return db.all<SearchHit>(sql`
      SELECT p.id AS id, 'name' AS matchedOn FROM (
        SELECT DISTINCT participant_id AS id, search_name FROM participant_name_words
        WHERE word >= ${anchor} AND word < ${anchor} || char(1114111)
      ) p
      WHERE 1 ${sql.join(shortFilters, sql``)}
      ORDER BY ${order} LIMIT ${limit}`);
  }
  const match = matchParts.join(' AND ');
  const candidates = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM participant_search WHERE participant_search MATCH ${match}`,
  )?.n;
  if (!candidates) return [];
  // Few candidates: read their rows. Many (a common name): rank them from the search_name
  // index instead, which stays in the page cache, rather than reading a row for each.
  const source =
    candidates <= FEW_CANDIDATES
      ? sql`participant_search JOIN participants p ON p.id = participant_search.rowid
          WHERE participant_search MATCH ${match}`
      : sql`participants p INDEXED BY participants_search_name
          WHERE p.id IN (SELECT rowid FROM participant_search WHERE participant_search MATCH ${match})`;
  return db.all<SearchHit>(sql`
    SELECT p.id AS id, 'name' AS matchedOn FROM ${source} ${sql.join(shortFilters, sql``)}
    ORDER BY ${order} LIMIT ${limit}`);
}
