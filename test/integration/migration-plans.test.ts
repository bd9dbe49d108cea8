import { describe, expect, it } from 'vitest';
import { loadMigrations, schemaVersion } from '../../db/migrate';
import { createEncryptedStore, reopenStore } from '../fixtures/store';

/*
 * Migration 0007 (schema version 7 → 8) moves participants.barriers and the strengths written
 * beside them into the personal work plan: each person with either gets a draft of version 1
 * holding every barrier row as it was, in its order. Nothing may be lost on the way.
 */
const version = loadMigrations().find((m) => m.tag.startsWith('0007_'))?.version ?? Number.NaN;
const AT = '2026-11-01T08:00:00.000Z';

type Barrier = { code: string; detail?: string; addressedBy?: string };

const people: { id: number; barriers: string | null; strengths: string | null }[] = [
  {
    id: 1,
    barriers: JSON.stringify([
      { code: 'transport' },
      { code: 'digital_skills', detail: 'אינה משתמשת בדוא"ל', addressedBy: 'סדנת מחשבים' },
      { code: 'health', detail: 'גב', addressedBy: 'רופא תעסוקתי' },
    ] satisfies Barrier[]),
    strengths: 'אמינה, ניסיון רב בשירות',
  },
  { id: 2, barriers: JSON.stringify([{ code: 'caregiving', addressedBy: 'מקדמת' }]), strengths: null },
  { id: 3, barriers: '[]', strengths: 'יודע אנגלית' },
  { id: 4, barriers: '[]', strengths: null },
  { id: 5, barriers: null, strengths: null },
  { id: 6, barriers: null, strengths: '   ' },
  {
    id: 7,
    barriers: JSON.stringify([
      { code: 'other', detail: 'חוב' },
      { code: 'other', detail: 'חוב' },
    ]),
    strengths: '',
  },
];

function storeAt7() {
  const created = createEncryptedStore({ targetVersion: version - 1 });
  const insert = created.store.sqlite.prepare(
    `INSERT INTO participants (id, first_name, last_name, search_name, status, barriers, strengths, created_at, updated_at)
     VALUES (?, 'שם', 'משפחה', 'שם משפחה', 'active', ?, ?, ?, ?)`,
  );
  for (const p of people) insert.run(p.id, p.barriers, p.strengths, AT, AT);
  return created;
}

describe('0007: barriers and strengths move into a draft plan', () => {
  it('puts every barrier row into plan_barriers of a version-1 draft, in order, nothing lost', () => {
    const { file, key, store } = storeAt7();
    expect(schemaVersion(store.sqlite)).toBe(version - 1);
    store.close();
    const after = reopenStore(file, key, { targetVersion: version });
    expect(schemaVersion(after.sqlite)).toBe(version);
    const sqlite = after.sqlite;

    const plans = sqlite
      .prepare('SELECT participant_id, version, status, strengths FROM plans ORDER BY participant_id')
      .all() as { participant_id: number; version: number; status: string; strengths: string | null }[];
    // Everyone with a barrier or a written strength, and nobody else.
    expect(plans.map((p) => p.participant_id)).toEqual([1, 2, 3, 7]);
    expect(plans.every((p) => p.version === 1 && p.status === 'draft')).toBe(true);
    expect(Object.fromEntries(plans.map((p) => [p.participant_id, p.strengths]))).toEqual({
      1: 'אמינה, ניסיון רב בשירות',
      2: null,
      3: 'יודע אנגלית',
      7: '',
    });

    const moved = sqlite
      .prepare(
        `SELECT p.participant_id AS pid, b.position, b.code, b.detail, b.addressed_by, b.item_key
         FROM plan_barriers b JOIN plans p ON p.id = b.plan_id ORDER BY p.participant_id, b.position`,
      )
      .all() as {
      pid: number;
      position: number;
      code: string;
      detail: string | null;
      addressed_by: string | null;
      item_key: string;
    }[];
    const expected = people.flatMap((p) =>
      (JSON.parse(p.barriers ?? '[]') as Barrier[]).map((b, position) => ({
        pid: p.id,
        position,
        code: b.code,
        detail: b.detail ?? null,
        addressed_by: b.addressedBy ?? null,
      })),
    );
    expect(moved.map(({ item_key: _k, ...row }) => row)).toEqual(expected);
    expect(moved).toHaveLength(6);
    // Each moved row is its own item, so later versions compare it by key.
    expect(new Set(moved.map((b) => b.item_key)).size).toBe(moved.length);
    expect(moved.every((b) => /^[0-9a-f]{16}$/.test(b.item_key))).toBe(true);

    // The old columns stay until a later migration drops them; the rows are untouched.
    const kept = sqlite.prepare('SELECT id, barriers, strengths FROM participants ORDER BY id').all();
    expect(kept).toEqual(people);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});
