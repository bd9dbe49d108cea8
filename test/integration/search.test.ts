import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db, type OpenedDb } from '../../db/open';
import { indexParticipant, quickSearch, type SearchHit } from '../../db/repositories/participant-search';
import { participants } from '../../db/schema/participants';
import { isValidIsraeliId } from '../../electron/domain/israeli-id';

/** Eight digits plus the check digit that makes them a valid Israeli id. */
function israeliId(eightDigits: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const product = Number(eightDigits[i]) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return eightDigits + String((10 - (sum % 10)) % 10);
}

interface Person {
  key: string;
  first: string;
  last: string;
  id?: string;
  phone?: string;
}

const PEOPLE: Person[] = [
  { key: 'david-cohen', first: 'דָּוִד', last: 'כֹּהֵן', id: israeliId('01234567'), phone: '0527654321' },
  { key: 'dana-cohen', first: 'דנה', last: 'כהן', phone: '0549876543' },
  { key: 'moshe-hacohen', first: 'משה', last: 'הכהן' },
  { key: 'rina-cohena', first: 'רינה', last: 'כהנא' },
  { key: 'george', first: "ג'ורג'", last: 'חורי', id: israeliId('30123456') },
  { key: 'katz', first: 'שלמה', last: 'כ"ץ' },
  { key: 'ben-david', first: 'יוסי', last: 'בן־דוד' },
  { key: 'avraham', first: 'אברהם', last: 'שמעוני' },
  { key: 'levi', first: 'תמר', last: 'לוי' },
  { key: 'jose', first: 'José', last: 'García', phone: '038889990' },
  { key: 'percent', first: 'אורי', last: 'טל' },
];

