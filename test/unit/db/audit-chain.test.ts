import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { withAuditDevice } from '../../../db/audit-device';
import { openDatabase, type OpenedDb } from '../../../db/open';
import {
  AUDIT_GENESIS_HASH,
  AUDIT_HEAD_KEY,
  appendAudit,
  auditEntryHash,
  canonicalJson,
  listAudit,
  verifyAuditChain,
} from '../../../db/repositories/audit';
import { tempDir } from '../../fixtures/temp-dir';

/*
 * The parts of the audit chain a later version must keep exactly: how an entry is hashed (stores
 * written today must still verify), which office PC an entry names, and how each kind of
 * tampering is told apart. test/integration/audit.test.ts covers the chain on a seeded log.
 */

function openStore(): OpenedDb {
  const store = openDatabase(path.join(tempDir('kesher-audit-chain-'), 'kesher.db'), randomBytes(32), {
    create: true,
  });
  onTestFinished(() => store.close());
  return store;
}

const minute = (i: number) => new Date(Date.UTC(2026, 10, 30, 8, i));

function seeded(entries: number): OpenedDb {
  const store = openStore();
  for (let i = 0; i < entries; i += 1)
    appendAudit(store.db, { actorId: 1, action: 'record_viewed', entity: 'participant', entityId: i }, minute(i));
  return store;
}

const unguarded = (store: OpenedDb) =>
  store.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');

const rowOf = (store: OpenedDb, seq: number) =>
  store.sqlite.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as Record<string, string | number | null>;

/** The entry at `seq` given a new predecessor, its own hash recomputed so only the link is wrong. */
function relink(store: OpenedDb, seq: number, prevHash: string): void {
  const row = rowOf(store, seq);
  const hash = auditEntryHash(prevHash, {
    seq,
    at: String(row.at),
    actorId: row.actor_id as number | null,
    action: String(row.action),
    entity: row.entity as string | null,
    entityId: row.entity_id as string | null,
    fields: row.fields === null ? null : (JSON.parse(String(row.fields)) as string[]),
    outcome: row.outcome as string | null,
  });
  store.sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prevHash, hash, seq);
}

describe('canonical JSON (what an entry hash covers)', () => {
  it('sorts keys at every level, keeps array order and leaves out undefined values', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 'x', e: undefined }, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"f":"x"},1]},"b":1}',
    );
  });

  it('writes a missing value as null', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([undefined, 'ש'])).toBe('[null,"ש"]');
  });
});

describe('entry hash', () => {
  const entry = {
    seq: 3,
    at: '2026-11-30T08:00:00.000Z',
    actorId: 7,
    action: 'record_updated',
    entity: 'participant',
    entityId: '12',
    fields: ['phone', 'notes'],
    outcome: null,
  };

  // Computed outside the app (Python hashlib over the genesis hash, "\n" and the sorted JSON).
  it('stays the hash stores were written with (sha-256 over the link, a newline and the sorted entry)', () => {
    expect(auditEntryHash(AUDIT_GENESIS_HASH, entry)).toBe(
      'a5e4f1eed79bb8ba315ac2cff7b6a1b38c931339df0552cc3a5f134e3cd61105',
    );
  });

  it('covers the office PC only when there is one, so entries made on the host keep their hashes', () => {
    const plain = auditEntryHash(AUDIT_GENESIS_HASH, entry);
    expect(auditEntryHash(AUDIT_GENESIS_HASH, { ...entry, deviceId: null })).toBe(plain);
    expect(auditEntryHash(AUDIT_GENESIS_HASH, { ...entry, deviceId: 'pc-2' })).not.toBe(plain);
  });
});

