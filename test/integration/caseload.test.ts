import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db, type OpenedDb } from '../../db/open';
import {
  CASELOAD_SORT_FIELDS,
  listCaseload,
  type CaseloadQuery,
  type CaseloadRow,
  type CaseloadSortField,
} from '../../db/repositories/caseload';
import { insertStaff } from '../../db/repositories/staff';
import { participants } from '../../db/schema/participants';
import { createRng } from '../../electron/services/demo/prng';

const TODAY = '2026-05-10';
const NOW = new Date('2026-05-10T08:00:00Z');
type NewRow = typeof participants.$inferInsert;

let dir: string;
let store: OpenedDb;
let db: Db;
let coachA: number;
let coachB: number;
/** Every row as inserted, for computing the expected answer in plain TypeScript. */
const rows: (NewRow & { id: number })[] = [];

function insert(values: Partial<NewRow>): number {
  const at = values.updatedAt ?? NOW.toISOString();
  const row = db
    .insert(participants)
    .values({ firstName: 'א', lastName: 'ב', createdAt: at, updatedAt: at, ...values })
    .returning()
    .get();
  rows.push({ ...values, ...row });
  return row.id;
}

/** Hand-picked people for the edge cases, then 400 random ones with many equal sort keys. */
function seed() {
  const named = {
    contact90: insert({ status: 'active', lastName: 'קשר-90', lastContactDate: '2026-02-09', coachId: coachA }),
    contact91: insert({ status: 'active', lastName: 'קשר-91', lastContactDate: '2026-02-08', coachId: coachA }),
    activeNoContact: insert({ status: 'active', lastName: 'ללא-קשר', coachId: coachB }),
    exitedOld: insert({ status: 'exited', lastName: 'יצא', lastContactDate: '2024-01-01', coachId: coachB }),
    birthdayToday: insert({ status: 'intake', lastName: 'יום-הולדת', birthDate: '1961-05-10', ageAtInquiry: 50 }),
    birthdayTomorrow: insert({ status: 'intake', lastName: 'מחר', birthDate: '1961-05-11' }),
    ageOnlyAtInquiry: insert({ status: 'inquiry', lastName: 'גיל-בפנייה', ageAtInquiry: 58 }),
    toldAgeTwoYearsAgo: insert({
      status: 'inquiry',
      lastName: 'פנייה-ישנה',
      ageAtInquiry: 57,
      createdAt: '2024-05-10T09:00:00.000Z',
    }),
    noAgeKnown: insert({ status: 'inquiry', lastName: 'גיל-לא-ידוע' }),
    tagged: insert({
      status: 'active',
      lastName: 'תגיות',
      populationTags: ['HAREDI', 'SINGLE_PARENT'],
      phone: '0521234567',
    }),
    noCoach: insert({ status: 'intake', lastName: 'בלי-מקדם' }),
  };
  const rng = createRng(42);
  const statuses = ['inquiry', 'screened', 'invited', 'intake', 'active', 'exited'] as const;
  const days = (n: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 400; i += 1) {
    const status = rng.weighted(statuses.map((s) => [s, s === 'active' ? 8 : 1] as const));
    insert({
      status,
      firstName: rng.pick(['דנה', 'דוד', 'Anna', 'משה']),
      lastName: rng.pick(['כהן', 'לוי', 'אברהם', 'Levin', 'בן־דוד']),
      track: rng.chance(0.2)
        ? null
        : rng.pick(['SALARIED', 'SELF_EMPLOYED', 'VOCATIONAL_TRAINING', 'UNDECIDED'] as const),
      trafficLight: rng.chance(0.2) ? null : rng.pick(['GREEN', 'YELLOW', 'RED'] as const),
      coachId: rng.pick([coachA, coachB, null]),
      enrolmentDate: rng.chance(0.3) ? null : days(rng.int(0, 20) * 30),
      lastContactDate: rng.chance(0.2) ? null : days(rng.int(0, 12) * 15),
      birthDate: rng.chance(0.3) ? null : `19${rng.int(45, 80)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
      ageAtInquiry: rng.chance(0.5) ? rng.int(45, 75) : null,
      screeningOutcome: rng.chance(0.5) ? null : rng.pick(['eligible', 'not_eligible', 'borderline'] as const),
      populationTags: rng.chance(0.8) ? [] : [rng.pick(['ARAB', 'IMMIGRANT', 'HAREDI'])],
      updatedAt: `2026-0${rng.int(1, 4)}-01T08:00:00.000Z`,
    });
  }
  return named;
}

let named: ReturnType<typeof seed>;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kesher-caseload-'));
  store = openDatabase(path.join(dir, 'kesher.db'), randomBytes(32), { create: true });
  db = store.db;
  coachA = insertStaff(
    db,
    { username: 'coach.a', displayName: 'מקדמת א', role: 'coach', mustChangePassword: false },
    NOW,
  ).id;
  coachB = insertStaff(
    db,
    { username: 'coach.b', displayName: 'מקדם ב', role: 'coach', mustChangePassword: false },
    NOW,
  ).id;
  named = seed();
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = (query: CaseloadQuery): CaseloadRow[] => {
  const out: CaseloadRow[] = [];
  for (let page = 1; ; page += 1) {
    const result = listCaseload(db, { ...query, page, pageSize: 100 }, TODAY);
    out.push(...result.rows);
    if (out.length >= result.total || result.rows.length === 0) return out;
  }
};
const idsOf = (query: CaseloadQuery) => all(query).map((r) => r.id);
const byId = (id: number) => all({}).find((r) => r.id === id) as CaseloadRow;

describe('caseload filters', () => {
  it('filters by status, track and traffic light lists, each list meaning any of its values', () => {
    const got = new Set(
      idsOf({ status: ['active', 'intake'], track: ['SALARIED', 'UNDECIDED'], trafficLight: ['RED'] }),
    );
    const want = rows.filter(
      (r) =>
        ['active', 'intake'].includes(r.status ?? 'inquiry') &&
        ['SALARIED', 'UNDECIDED'].includes(r.track ?? '') &&
        r.trafficLight === 'RED',
    );
    expect(got).toEqual(new Set(want.map((r) => r.id)));
    expect(want.length).toBeGreaterThan(0);
  });

  it('filters by coach, and by "no coach" with null', () => {
    expect(new Set(idsOf({ coachId: coachA }))).toEqual(
      new Set(rows.filter((r) => r.coachId === coachA).map((r) => r.id)),
    );
    expect(idsOf({ coachId: null })).toContain(named.noCoach);
    expect(all({ coachId: null }).every((r) => r.coachId === null)).toBe(true);
  });

  it('filters by one population tag as a whole code', () => {
    const got = idsOf({ populationTag: 'HAREDI' });
    expect(got).toContain(named.tagged);
    expect(new Set(got)).toEqual(new Set(rows.filter((r) => r.populationTags?.includes('HAREDI')).map((r) => r.id)));
    expect(idsOf({ populationTag: 'HAR' })).toEqual([]);
  });

  it('lists active people out of contact for more than 90 days or never contacted, and nobody else', () => {
    const got = idsOf({ noContactOver90: true });
    expect(got).toContain(named.contact91);
    expect(got).toContain(named.activeNoContact);
    expect(got).not.toContain(named.contact90);
    expect(got).not.toContain(named.exitedOld);
    expect(all({ noContactOver90: true }).every((r) => r.status === 'active' && r.flaggedNoContact)).toBe(true);
  });

  it('filters by screening outcome', () => {
    const got = new Set(idsOf({ screeningOutcome: 'borderline' }));
    expect(got).toEqual(new Set(rows.filter((r) => r.screeningOutcome === 'borderline').map((r) => r.id)));
  });
});

describe('caseload row figures', () => {
  it('counts days since contact and flags active people only after 90 days', () => {
    expect(byId(named.contact90)).toMatchObject({ daysSinceContact: 90, flaggedNoContact: false });
    expect(byId(named.contact91)).toMatchObject({ daysSinceContact: 91, flaggedNoContact: true });
    expect(byId(named.activeNoContact)).toMatchObject({ daysSinceContact: null, flaggedNoContact: true });
    expect(byId(named.exitedOld).flaggedNoContact).toBe(false);
  });

  it('computes the age from the birth date on today, else from the age given at inquiry and the years since', () => {
    expect(byId(named.birthdayToday).age).toBe(65);
    expect(byId(named.birthdayTomorrow).age).toBe(64);
    expect(byId(named.ageOnlyAtInquiry).age).toBe(58);
    expect(byId(named.toldAgeTwoYearsAgo).age).toBe(59);
    expect(byId(named.noAgeKnown).age).toBeNull();
  });

  it("carries the coach's name, the canonical phone and the population tags", () => {
    expect(byId(named.contact90).coachName).toBe('מקדמת א');
    expect(byId(named.noCoach).coachName).toBeNull();
    expect(byId(named.tagged)).toMatchObject({ phone: '0521234567', populationTags: ['HAREDI', 'SINGLE_PARENT'] });
  });
});

/** SQLite's order: NULL before any value ascending; strings by code point; then the id. */
function expectedOrder(field: CaseloadSortField, direction: 'asc' | 'desc', subset: typeof rows): number[] {
  const statusRank = ['inquiry', 'screened', 'invited', 'intake', 'active', 'exited'];
  const lightRank = ['GREEN', 'YELLOW', 'RED'];
  // The (estimated) birth date: youngest first is the latest date first, so age runs reversed.
  const birthKey = (r: NewRow) =>
    r.birthDate ??
    (r.ageAtInquiry == null ? null : `${Number(r.createdAt.slice(0, 4)) - r.ageAtInquiry}${r.createdAt.slice(4, 10)}`);
  const keys: Record<CaseloadSortField, (r: NewRow) => (string | number | null)[]> = {
    lastName: (r) => [r.lastName, r.firstName],
    firstName: (r) => [r.firstName, r.lastName],
    status: (r) => [statusRank.indexOf(r.status ?? 'inquiry')],
    enrolmentDate: (r) => [r.enrolmentDate ?? null],
    lastContactDate: (r) => [r.lastContactDate ?? null],
    trafficLight: (r) => [r.trafficLight ? lightRank.indexOf(r.trafficLight) : null],
    age: (r) => [birthKey(r)],
    updatedAt: (r) => [r.updatedAt],
  };
  const compare = (a: string | number | null, b: string | number | null) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;
  const sign = (direction === 'asc') === (field !== 'age') ? 1 : -1;
  return [...subset]
    .sort((a, b) => {
      const ka = [...keys[field](a), a.id];
      const kb = [...keys[field](b), b.id];
      for (let i = 0; i < ka.length; i += 1) {
        const c = compare(ka[i] ?? null, kb[i] ?? null);
        if (c !== 0) return sign * c;
      }
      return 0;
    })
    .map((r) => r.id);
}

describe('caseload sorting and paging', () => {
  it.each(CASELOAD_SORT_FIELDS.flatMap((field) => [[field, 'asc'] as const, [field, 'desc'] as const]))(
    'sorts by %s %s with the id breaking ties, across pages',
    (field, direction) => {
      const pages: number[] = [];
      for (let page = 1; page <= 80; page += 1) {
        const result = listCaseload(db, { sort: field, direction, page, pageSize: 7 }, TODAY);
        expect(result.total).toBe(rows.length);
        pages.push(...result.rows.map((r) => r.id));
        if (result.rows.length < 7) break;
      }
      expect(pages).toEqual(expectedOrder(field, direction, rows));
    },
  );

  it('gives the same order when a filter leaves few rows (sorted) or many (name index walked)', () => {
    const active = rows.filter((r) => r.status === 'active');
    const fewer = rows.filter((r) => r.status === 'active' && r.coachId === coachA && r.trafficLight === 'RED');
    expect(idsOf({ status: ['active'] })).toEqual(expectedOrder('lastName', 'asc', active));
    expect(idsOf({ status: ['active'], coachId: coachA, trafficLight: ['RED'] })).toEqual(
      expectedOrder('lastName', 'asc', fewer),
    );
    const desc = all({ status: ['active'], direction: 'desc' }).map((r) => r.id);
    expect(desc).toEqual(expectedOrder('lastName', 'desc', active));
  });

  it('caps the page size at 100 and returns an empty page past the end with the total', () => {
    expect(listCaseload(db, { pageSize: 1000 }, TODAY).rows).toHaveLength(100);
    const past = listCaseload(db, { page: 999, pageSize: 50 }, TODAY);
    expect(past).toEqual({ rows: [], total: rows.length });
    expect(listCaseload(db, { status: ['active'], populationTag: 'NONE' }, TODAY)).toEqual({ rows: [], total: 0 });
  });
});

describe('caseload query plans', () => {
  /** The statements listCaseload prepares, with the plan SQLite chose for each. */
  function plans(query: CaseloadQuery): string[] {
    const sqlite = store.sqlite;
    const prepare = sqlite.prepare.bind(sqlite);
    const seen: string[] = [];
    sqlite.prepare = ((source: string) => {
      seen.push(source);
      return prepare(source);
    }) as typeof sqlite.prepare;
    try {
      listCaseload(db, query, TODAY);
    } finally {
      sqlite.prepare = prepare;
    }
    return seen.map((source) => {
      const params = Array.from({ length: (source.match(/\?/g) ?? []).length }, () => null);
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[];
      return plan.map((step) => step.detail).join(' | ');
    });
  }

  it("counts and finds a page of a coach's active caseload through indexes, never a table scan", () => {
    const steps = plans({ status: ['active'], coachId: coachA, sort: 'lastName' });
    expect(steps.length).toBeGreaterThanOrEqual(2);
    for (const step of steps) expect(step).not.toMatch(/SCAN p(?! USING)/);
    expect(steps[0]).toMatch(/USING (COVERING )?INDEX participants_(coach_status|caseload)/);
  });

  it('finds the 90-day list by last contact from the caseload index alone', () => {
    const [count, page] = plans({ noContactOver90: true, sort: 'lastContactDate' });
    expect(count).toMatch(/COVERING INDEX participants_caseload/);
    expect(page).toMatch(/COVERING INDEX participants_caseload/);
  });

  it('walks the age index for everyone by age, either way, instead of sorting every row', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const page = plans({ sort: 'age', direction }).find((step) => step.includes('participants_age'));
      expect(page).toBeDefined();
      expect(page).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('counts a population tag from the index of tagged participants, not the table', () => {
    const [count] = plans({ populationTag: 'HAREDI' });
    expect(count).toMatch(/COVERING INDEX participants_tags/);
  });

  it('sorts active people by enrolment date or traffic light without reading the table', () => {
    const [, byLight] = plans({ status: ['active'], sort: 'trafficLight' });
    expect(byLight).toMatch(/COVERING INDEX participants_caseload/);
    // Enrolment order is the order of its own index: no sort at all, either way.
    for (const direction of ['asc', 'desc'] as const) {
      const [, byEnrolment] = plans({ status: ['active'], sort: 'enrolmentDate', direction });
      expect(byEnrolment).toMatch(/COVERING INDEX participants_status_enrolment/);
      expect(byEnrolment).not.toMatch(/TEMP B-TREE/);
    }
  });
});