let dir: string;
let store: OpenedDb;
let db: Db;
const idOf = new Map<string, number>();
const keyOf = new Map<number, string>();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kesher-search-'));
  store = openDatabase(path.join(dir, 'kesher.db'), randomBytes(32), { create: true });
  db = store.db;
  const at = '2026-03-01T08:00:00.000Z';
  for (const person of PEOPLE) {
    const row = db
      .insert(participants)
      .values({
        firstName: person.first,
        lastName: person.last,
        nationalId: person.id ?? null,
        phone: person.phone ?? null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    indexParticipant(db, row);
    idOf.set(person.key, row.id);
    keyOf.set(row.id, person.key);
  }
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const keys = (hits: SearchHit[]) => hits.map((hit) => keyOf.get(hit.id));
const search = (query: string) => keys(quickSearch(db, query));

describe('quick search by name', () => {
  it('ignores niqqud in the stored name and in the query', () => {
    expect(search('דוד כהן')).toEqual(['david-cohen']);
    expect(search('כֹּהֵן')).toContain('dana-cohen');
    expect(search('דָּנָה')).toEqual(['dana-cohen']);
  });

  it("matches a name written with a geresh, an ASCII apostrophe or none (ג'ורג')", () => {
    expect(search("ג'ורג'")).toEqual(['george']);
    expect(search('ג\u05F3ורג\u05F3')).toEqual(['george']);
    expect(search('גורג')).toEqual(['george']);
  });

  it('matches a name written with gershayim or a double quote (כ"ץ)', () => {
    expect(search('כץ')).toEqual(['katz']);
    expect(search('כ\u05F4ץ')).toEqual(['katz']);
    expect(search('שלמה כ"ץ')).toEqual(['katz']);
  });

  it('treats a maqaf, a hyphen and a space alike (בן־דוד)', () => {
    expect(search('בן־דוד')).toEqual(['ben-david']);
    expect(search('בן-דוד')).toEqual(['ben-david']);
    expect(search('בן דוד')).toEqual(['ben-david']);
    expect(search('יוסי בן')).toEqual(['ben-david']);
  });

  it('finds a name whatever form of a final letter was typed', () => {
    expect(search('אברהמ')).toEqual(['avraham']);
    expect(search('אברה')).toEqual(['avraham']);
    expect(search('שמעונ')).toEqual(['avraham']);
    expect(search('כהנ')).toContain('david-cohen');
  });

  it('finds a name inside a longer one, and the bare name from a query with a prefix letter', () => {
    expect(search('כהן')).toEqual(expect.arrayContaining(['moshe-hacohen', 'rina-cohena']));
    expect(search('הכהן')).toEqual(expect.arrayContaining(['moshe-hacohen', 'david-cohen', 'dana-cohen']));
    expect(search('וכהן')).toEqual(expect.arrayContaining(['david-cohen', 'dana-cohen']));
    expect(search('בלוי')).toEqual(['levi']);
    expect(search('ולוי')).toEqual(['levi']);
  });

  it('orders whole-word matches, then word beginnings, then substrings, each by last then first name', () => {
    // כֹּהֵן (with niqqud) and כהן are the same last name: דוד before דנה.
    expect(search('כהן')).toEqual(['david-cohen', 'dana-cohen', 'rina-cohena', 'moshe-hacohen']);
    // Both whole-word matches for דוד: ordered by last name (בן־דוד before כהן).
    expect(search('דוד')).toEqual(['ben-david', 'david-cohen']);
  });

  it('folds Latin case and diacritics', () => {
    expect(search('jose garcia')).toEqual(['jose']);
    expect(search('GARCÍA')).toEqual(['jose']);
    expect(search('garc')).toEqual(['jose']);
    expect(search('José')).toEqual(['jose']);
  });

  it('requires every word of a multi-word query, in any order', () => {
    expect(search('דוד כהן')).toEqual(['david-cohen']);
    expect(search('כהן דוד')).toEqual(['david-cohen']);
    expect(search('דנה כהן')).toEqual(['dana-cohen']);
    expect(search('דנה לוי')).toEqual([]);
  });

  it('matches queries of one or two characters at the beginning of a word only', () => {
    expect(search('ד')).toEqual(expect.arrayContaining(['david-cohen', 'dana-cohen', 'ben-david']));
    expect(search('ד')).not.toContain('katz');
    expect(search('כה')).toEqual(['david-cohen', 'dana-cohen', 'rina-cohena']);
    expect(search('הן')).toEqual([]);
    expect(search('j')).toEqual(['jose']);
  });

  it('marks name matches as matched on the name', () => {
    expect(quickSearch(db, 'לוי')).toEqual([{ id: idOf.get('levi'), matchedOn: 'name' }]);
  });

  it('keeps the search entries in step when a name changes', () => {
    const id = idOf.get('percent') as number;
    const row = db.update(participants).set({ lastName: 'טלמור' }).where(eq(participants.id, id)).returning().get();
    indexParticipant(db, row);
    expect(search('טלמור')).toEqual(['percent']);
    expect(search('אורי טל')).toEqual(['percent']);
    const renamed = db.update(participants).set({ lastName: 'גולן' }).where(eq(participants.id, id)).returning().get();
    indexParticipant(db, renamed);
    expect(search('גו')).toContain('percent');
    expect(search('טל')).toEqual([]);
    const back = db.update(participants).set({ lastName: 'טל' }).where(eq(participants.id, id)).returning().get();
    indexParticipant(db, back);
    expect(search('טלמור')).toEqual([]);
    expect(search('גו')).not.toContain('percent');
    expect(search('טל')).toEqual(['percent']);
  });
});

describe('quick search by national id and phone', () => {
  const davidId = PEOPLE[0]?.id as string;

  it('uses valid ids in these fixtures', () => {
    expect(PEOPLE.filter((p) => p.id).every((p) => isValidIsraeliId(p.id))).toBe(true);
    expect(davidId.startsWith('0')).toBe(true);
  });

  it('finds a person by the full id, with or without its leading zero', () => {
    expect(quickSearch(db, davidId)).toEqual([{ id: idOf.get('david-cohen'), matchedOn: 'national_id' }]);
    expect(search(davidId.slice(1))).toEqual(['david-cohen']);
    expect(search(`${davidId.slice(0, 3)}-${davidId.slice(3)}`)).toEqual(['david-cohen']);
  });

  it('finds a person by the last four digits of the id, not by digits from its middle', () => {
    expect(quickSearch(db, davidId.slice(-4))).toEqual([{ id: idOf.get('david-cohen'), matchedOn: 'national_id' }]);
    // '2345' is inside both ids (and no phone), never at their end.
    expect(davidId.includes('2345') && (PEOPLE[4]?.id ?? '').includes('2345')).toBe(true);
    expect(search('2345')).toEqual([]);
  });

  it('finds a phone typed in any common format', () => {
    const david = [{ id: idOf.get('david-cohen'), matchedOn: 'phone' }];
    for (const typed of [
      '0527654321',
      '052-765-4321',
      '052 765 4321',
      '+972527654321',
      '+972-52-765-4321',
      '972527654321',
      '00972527654321',
      '(052) 7654321',
      '7654321',
      '4321',
    ]) {
      expect(quickSearch(db, typed), typed).toEqual(david);
    }
    expect(search('03-888-9990')).toEqual(['jose']);
    expect(search('+972 3 888 9990')).toEqual(['jose']);
  });

  it('returns nothing for one or two digits', () => {
    expect(search('05')).toEqual([]);
  });
});

describe('quick search input safety', () => {
  it('treats quotes, FTS operators and LIKE wildcards as text, never as syntax', () => {
    for (const query of [
      '"',
      '""',
      '" OR "',
      '%',
      '_',
      '%%',
      '__',
      '\\',
      "'; DROP TABLE participants; --",
      'NEAR(a b)',
      '*',
      'names:',
      '{names}',
    ]) {
      expect(() => quickSearch(db, query), query).not.toThrow();
      expect(search(query), query).toEqual([]);
    }
    expect(search('כהן" OR "דנה')).toEqual([]);
    expect(search('כ%')).toEqual(search('כ'));
    expect(search('כ_')).toEqual(search('כ'));
    expect(db.select().from(participants).all()).toHaveLength(PEOPLE.length);
  });

  it('returns nothing for an empty or blank query and honours the limit', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(quickSearch(db, 'כ', { limit: 2 })).toHaveLength(2);
  });
});

describe('quick search over many candidates', () => {
  let many: OpenedDb;
  let manyDir: string;
  const FIRST = ['אבי', 'דנה', 'משה', 'רות', 'Ann'];
  const LAST = ['רוזן', 'רוזנברג', 'ארוזני', 'רוזנטל', 'ברוזנה'];
  const people: { id: number; first: string; last: string }[] = [];

  beforeAll(() => {
    manyDir = mkdtempSync(path.join(tmpdir(), 'kesher-search-many-'));
    many = openDatabase(path.join(manyDir, 'kesher.db'), randomBytes(32), { create: true });
    const at = '2026-03-01T08:00:00.000Z';
    for (let i = 0; i < 300; i += 1) {
      const first = FIRST[i % FIRST.length] as string;
      const last = LAST[(i * 7) % LAST.length] as string;
      const row = many.db
        .insert(participants)
        .values({ firstName: first, lastName: last, createdAt: at, updatedAt: at })
        .returning()
        .get();
      indexParticipant(many.db, row);
      people.push({ id: row.id, first, last });
    }
  });

  afterAll(() => {
    many.close();
    rmSync(manyDir, { recursive: true, force: true });
  });

  /** Whole word, then word start, then inside a word; then folded last and first name; then id. */
  function expected(token: string, subset: typeof people): number[] {
    const fold = (text: string) => text.replace(/ן/g, 'נ').toLowerCase();
    const score = (p: (typeof people)[number]) => {
      const words = `${fold(p.last)} ${fold(p.first)}`.split(' ');
      return words.includes(token) ? 0 : words.some((w) => w.startsWith(token)) ? 1 : 2;
    };
    const key = (p: (typeof people)[number]) => `${fold(p.last)} ${fold(p.first)}`;
    return [...subset]
      .sort((a, b) => score(a) - score(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id))
      .map((p) => p.id);
  }

  it('ranks a long candidate list exactly as a short one would be ranked', () => {
    const all = people.filter((p) => p.last.includes('רוזנ') || p.last.includes('רוזן'));
    expect(all.length).toBeGreaterThan(200);
    expect(quickSearch(many.db, 'רוזנ', { limit: 100 }).map((h) => h.id)).toEqual(expected('רוזנ', all).slice(0, 100));
    const few = people.filter((p) => p.last === 'רוזנטל');
    expect(few.length).toBeLessThan(200);
    expect(quickSearch(many.db, 'רוזנטל', { limit: 100 }).map((h) => h.id)).toEqual(expected('רוזנטל', few));
  });

  it('ranks a one- or two-letter query over many names exactly as the rule says', () => {
    for (const token of ['רו', 'ר', 'ב', 'ann']) {
      const starts = people.filter((p) =>
        `${p.last} ${p.first}`
          .toLowerCase()
          .replace(/ן/g, 'נ')
          .split(' ')
          .some((w) => w.startsWith(token)),
      );
      expect(starts.length, token).toBeGreaterThan(0);
      expect(
        quickSearch(many.db, token, { limit: 100 }).map((h) => h.id),
        token,
      ).toEqual(expected(token, starts).slice(0, 100));
    }
  });

  it('requires every short word, each at the beginning of a word of the name', () => {
    const want = people.filter((p) => p.first === 'אבי' && p.last.startsWith('רו'));
    expect(want.length).toBeGreaterThan(0);
    expect(quickSearch(many.db, 'א רו', { limit: 100 }).map((h) => h.id)).toEqual(expected('רו', want));
  });

  it('applies a short second word to a long candidate list', () => {
    const want = people.filter((p) => p.first === 'דנה');
    expect(quickSearch(many.db, 'רוזנ ד', { limit: 100 }).map((h) => h.id)).toEqual(expected('רוזנ', want));
  });
});
