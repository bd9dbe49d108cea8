import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createDemoCentre } from '../../electron/services/demo/create-demo-centre';
import { tempDir } from '../fixtures/temp-dir';

const NOW = new Date('2026-05-10T07:30:00Z');
const TODAY = '2026-05-10';
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;

const all = <T>(s: Database.Database, sql: string, ...params: unknown[]) => s.prepare(sql).all(...params) as T[];
const one = (s: Database.Database, sql: string, ...params: unknown[]) =>
  s
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('demo centre: personal work plans', () => {
  it('gives every enrolled person a plan of 1–3 signed versions, some with a draft on top, across every state', async () => {
    const dir = path.join(tempDir('kesher-demo-plans-'), 'store');
    const { runtime } = await createDemoCentre({ dir, participants: 400, seed: 5, now: NOW, kdf: KDF });
    const s = runtime.sqlite();
    try {
      expect(
        one(
          s,
          `SELECT count(*) FROM participants p WHERE status IN ('active', 'exited')
             AND NOT EXISTS (SELECT 1 FROM plans WHERE participant_id = p.id AND status = 'signed')`,
        ),
      ).toBe(0);
      expect(
        one(
          s,
          "SELECT count(*) FROM plans p JOIN participants x ON x.id = p.participant_id WHERE x.status NOT IN ('active', 'exited')",
        ),
      ).toBe(0);

      const perPerson = all<{ signed: number; drafts: number; versions: string; exited: number }>(
        s,
        `SELECT sum(p.status = 'signed') AS signed, sum(p.status = 'draft') AS drafts,
                group_concat(p.version, ',') AS versions, x.status = 'exited' AS exited
         FROM plans p JOIN participants x ON x.id = p.participant_id GROUP BY p.participant_id`,
      );
      expect(new Set(perPerson.map((p) => p.signed))).toEqual(new Set([1, 2, 3]));
      expect(perPerson.some((p) => p.drafts === 1)).toBe(true);
      expect(perPerson.every((p) => p.drafts <= 1 && !(p.exited && p.drafts))).toBe(true);
      // Versions count 1, 2, … with no gap, the draft (if any) last.
      for (const p of perPerson) {
        const versions = p.versions
          .split(',')
          .map(Number)
          .sort((a, b) => a - b);
        expect(versions).toEqual(versions.map((_, i) => i + 1));
      }
      expect(
        one(
          s,
          `SELECT count(*) FROM plans WHERE status = 'draft' AND version <
             (SELECT max(version) FROM plans q WHERE q.participant_id = plans.participant_id)`,
        ),
      ).toBe(0);

      // Signed versions carry both dates, none after today nor after the person left.
      expect(
        one(
          s,
          `SELECT count(*) FROM plans p JOIN participants x ON x.id = p.participant_id WHERE p.status = 'signed'
             AND (participant_signed_date IS NULL OR coach_signed_date IS NULL OR coach_signed_date > ?
                  OR (x.exit_date IS NOT NULL AND coach_signed_date > x.exit_date))`,
          TODAY,
        ),
      ).toBe(0);
      expect(one(s, 'SELECT count(*) FROM plans WHERE updated_at > ?', NOW.toISOString())).toBe(0);

      const goalStates = all<{ status: string }>(s, 'SELECT DISTINCT status FROM plan_goals').map((g) => g.status);
      expect(new Set(goalStates)).toEqual(new Set(['open', 'achieved', 'dropped']));
      expect(one(s, 'SELECT count(*) FROM plan_tasks WHERE done_date IS NOT NULL')).toBeGreaterThan(0);
      expect(one(s, 'SELECT count(*) FROM plan_tasks WHERE done_date IS NULL')).toBeGreaterThan(0);
      expect(one(s, 'SELECT count(*) FROM plan_barriers WHERE addressed_by IS NOT NULL')).toBeGreaterThan(0);
      // Every goal is SMART, and a task serves a goal of its own version.
      expect(one(s, "SELECT count(*) FROM plan_goals WHERE measure_unit = '' OR due_date = ''")).toBe(0);
      expect(
        one(
          s,
          `SELECT count(*) FROM plan_tasks t WHERE goal_key IS NOT NULL AND NOT EXISTS
             (SELECT 1 FROM plan_goals g WHERE g.plan_id = t.plan_id AND g.item_key = t.goal_key)`,
        ),
      ).toBe(0);
      // Items keep their keys across versions, so versions compare item by item.
      expect(
        one(
          s,
          `SELECT count(*) FROM plan_goals a JOIN plans pa ON pa.id = a.plan_id
             JOIN plans pb ON pb.participant_id = pa.participant_id AND pb.version = pa.version + 1
             JOIN plan_goals b ON b.plan_id = pb.id AND b.item_key = a.item_key`,
        ),
      ).toBeGreaterThan(0);
    } finally {
      runtime.close();
    }
  });
});
