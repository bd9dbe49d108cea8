import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, schemaVersion } from '../../db/migrate';
import { createEncryptedStore, reopenStore } from '../fixtures/store';

/*
 * Migration 0010 adds plan_tasks.day_due_date, the due date of a task while it is on its
 * coach's day (open, in the current = highest version of an active participant's plan), kept
 * by triggers; and drops plans_status. These tests compare the stored column with that
 * definition, written here independently, after the back-fill and after every kind of write.
 */
const version = loadMigrations().find((m) => m.tag.startsWith('0010_'))?.version ?? Number.NaN;
const AT = '2026-11-01T08:00:00.000Z';

/** The definition, per task: what day_due_date must hold. */
const EXPECTED = `SELECT t.id, CASE WHEN t.done_date IS NULL AND t.due_date IS NOT NULL AND p.status = 'active'
      AND pl.version = (SELECT max(version) FROM plans WHERE participant_id = pl.participant_id)
    THEN t.due_date END AS expected, t.day_due_date AS stored
  FROM plan_tasks t JOIN plans pl ON pl.id = t.plan_id JOIN participants p ON p.id = pl.participant_id`;

function mismatches(sqlite: Database.Database) {
  return sqlite.prepare(`SELECT * FROM (${EXPECTED}) WHERE expected IS NOT stored`).all();
}

function onDay(sqlite: Database.Database): number[] {
  return (
    sqlite.prepare('SELECT id FROM plan_tasks WHERE day_due_date IS NOT NULL ORDER BY id').all() as { id: number }[]
  ).map((r) => r.id);
}

function seed(sqlite: Database.Database) {
  const person = sqlite.prepare(
    `INSERT INTO participants (id, first_name, last_name, search_name, status, created_at, updated_at)
     VALUES (?, 'שם', 'משפחה', 'שם משפחה', ?, ?, ?)`,
  );
  const plan = sqlite.prepare(
    `INSERT INTO plans (id, participant_id, version, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const task = sqlite.prepare(
    `INSERT INTO plan_tasks (id, plan_id, item_key, position, text, owner, due_date, done_date)
     VALUES (?, ?, ?, 0, 'משימה', 'participant', ?, ?)`,
  );
  person.run(1, 'active', AT, AT);
  person.run(2, 'exited', AT, AT);
  person.run(3, 'intake', AT, AT);
  // Person 1: signed version 1 and a draft version 2; person 2 and 3: one version each.
  plan.run(10, 1, 1, 'signed', AT, AT);
  plan.run(11, 1, 2, 'draft', AT, AT);
  plan.run(20, 2, 1, 'signed', AT, AT);
  plan.run(30, 3, 1, 'draft', AT, AT);
  task.run(100, 10, 'a', '2026-10-01', null); // superseded version
  task.run(110, 11, 'a', '2026-10-01', null); // on the day
  task.run(111, 11, 'b', '2026-10-02', '2026-10-02'); // done
  task.run(112, 11, 'c', null, null); // no due date
  task.run(200, 20, 'a', '2026-10-01', null); // exited participant
  task.run(300, 30, 'a', '2026-10-01', null); // not active yet
}

function migratedStore() {
  const created = createEncryptedStore({ targetVersion: version - 1 });
  seed(created.store.sqlite);
  created.store.close();
  return reopenStore(created.file, created.key, { targetVersion: version }).sqlite;
}

describe('0010: the coach-day marker on plan tasks', () => {
  it('back-fills every existing task by the definition and drops plans_status', () => {
    const sqlite = migratedStore();
    expect(schemaVersion(sqlite)).toBe(version);
    expect(onDay(sqlite)).toEqual([110]);
    expect(mismatches(sqlite)).toEqual([]);
    const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'plans'").all();
    expect(indexes).not.toContainEqual({ name: 'plans_status' });
  });

  it('stays true through every kind of write to tasks, plans and participants', () => {
    const sqlite = migratedStore();
    const write = (statement: string, ...args: unknown[]) => {
      sqlite.prepare(statement).run(...args);
      expect(mismatches(sqlite)).toEqual([]);
    };
    // Tasks: a new one, ticked done, undone, its due date moved or cleared, a stray direct write.
    write(
      `INSERT INTO plan_tasks (id, plan_id, item_key, text, owner, due_date) VALUES (113, 11, 'd', 'x', 'coach', '2026-09-01')`,
    );
    expect(onDay(sqlite)).toEqual([110, 113]);
    write(`UPDATE plan_tasks SET done_date = '2026-11-01' WHERE id = 110`);
    write(`UPDATE plan_tasks SET done_date = NULL WHERE id = 110`);
    write(`UPDATE plan_tasks SET due_date = NULL WHERE id = 113`);
    write(`UPDATE plan_tasks SET due_date = '2026-12-01' WHERE id = 112`);
    write(`UPDATE plan_tasks SET day_due_date = '1999-01-01' WHERE id = 100`);
    expect(onDay(sqlite)).toEqual([110, 112]);
    // Plans: a new version supersedes the draft's tasks until its own are copied in.
    write(
      `INSERT INTO plans (id, participant_id, version, status, created_at, updated_at) VALUES (12, 1, 3, 'draft', ?, ?)`,
      AT,
      AT,
    );
    expect(onDay(sqlite)).toEqual([]);
    write(
      `INSERT INTO plan_tasks (id, plan_id, item_key, text, owner, due_date) VALUES (120, 12, 'a', 'x', 'coach', '2026-10-01')`,
    );
    expect(onDay(sqlite)).toEqual([120]);
    // Deleting the newest version makes the one before current again.
    write('DELETE FROM plan_tasks WHERE plan_id = 12');
    write('DELETE FROM plans WHERE id = 12');
    expect(onDay(sqlite)).toEqual([110, 112]);
    write('UPDATE plans SET version = 5 WHERE id = 10');
    expect(onDay(sqlite)).toEqual([100]);
    write('UPDATE plans SET version = 1 WHERE id = 10');
    // Participants: leaving and coming back, a new participant becoming active.
    write(`UPDATE participants SET status = 'exited' WHERE id = 1`);
    expect(onDay(sqlite)).toEqual([]);
    write(`UPDATE participants SET status = 'active' WHERE id = 1`);
    write(`UPDATE participants SET status = 'active' WHERE id = 3`);
    expect(onDay(sqlite)).toEqual([110, 112, 300]);
    // A change of other columns leaves it alone (and is not slowed by recomputing).
    write(`UPDATE participants SET first_name = 'אחר' WHERE id = 3`);
    expect(onDay(sqlite)).toEqual([110, 112, 300]);
  });
});
