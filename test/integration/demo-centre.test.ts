import { createHash } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { quickSearch } from '../../db/repositories/participant-search';
import { getSetting } from '../../db/repositories/settings';
import { listStaff } from '../../db/repositories/staff';
import { ageOn } from '../../electron/domain/dates';
import { isValidIsraeliId } from '../../electron/domain/israeli-id';
import { normalisePhone, phoneKind } from '../../electron/domain/phone';
import { checkPassword } from '../../electron/services/auth/password-policy';
import { createDemoCentre, fillDemoCentre } from '../../electron/services/demo/create-demo-centre';
import { DEMO_PASSWORD, DEMO_USERS } from '../../electron/services/demo/demo-data';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { tempDir } from '../fixtures/temp-dir';

const NOW = new Date('2026-05-10T07:30:00Z');
const TODAY = '2026-05-10';
/** The lowest Argon2id cost the keyring accepts: these tests check data, not key stretching. */
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
/** Random by design: the store id and the pseudonymisation key. */
const RANDOM_SETTINGS = new Set(['store.id', 'pseudonym.keyHex']);

async function demo(participants = 300, seed = 1) {
  const dir = path.join(tempDir('kesher-demo-'), 'store');
  const centre = await createDemoCentre({ dir, participants, seed, now: NOW, kdf: KDF });
  return { dir, ...centre };
}

