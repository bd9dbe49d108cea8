import { beforeAll, describe, expect, it } from 'vitest';
import { insertParticipant } from '../../db/repositories/participants';
import { isValidIsraeliId } from '../../electron/domain/israeli-id';
import { createTestCentre, type TestApp } from '../fixtures/centre';
import { SEARCH_CASES, SEARCH_PEOPLE, type SearchCase } from '../fixtures/quick-search-cases';

/**
 * The README's quick-search tiers, case by case (test/fixtures/quick-search-cases.ts), through
 * `search.quick` on an encrypted store exactly as the renderer calls it.
 */

let t: TestApp;
const idOf = new Map<string, number>();
const keyOf = new Map<number, string>();

beforeAll(async () => {
  t = await createTestCentre();
  const db = t.runtime.db();
  for (const person of SEARCH_PEOPLE) {
    const row = insertParticipant(
      db,
      {
        firstName: person.first,
        lastName: person.last,
        status: person.status ?? 'inquiry',
        lastContactDate: person.lastContact ?? null,
        nationalId: person.id ?? null,
        phone: person.phone ?? null,
      },
      null,
      new Date('2026-11-01T08:00:00Z'),
    );
    idOf.set(person.key, row.id);
    keyOf.set(row.id, person.key);
  }
});

async function found(query: string): Promise<string[]> {
  return (await t.must('search.quick', { q: query })).map((hit) => keyOf.get(hit.id) ?? `other:${hit.id}`);
}

describe('the quick-search cases', () => {
  it('has at least 80 cases, each about people of the fixture, with valid ids', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(80);
    const keys = new Set(SEARCH_PEOPLE.map((p) => p.key));
    expect(keys.size).toBe(SEARCH_PEOPLE.length);
    for (const c of SEARCH_CASES) {
      const named = 'order' in c ? c.order : ['top3' in c ? c.top3 : 'first' in c ? c.first : c.absent];
      for (const key of named) expect(keys.has(key), `${c.name}: ${key}`).toBe(true);
    }
    expect(SEARCH_PEOPLE.filter((p) => p.id).every((p) => isValidIsraeliId(p.id))).toBe(true);
  });

  it.each(SEARCH_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c: SearchCase) => {
    const hits = await found(c.query);
    if ('top3' in c) expect(hits.slice(0, 3), c.query).toContain(c.top3);
    else if ('first' in c) expect(hits[0], c.query).toBe(c.first);
    else if ('absent' in c) expect(hits, c.query).not.toContain(c.absent);
    else {
      const [above, below] = c.order;
      expect(hits, c.query).toContain(above);
      expect(hits, c.query).toContain(below);
      expect(hits.indexOf(above), `${c.query}: ${above} above ${below}`).toBeLessThan(hits.indexOf(below));
    }
  });
});

describe('quick search after a rename', () => {
  it('finds the new name by its spelling-tolerant key and across scripts, and no longer the old one', async () => {
    const id = idOf.get('arna-gabai') as number;
    const before = await t.must('participants.get', { id });
    await t.must('participants.update', {
      id,
      patch: { lastName: 'ויינשטיין' },
      expectedUpdatedAt: before.updatedAt,
    });
    expect((await found('וינשטין')).slice(0, 3)).toContain('arna-gabai');
    expect((await found('Weinstein')).slice(0, 3)).toContain('arna-gabai');
    expect(await found('גבאי')).not.toContain('arna-gabai');
    expect(await found('גבי')).not.toContain('arna-gabai');
  });
});