describe('appendAudit', () => {
  it('names the office PC of the call it is made in, unless the entry names its own', () => {
    const store = openStore();
    const viaPc = withAuditDevice('pc-2', () => appendAudit(store.db, { actorId: 1, action: 'print' }, minute(0)));
    const given = withAuditDevice('pc-2', () =>
      appendAudit(store.db, { actorId: 1, action: 'export', deviceId: 'pc-9' }, minute(1)),
    );
    const onHost = appendAudit(store.db, { actorId: 1, action: 'sign_out' }, minute(2));
    expect([viaPc.deviceId, given.deviceId, onHost.deviceId]).toEqual(['pc-2', 'pc-9', null]);
    expect(listAudit(store.db, { limit: 10, offset: 0 }).rows.map((r) => r.deviceId)).toEqual([null, 'pc-9', 'pc-2']);
    // Entries naming a PC verify like any other.
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: true, count: 3, firstBadSeq: null, problem: null });
  });

  it('returns the entry as stored: numbered, timed, with field names copied and an empty list kept', () => {
    const store = seeded(1);
    const fields = ['phone'];
    const entry = appendAudit(store.db, { actorId: 2, action: 'record_updated', entityId: 40, fields }, minute(5));
    fields.push('notes');
    expect(entry).toMatchObject({
      seq: 2,
      at: '2026-11-30T08:05:00.000Z',
      entity: null,
      entityId: '40',
      fields: ['phone'],
      outcome: null,
      prevHash: rowOf(store, 1).hash,
    });
    expect(listAudit(store.db, { limit: 1, offset: 0 }).rows[0]).toEqual(entry);
    const empty = appendAudit(store.db, { actorId: 2, action: 'record_updated', fields: [] }, minute(6));
    // An entry about no particular record has no entity id (null, not the text "undefined").
    expect(listAudit(store.db, { limit: 1, offset: 0 }).rows[0]).toMatchObject({ entityId: null, fields: [] });
    const head = store.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(AUDIT_HEAD_KEY) as {
      value: string;
    };
    expect(JSON.parse(head.value)).toEqual({ seq: 3, hash: empty.hash });
  });
});

describe('appendAudit holds the store while it writes', () => {
  it('lets no other connection write between reading the head and moving the anchor', () => {
    const file = path.join(tempDir('kesher-audit-lock-'), 'kesher.db');
    const key = randomBytes(32);
    const store = openDatabase(file, key, { create: true });
    onTestFinished(() => store.close());
    const other = openDatabase(file, key);
    onTestFinished(() => other.close());
    other.sqlite.pragma('busy_timeout = 0');
    appendAudit(store.db, { actorId: 1, action: 'sign_in' }, minute(0));

    // The entry's time is read after the head: the other connection tries to write right then.
    let refused: unknown = null;
    const now = minute(1);
    now.toISOString = () => {
      try {
        other.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', 'y')").run();
      } catch (error) {
        refused = (error as { code?: string }).code;
      }
      return new Date(now.getTime()).toISOString();
    };
    expect(appendAudit(store.db, { actorId: 1, action: 'sign_out' }, now).seq).toBe(2);
    expect(refused).toBe('SQLITE_BUSY');
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: true, count: 2, firstBadSeq: null, problem: null });
  });
});