/** SHA-256 over every table's rows (FTS shadow tables included), rows sorted, random settings left out. */
function dumpHash(sqlite: Database.Database): string {
  const tables = (
    sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const hash = createHash('sha256');
  for (const table of tables) {
    if (table === 'participant_search') continue; // the virtual table itself; its shadow tables are dumped
    const rows = (sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[])
      .filter((row) => !(table === 'settings' && RANDOM_SETTINGS.has(String(row.key))))
      .map((row) => JSON.stringify(row, (_, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)))
      .sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

const count = (sqlite: Database.Database, sql: string, ...params: unknown[]) =>
  (sqlite.prepare(sql).get(...params) as { n: number }).n;

describe('demo centre', () => {
  it('generates identical data from the same seed and different data from another', async () => {
    const a = await demo(200, 7);
    const b = await demo(200, 7);
    const c = await demo(200, 8);
    try {
      expect(dumpHash(a.runtime.sqlite())).toBe(dumpHash(b.runtime.sqlite()));
      expect(dumpHash(a.runtime.sqlite())).not.toBe(dumpHash(c.runtime.sqlite()));
    } finally {
      for (const d of [a, b, c]) d.runtime.close();
    }
  });

  it('is marked as a demo, and every role signs in with the documented password without a forced change', async () => {
    const { dir, runtime } = await demo(20);
    const db = runtime.db();
    expect(getSetting(db, 'store.demo')).toBe(true);
    expect(getSetting(db, 'centre.code')).toBe('DEMO');
    expect(checkPassword(DEMO_PASSWORD, { username: 'demo-coordinator' })).toBeNull();
    const staff = listStaff(db);
    expect(new Set(staff.map((s) => s.role))).toEqual(new Set(['coordinator', 'navigator', 'coach', 'facilitator']));
    expect(staff.filter((s) => s.role === 'coach')).toHaveLength(2);
    expect(staff.every((s) => !s.mustChangePassword)).toBe(true);
    runtime.close();
    const again = new StoreRuntime(dir, () => NOW);
    try {
      for (const user of DEMO_USERS) {
        const session = await again.signIn(user.username, DEMO_PASSWORD);
        expect(session).toMatchObject({ role: user.role, mustChangePassword: false });
        again.signOut();
      }
    } finally {
      again.close();
    }
  });

  it('holds plausible, valid and varied people', async () => {
    const { runtime } = await demo(600, 3);
    const s = runtime.sqlite();
    try {
      const people = s.prepare('SELECT * FROM participants').all() as Record<string, string | number | null>[];
      expect(people).toHaveLength(600);
      const ids = people.map((p) => p.national_id).filter((id): id is string => typeof id === 'string');
      expect(ids.every((id) => isValidIsraeliId(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      expect(people.every((p) => phoneKind(normalisePhone(String(p.phone)) ?? '') === 'mobile')).toBe(true);

      const ages = people.map((p) => (p.birth_date ? ageOn(String(p.birth_date), TODAY) : Number(p.age_at_inquiry)));
      expect(Math.min(...ages)).toBeGreaterThanOrEqual(40);
      expect(Math.max(...ages)).toBeLessThanOrEqual(80);
      expect(ages.filter((a) => a >= 45 && a <= 75).length / ages.length).toBeGreaterThan(0.9);

      const statuses = new Set(people.map((p) => p.status));
      expect(statuses).toEqual(new Set(['inquiry', 'screened', 'invited', 'intake', 'active', 'exited']));
      const tracks = new Set(people.map((p) => p.track).filter(Boolean));
      expect(tracks).toEqual(new Set(['SALARIED', 'SELF_EMPLOYED', 'VOCATIONAL_TRAINING', 'UNDECIDED']));
      expect(new Set(people.map((p) => p.recruitment_source)).size).toBeGreaterThanOrEqual(5);
      expect(people.some((p) => /[A-Za-z]/.test(String(p.first_name)))).toBe(true);
      expect(people.some((p) => String(p.population_tags).includes('IMMIGRANT'))).toBe(true);
    } finally {
      runtime.close();
    }
  });

  it('covers every screening outcome, with referrals for those not taken in', async () => {
    const { runtime } = await demo(600, 3);
    const s = runtime.sqlite();
    try {
      const screened = "status = 'screened' AND screening_outcome";
      expect(count(s, `SELECT count(*) AS n FROM participants WHERE ${screened} = 'eligible'`)).toBeGreaterThan(0);
      expect(
        count(
          s,
          `SELECT count(*) AS n FROM participants WHERE ${screened} = 'not_eligible' AND referral_service_id IS NOT NULL`,
        ),
      ).toBeGreaterThan(0);
      expect(
        count(
          s,
          `SELECT count(*) AS n FROM participants WHERE ${screened} = 'not_eligible' AND referral_service_id IS NULL`,
        ),
      ).toBe(0);
      expect(
        count(s, `SELECT count(*) AS n FROM participants WHERE ${screened} = 'borderline' AND decision IS NULL`),
      ).toBeGreaterThan(0);
      expect(
        count(
          s,
          `SELECT count(*) AS n FROM participants WHERE screening_outcome = 'borderline' AND decision = 'approved'`,
        ),
      ).toBeGreaterThan(0);
      expect(
        count(
          s,
          `SELECT count(*) AS n FROM participants WHERE decision = 'rejected' AND referral_service_id IS NOT NULL AND decision_reason IS NOT NULL`,
        ),
      ).toBeGreaterThan(0);
      expect(count(s, 'SELECT count(*) AS n FROM services')).toBeGreaterThanOrEqual(8);
    } finally {
      runtime.close();
    }
  });

  it('records consents, conferences with invites, contact gaps and a timeline that ends in the current status', async () => {
    const { runtime } = await demo(600, 3);
    const s = runtime.sqlite();
    try {
      const enrolledWithoutConsent = count(
        s,
        `SELECT count(*) AS n FROM participants p WHERE status IN ('active', 'exited') AND NOT EXISTS
           (SELECT 1 FROM consents c WHERE c.participant_id = p.id AND c.kind = 'data_processing')`,
      );
      expect(enrolledWithoutConsent).toBe(0);
      expect(count(s, "SELECT count(*) AS n FROM consents WHERE kind = 'disclosure' AND method = 'verbal'")).toBe(0);
      expect(
        count(s, "SELECT count(*) AS n FROM consents WHERE kind = 'disclosure' AND withdrawn_date IS NOT NULL"),
      ).toBeGreaterThan(0);
      expect(count(s, 'SELECT count(*) AS n FROM conferences WHERE date > ?', TODAY)).toBeGreaterThan(0);
      expect(count(s, "SELECT count(*) AS n FROM conference_invites WHERE status = 'attended'")).toBeGreaterThan(0);
      expect(
        count(
          s,
          'SELECT count(*) AS n FROM conference_invites i JOIN conferences c ON c.id = i.conference_id WHERE c.date > ?',
          TODAY,
        ),
      ).toBeGreaterThan(0);
      expect(
        count(
          s,
          "SELECT count(*) AS n FROM participants WHERE status = 'exited' AND (exit_date IS NULL OR exit_reason IS NULL)",
        ),
      ).toBe(0);
      const stale = count(
        s,
        "SELECT count(*) AS n FROM participants WHERE status = 'active' AND last_contact_date < date(?, '-90 days')",
        TODAY,
      );
      const active = count(s, "SELECT count(*) AS n FROM participants WHERE status = 'active'");
      expect(stale / active).toBeGreaterThan(0.05);
      expect(stale / active).toBeLessThan(0.5);
      const lastStatusMismatch = count(
        s,
        `SELECT count(*) AS n FROM participants p WHERE p.status <> (SELECT e.to_status FROM participant_events e
           WHERE e.participant_id = p.id AND e.to_status IS NOT NULL ORDER BY e.at DESC, e.id DESC LIMIT 1)`,
      );
      expect(lastStatusMismatch).toBe(0);
      expect(count(s, 'SELECT count(*) AS n FROM participant_events WHERE at > ?', NOW.toISOString())).toBe(0);
    } finally {
      runtime.close();
    }
  });

  it('indexes every participant for quick search', async () => {
    const { runtime } = await demo(100, 5);
    try {
      const db = runtime.db();
      const s = runtime.sqlite();
      expect(count(s, "SELECT count(*) AS n FROM participants WHERE search_name = ''")).toBe(0);
      const person = s
        .prepare(
          'SELECT id, first_name, last_name, national_id FROM participants WHERE national_id IS NOT NULL LIMIT 1',
        )
        .get() as {
        id: number;
        first_name: string;
        last_name: string;
        national_id: string;
      };
      expect(quickSearch(db, `${person.first_name} ${person.last_name}`, { limit: 100 }).map((h) => h.id)).toContain(
        person.id,
      );
      expect(quickSearch(db, person.national_id)).toEqual([{ id: person.id, matchedOn: 'national_id' }]);
    } finally {
      runtime.close();
    }
  });

  it('adds more people to an existing demo store without reusing an id', async () => {
    const { runtime } = await demo(150, 2);
    try {
      await runtime.signIn('demo-coordinator', DEMO_PASSWORD);
      expect(fillDemoCentre(runtime, { participants: 150, seed: 2 })).toBe(300);
      const s = runtime.sqlite();
      expect(count(s, 'SELECT count(*) AS n FROM participants')).toBe(300);
      expect(count(s, 'SELECT count(DISTINCT national_id) AS n FROM participants')).toBe(
        count(s, 'SELECT count(national_id) AS n FROM participants'),
      );
      expect(count(s, 'SELECT count(*) AS n FROM participant_search')).toBe(300);
    } finally {
      runtime.close();
    }
  });

  it('refuses a folder that already holds a store', async () => {
    const { dir, runtime } = await demo(5);
    runtime.close();
    await expect(createDemoCentre({ dir, participants: 5, now: NOW, kdf: KDF })).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
