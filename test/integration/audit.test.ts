import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDb } from '../../db/open';
import {
  AUDIT_GENESIS_HASH,
  AUDIT_HEAD_KEY,
  appendAudit,
  auditEntryHash,
  listAudit,
  verifyAuditChain,
  type AuditAction,
} from '../../db/repositories/audit';

const opened: { store: OpenedDb; dir: string }[] = [];

afterEach(() => {
  for (const { store, dir } of opened.splice(0)) {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function openStore(): OpenedDb {
  const dir = mkdtempSync(path.join(tmpdir(), 'kesher-audit-'));
  const store = openDatabase(path.join(dir, 'kesher.db'), randomBytes(32), { create: true });
  opened.push({ store, dir });
  return store;
}

const actions: AuditAction[] = ['sign_in', 'record_viewed', 'record_updated', 'export', 'sign_out'];

/** Ten entries, one a minute from 2025-03-01T08:00Z, by actors 1 and 2 in turn. */
function seeded(entries = 10): OpenedDb {
  const store = openStore();
  for (let i = 0; i < entries; i += 1) {
    appendAudit(
      store.db,
      {
        actorId: (i % 2) + 1,
        action: actions[i % actions.length]!,
        entity: 'participant',
        entityId: 100 + (i % 3),
        fields: i % 2 === 0 ? ['phone', 'notes'] : undefined,
        outcome: i === 0 ? 'success' : undefined,
      },
      new Date(Date.UTC(2025, 2, 1, 8, i)),
    );
  }
  return store;
}

function dropTriggers(store: OpenedDb): void {
  store.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
}

type Row = Record<string, string | number | null>;
const row = (store: OpenedDb, seq: number) =>
  store.sqlite.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as Row;

describe('audit chain', () => {
  it('links every entry to its predecessor, starting from the all-zero genesis hash', () => {
    const store = seeded(3);
    const rows = listAudit(store.db, { limit: 10, offset: 0 }).rows.reverse();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]!.prevHash).toBe(AUDIT_GENESIS_HASH);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    const head = store.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(AUDIT_HEAD_KEY) as {
      value: string;
    };
    expect(JSON.parse(head.value)).toEqual({ seq: 3, hash: rows[2]!.hash });
  });

  it('links a second chain the same way: each hash covers its predecessor, recomputable from the row', () => {
    const store = openStore();
    const written = (['store_created', 'sign_in', 'backup_created', 'sign_out'] as const).map((action, i) =>
      appendAudit(
        store.db,
        { actorId: i === 0 ? null : 3, action, outcome: i === 2 ? 'ok' : undefined },
        new Date(Date.UTC(2026, 10, i + 1)),
      ),
    );
    let previous = AUDIT_GENESIS_HASH;
    for (const entry of written) {
      expect(entry.prevHash).toBe(previous);
      const { prevHash, hash, ...part } = entry;
      expect(hash).toBe(auditEntryHash(prevHash, part));
      // The link is inside the hash: the same entry after another predecessor hashes differently.
      expect(auditEntryHash('0'.repeat(63) + '1', part)).not.toBe(hash);
      previous = hash;
    }
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: true, count: 4, firstBadSeq: null, problem: null });
  });

  it('detects a relinked entry whose own hash was recomputed, so only the link is wrong', () => {
    const store = seeded();
    dropTriggers(store);
    const fifth = row(store, 5);
    const third = row(store, 3);
    const relinkedHash = auditEntryHash(String(third.hash), {
      seq: 5,
      at: String(fifth.at),
      actorId: fifth.actor_id as number,
      action: fifth.action as AuditAction,
      entity: fifth.entity as string,
      entityId: fifth.entity_id as string,
      fields: fifth.fields === null ? null : (JSON.parse(String(fifth.fields)) as string[]),
      outcome: fifth.outcome as string | null,
    });
    store.sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = 5').run(third.hash, relinkedHash);
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, firstBadSeq: 5 });
  });

  it('verifies a clean chain and an empty log', () => {
    expect(verifyAuditChain(seeded().sqlite)).toEqual({ ok: true, count: 10, firstBadSeq: null, problem: null });
    expect(verifyAuditChain(openStore().sqlite)).toEqual({ ok: true, count: 0, firstBadSeq: null, problem: null });
  });

  it('refuses UPDATE and DELETE through SQL while the triggers are in place', () => {
    const store = seeded(3);
    expect(() => store.sqlite.prepare("UPDATE audit_log SET action = 'print' WHERE seq = 2").run()).toThrow(
      /append-only/,
    );
    expect(() => store.sqlite.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/);
    expect(verifyAuditChain(store.sqlite).ok).toBe(true);
  });

  const edits: [column: string, value: string | number | null][] = [
    ['at', '2025-03-01T09:00:00.000Z'],
    ['actor_id', 7],
    ['actor_id', null],
    ['action', 'print'],
    ['entity', 'staff'],
    ['entity_id', '999'],
    ['fields', '["phone"]'],
    ['fields', 'not json'],
    ['outcome', 'failure'],
    ['prev_hash', 'f'.repeat(64)],
    ['hash', 'e'.repeat(64)],
  ];
  it.each(edits)('detects an edit of %s in the middle of the log as "edited"', (column, value) => {
    const store = seeded();
    dropTriggers(store);
    store.sqlite.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = 5`).run(value);
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 10, firstBadSeq: 5, problem: 'edited' });
  });

  it('detects a rewrite of the last entry with a recomputed hash through the anchor', () => {
    const store = seeded();
    dropTriggers(store);
    const last = row(store, 10);
    const forgedHash = auditEntryHash(String(last.prev_hash), {
      seq: 10,
      at: String(last.at),
      actorId: 2,
      action: 'record_deleted',
      entity: last.entity as string,
      entityId: last.entity_id as string,
      fields: null,
      outcome: null,
    });
    store.sqlite
      .prepare("UPDATE audit_log SET action = 'record_deleted', fields = NULL, hash = ? WHERE seq = 10")
      .run(forgedHash);
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, firstBadSeq: 10, problem: 'edited' });
  });

  it.each([1, 5])('detects deletion of entry %i as "deleted"', (seq) => {
    const store = seeded();
    dropTriggers(store);
    store.sqlite.prepare('DELETE FROM audit_log WHERE seq = ?').run(seq);
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 9, firstBadSeq: seq, problem: 'deleted' });
  });

  it('detects deletion of the last entries as "truncated"', () => {
    const store = seeded();
    dropTriggers(store);
    store.sqlite.prepare('DELETE FROM audit_log WHERE seq = 10').run();
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 9, firstBadSeq: 10, problem: 'truncated' });
    store.sqlite.prepare('DELETE FROM audit_log WHERE seq >= 7').run();
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ firstBadSeq: 7, problem: 'truncated' });
  });

  it('detects removal of the head anchor as "truncated"', () => {
    const store = seeded();
    store.sqlite.prepare('DELETE FROM settings WHERE key = ?').run(AUDIT_HEAD_KEY);
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it('detects two entries whose contents were swapped as "reordered"', () => {
    const store = seeded();
    dropTriggers(store);
    const third = row(store, 3);
    const seventh = row(store, 7);
    const columns = Object.keys(third).filter((c) => c !== 'seq');
    const update = store.sqlite.prepare(
      `UPDATE audit_log SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE seq = @seq`,
    );
    store.sqlite.transaction(() => {
      update.run({ ...seventh, seq: 3 });
      update.run({ ...third, seq: 7 });
    })();
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 10, firstBadSeq: 3, problem: 'reordered' });
  });

  it('detects swapped entries whose own hashes were recomputed as "reordered"', () => {
    const store = seeded();
    dropTriggers(store);
    const third = row(store, 3);
    const seventh = row(store, 7);
    // Each moved entry gets a hash that is valid at its new seq, but still names its old predecessor.
    const rehash = (source: Row, seq: number) =>
      auditEntryHash(String(source.prev_hash), {
        seq,
        at: String(source.at),
        actorId: source.actor_id as number | null,
        action: String(source.action),
        entity: source.entity as string | null,
        entityId: source.entity_id as string | null,
        fields: source.fields === null ? null : (JSON.parse(String(source.fields)) as string[]),
        outcome: source.outcome as string | null,
      });
    const columns = Object.keys(third).filter((c) => c !== 'seq');
    const update = store.sqlite.prepare(
      `UPDATE audit_log SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE seq = @seq`,
    );
    update.run({ ...seventh, seq: 3, hash: rehash(seventh, 3) });
    update.run({ ...third, seq: 7, hash: rehash(third, 7) });
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 10, firstBadSeq: 3, problem: 'reordered' });
  });

  it('detects an entry inserted past the anchor, even with a correctly computed hash, as "forged"', () => {
    const store = seeded();
    const last = row(store, 10);
    const part = {
      seq: 11,
      at: '2025-03-01T08:30:00.000Z',
      actorId: 1,
      action: 'record_viewed',
      entity: 'participant',
      entityId: '101',
      fields: null,
      outcome: null,
    };
    store.sqlite
      .prepare(
        'INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(11, part.at, 1, part.action, part.entity, part.entityId, last.hash, auditEntryHash(String(last.hash), part));
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 11, firstBadSeq: 11, problem: 'forged' });
  });

  it('detects an entry inserted before the first one as "forged"', () => {
    const store = seeded(3);
    store.sqlite
      .prepare(
        "INSERT INTO audit_log (seq, at, action, prev_hash, hash) VALUES (0, '2025-01-01T00:00:00.000Z', 'sign_in', ?, ?)",
      )
      .run(AUDIT_GENESIS_HASH, 'a'.repeat(64));
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, firstBadSeq: 0, problem: 'forged' });
  });

  it('keeps verifying after further appends', () => {
    const store = seeded();
    appendAudit(store.db, { actorId: null, action: 'backup_created' }, new Date(Date.UTC(2025, 2, 2)));
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: true, count: 11 });
  });
});

describe('listAudit', () => {
  it('returns newest first with the total before paging', () => {
    const page = listAudit(seeded().db, { limit: 3, offset: 2 });
    expect(page.total).toBe(10);
    expect(page.rows.map((r) => r.seq)).toEqual([8, 7, 6]);
  });

  it('filters by actor, action, entity id and time window', () => {
    const { db } = seeded();
    const all = { limit: 100, offset: 0 };
    expect(listAudit(db, { ...all, actorId: 2 }).rows.map((r) => r.seq)).toEqual([10, 8, 6, 4, 2]);
    expect(listAudit(db, { ...all, action: 'export' }).rows.map((r) => r.seq)).toEqual([9, 4]);
    expect(listAudit(db, { ...all, entity: 'participant', entityId: 101 }).rows.map((r) => r.seq)).toEqual([8, 5, 2]);
    expect(listAudit(db, { ...all, entity: 'staff' }).total).toBe(0);
    const window = { from: '2025-03-01T08:03:00.000Z', to: '2025-03-01T08:06:00.000Z' };
    expect(listAudit(db, { ...all, ...window }).rows.map((r) => r.seq)).toEqual([6, 5, 4]);
    expect(listAudit(db, { ...all, ...window, actorId: 1 })).toMatchObject({ total: 1 });
  });

  it('returns field names as an array and absent parts as null', () => {
    const rows = listAudit(seeded(2).db, { limit: 10, offset: 0 }).rows;
    expect(rows[1]).toMatchObject({ fields: ['phone', 'notes'], outcome: 'success', entityId: '100', actorId: 1 });
    expect(rows[0]).toMatchObject({ fields: null, outcome: null, entityId: '101', actorId: 2 });
  });
});

describe('appendAudit inside a caller transaction', () => {
  it('commits with the caller and rolls back with it', () => {
    const store = seeded(2);
    store.db.transaction((tx) => {
      appendAudit(tx, { actorId: 1, action: 'record_updated', entity: 'participant', entityId: 5 }, new Date());
    });
    expect(() =>
      store.db.transaction((tx) => {
        appendAudit(tx, { actorId: 1, action: 'record_deleted', entity: 'participant', entityId: 5 }, new Date());
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    expect(listAudit(store.db, { limit: 10, offset: 0 }).rows.map((r) => r.action)).toEqual([
      'record_updated',
      'record_viewed',
      'sign_in',
    ]);
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: true, count: 3 });
  });
});