describe('verifyAuditChain tells the kinds of tampering apart', () => {
  it('a field list replaced by text that is not a list is an edit, even where the entry had none', () => {
    const store = seeded(3);
    unguarded(store);
    store.sqlite.prepare("UPDATE audit_log SET fields = 'phone' WHERE seq = 2").run();
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 3, firstBadSeq: 2, problem: 'edited' });
  });

  it('a link to a hash no entry of the log has is a deletion', () => {
    const store = seeded(4);
    unguarded(store);
    relink(store, 3, 'f'.repeat(64));
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 4, firstBadSeq: 3, problem: 'deleted' });
  });

  it('two neighbours swapped with the anchor removed as well are still a reordering', () => {
    const store = seeded(6);
    unguarded(store);
    const [first, second] = [rowOf(store, 3), rowOf(store, 4)];
    const columns = Object.keys(first).filter((c) => c !== 'seq');
    const update = store.sqlite.prepare(
      `UPDATE audit_log SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE seq = @seq`,
    );
    update.run({ ...second, seq: 3 });
    update.run({ ...first, seq: 4 });
    store.sqlite.prepare('DELETE FROM settings WHERE key = ?').run(AUDIT_HEAD_KEY);
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 6, firstBadSeq: 3, problem: 'reordered' });
  });

  it('a link moved back to an earlier entry is a deletion between them', () => {
    const store = seeded(6);
    unguarded(store);
    relink(store, 5, String(rowOf(store, 3).hash));
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 6, firstBadSeq: 5, problem: 'deleted' });
  });

  it('a link pointing forward to a later entry is a reordering', () => {
    const store = seeded(6);
    unguarded(store);
    relink(store, 2, String(rowOf(store, 4).hash));
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 6, firstBadSeq: 2, problem: 'reordered' });
  });

  it.each([
    [1, 2],
    [3, 4],
    [5, 6],
  ])('two neighbours swapped (%i and %i) are a reordering, not an edit', (a, b) => {
    const store = seeded(6);
    unguarded(store);
    const [first, second] = [rowOf(store, a), rowOf(store, b)];
    const columns = Object.keys(first).filter((c) => c !== 'seq');
    const update = store.sqlite.prepare(
      `UPDATE audit_log SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE seq = @seq`,
    );
    update.run({ ...second, seq: a });
    update.run({ ...first, seq: b });
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 6, firstBadSeq: a, problem: 'reordered' });
  });

  it('the last entry moved into a gap it leaves is a reordering', () => {
    const store = seeded(4);
    unguarded(store);
    const { seq: _last, ...moved } = rowOf(store, 4);
    store.sqlite.exec('DELETE FROM audit_log WHERE seq >= 3');
    store.sqlite
      .prepare(
        `INSERT INTO audit_log (seq, ${Object.keys(moved).join(', ')}) VALUES (3, ${Object.keys(moved)
          .map((c) => `@${c}`)
          .join(', ')})`,
      )
      .run(moved);
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 3, firstBadSeq: 3, problem: 'reordered' });
  });

  it('the first entry copied over a later one reads as that entry moved there', () => {
    const store = seeded(3);
    unguarded(store);
    const { seq: _first, ...copy } = rowOf(store, 1);
    const columns = Object.keys(copy);
    store.sqlite
      .prepare(`UPDATE audit_log SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE seq = 2`)
      .run(copy);
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 3, firstBadSeq: 2, problem: 'reordered' });
  });

  it('every entry gone while the anchor remains is a truncation from the first', () => {
    const store = seeded(3);
    unguarded(store);
    store.sqlite.exec('DELETE FROM audit_log');
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 0, firstBadSeq: 1, problem: 'truncated' });
  });

  it.each([
    ['not JSON', 'not json'],
    ['without a hash', JSON.stringify({ seq: 3 })],
    ['with a text seq', JSON.stringify({ seq: '3', hash: 'a'.repeat(64) })],
  ])('a damaged anchor (%s) vouches for nothing, like a missing one', (_what, value) => {
    const store = seeded(3);
    store.sqlite.prepare('UPDATE settings SET value = ? WHERE key = ?').run(value, AUDIT_HEAD_KEY);
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 3, firstBadSeq: null, problem: 'truncated' });
  });

  it('an anchor ahead of the log is a truncation even when the log itself links up', () => {
    const store = seeded(3);
    const head = { seq: 4, hash: rowOf(store, 3).hash };
    store.sqlite.prepare('UPDATE settings SET value = ? WHERE key = ?').run(JSON.stringify(head), AUDIT_HEAD_KEY);
    expect(verifyAuditChain(store.sqlite)).toEqual({ ok: false, count: 3, firstBadSeq: 4, problem: 'truncated' });
  });
});

describe('listAudit', () => {
  it('filters by entity alone, and by an entity id given as text or number alike', () => {
    const store = seeded(3);
    appendAudit(store.db, { actorId: 1, action: 'account_updated', entity: 'staff', entityId: 1 }, minute(9));
    const all = { limit: 10, offset: 0 };
    expect(listAudit(store.db, { ...all, entity: 'staff' }).rows.map((r) => r.seq)).toEqual([4]);
    expect(listAudit(store.db, { ...all, entityId: '1' }).rows.map((r) => r.seq)).toEqual([4, 2]);
    expect(listAudit(store.db, { ...all, entityId: 1 })).toMatchObject({ total: 2 });
  });
});
