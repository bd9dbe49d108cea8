import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { AGE_ORDER_KEY } from '../../db/schema/participants';
import { tolerantKey } from '../../electron/domain/name-keys';
import { appendAudit, auditEntryHash, verifyAuditChain } from '../../db/repositories/audit';
import { withAuditDevice } from '../../db/audit-device';
import { createEncryptedStore, reopenStore } from '../fixtures/store';
import {
  LATEST,
  MIGRATIONS,
  columnsOf,
  rowsOf,
  storeAtVersion,
  tableNames,
  tablesCreatedBy,
  tablesDroppedBy,
} from '../fixtures/migration-helpers';

describe('every migration, applied to a store at the previous version', () => {
  it.each(MIGRATIONS.map((m) => [m.tag, m] as const))(
    '%s keeps existing rows and adds its tables',
    (_tag, migration) => {
      const { file, key, store } = storeAtVersion(migration.version - 1);
      expect(schemaVersion(store.sqlite)).toBe(migration.version - 1);
      const before = new Map(tableNames(store.sqlite).map((t) => [t, { columns: columnsOf(store.sqlite, t) }]));
      const beforeRows = new Map([...before].map(([t, { columns }]) => [t, rowsOf(store.sqlite, t, columns)]));
      store.close();

      const after = reopenStore(file, key, { targetVersion: migration.version });

      expect(schemaVersion(after.sqlite)).toBe(migration.version);
      const tablesAfter = tableNames(after.sqlite);
      expect(tablesAfter).toEqual(expect.arrayContaining(tablesCreatedBy(migration)));
      const dropped = new Set(tablesDroppedBy(migration));
      for (const [table, { columns }] of before) {
        if (dropped.has(table) && !tablesAfter.includes(table)) continue;
        expect(tablesAfter, `table ${table} kept`).toContain(table);
        const kept = columnsOf(after.sqlite, table).filter((c) => columns.includes(c));
        const projected = (beforeRows.get(table) ?? []).map((line) => {
          const values = JSON.parse(line) as unknown[];
          return JSON.stringify(kept.map((c) => values[columns.indexOf(c)]));
        });
        expect(rowsOf(after.sqlite, table, kept), `rows of ${table}`).toEqual(projected.sort());
      }
      expect(after.sqlite.pragma('foreign_key_check')).toEqual([]);
    },
  );

  it('has fixture rows for every table of the latest schema, so each migration is tried on data', () => {
    const { store } = storeAtVersion(LATEST);
    const empty = tableNames(store.sqlite).filter(
      (t) => store.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() === 0,
    );
    expect(empty, 'add rows for these tables to test/fixtures/migration-fixtures.ts').toEqual([]);
  });
});

describe('0005: caseload orders and the words of names', () => {
  const version = MIGRATIONS.find((m) => m.tag.startsWith('0005_'))?.version ?? Number.NaN;

  it('fills the words of every name already indexed, each word once per participant', () => {
    const { file, key, store } = storeAtVersion(version - 1);
    store.sqlite
      .prepare(
        `INSERT INTO participants (id, first_name, last_name, search_name, created_at, updated_at)
         VALUES (900, 'דוד', 'כהן כהן', 'כהן כהן דוד', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      )
      .run();
    store.close();
    const after = reopenStore(file, key, { targetVersion: version });
    const words = after.sqlite
      .prepare('SELECT participant_id, word, search_name FROM participant_name_words ORDER BY participant_id, word')
      .raw()
      .all();
    expect(words).toContainEqual([900, 'דוד', 'כהן כהן דוד']);
    expect(words.filter((w) => (w as unknown[])[0] === 900)).toEqual([
      [900, 'דוד', 'כהן כהן דוד'],
      [900, 'כהן', 'כהן כהן דוד'],
    ]);
    expect(words).toContainEqual([1, 'אזולאי', 'מרים אזולאי']);
    expect(words).toContainEqual([1, 'מרים', 'מרים אזולאי']);
  });

  it('indexes the age order with the same expression the caseload sorts by', () => {
    const { store } = storeAtVersion(version);
    const sql = store.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'participants_age'").pluck().get();
    expect(sql).toContain(`(${AGE_ORDER_KEY})`);
  });
});

describe('0006: spelling-tolerant keys of name words', () => {
  const version = MIGRATIONS.find((m) => m.tag.startsWith('0006_'))?.version ?? Number.NaN;
  // Folded words as search_name holds them: Hebrew full and defective spellings, Latin names
  // with every digraph and doubled letter the skeleton folds, and words of neither script.
  const WORDS = [
    'זילברשטיינ',
    'זילברשטינ',
    'שמואל',
    'שמאל',
    'וולכ',
    'לוי',
    'לייבוביצ',
    'יוספ',
    'חי',
    'או',
    'haddad',
    'schwartz',
    'shapiro',
    'cohen',
    'muller',
    'mueller',
    'yosef',
    'michael',
    'katz',
    'buckley',
    'phillips',
    'thomas',
    'xavier',
    'quinn',
    'walker',
    'ivy',
    'y',
    'ab',
    'a1',
    '007',
  ];

  it('fills the key of every word already indexed exactly as indexing does now', () => {
    const { file, key, store } = storeAtVersion(version - 1);
    const insertPerson = store.sqlite.prepare(
      `INSERT INTO participants (id, first_name, last_name, search_name, created_at, updated_at)
       VALUES (?, 'x', 'x', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    );
    const insertWord = store.sqlite.prepare(
      'INSERT INTO participant_name_words (word, search_name, participant_id) VALUES (?, ?, ?)',
    );
    WORDS.forEach((word, i) => {
      insertPerson.run(1000 + i, word);
      insertWord.run(word, word, 1000 + i);
    });
    store.close();

    const after = reopenStore(file, key, { targetVersion: version });
    const keys = after.sqlite
      .prepare('SELECT word, word_key FROM participant_name_words WHERE participant_id >= 1000 ORDER BY participant_id')
      .raw()
      .all();
    expect(keys).toEqual(WORDS.map((word) => [word, tolerantKey(word)]));
    expect(keys).toContainEqual(['זילברשטיינ', 'זלברשטנ']);
    expect(keys).toContainEqual(['haddad', 'hd']);
    // The fixture people of earlier versions got theirs too.
    const miriam = after.sqlite
      .prepare('SELECT word, word_key FROM participant_name_words WHERE participant_id = 1 ORDER BY word')
      .raw()
      .all();
    expect(miriam).toEqual([
      ['אזולאי', 'אזלאי'],
      ['מרים', 'מרם'],
    ]);
  });
});

describe('0011: the office PC of an audit entry', () => {
  const version = MIGRATIONS.find((m) => m.tag.startsWith('0011_'))?.version ?? Number.NaN;

  it('keeps the chain of entries written before it whole, and chains entries that name a device', () => {
    // A real chain written at the previous version (the fixture rows are rows, not a chain).
    const fresh = createEncryptedStore({ targetVersion: version - 1 });
    // Rows as the previous version's appendAudit wrote them (today's writes the new column).
    let prevHash = '0'.repeat(64);
    const insert = fresh.store.sqlite.prepare(
      'INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, fields, outcome, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)',
    );
    for (const [seq, action, entity, entityId] of [
      [1, 'sign_in', null, null],
      [2, 'record_viewed', 'participant', '7'],
    ] as const) {
      const at = '2026-11-20T08:00:00.000Z';
      const part = { seq, at, actorId: 1, action, entity, entityId, fields: null, outcome: null };
      const hash = auditEntryHash(prevHash, part);
      insert.run(seq, at, 1, action, entity, entityId, prevHash, hash);
      prevHash = hash;
    }
    fresh.store.sqlite
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('audit.head', ?, '2026-11-20T08:00:00.000Z')")
      .run(JSON.stringify({ seq: 2, hash: prevHash }));
    const now = new Date('2026-11-20T09:00:00Z');
    fresh.store.close();

    const after = reopenStore(fresh.file, fresh.key, { targetVersion: version });
    expect(verifyAuditChain(after.sqlite)).toMatchObject({ ok: true, count: 2 });
    const device = '5b0e6f0a-6c1e-4d55-9b8e-2f7b3c1d9a10';
    withAuditDevice(device, () =>
      appendAudit(after.db, { actorId: 2, action: 'record_updated', entity: 'participant', entityId: 7 }, now),
    );
    appendAudit(after.db, { actorId: 1, action: 'sign_out' }, now);
    expect(verifyAuditChain(after.sqlite)).toMatchObject({ ok: true, count: 4 });
    expect(after.sqlite.prepare('SELECT device_id FROM audit_log ORDER BY seq').pluck().all()).toEqual([
      null,
      null,
      device,
      null,
    ]);
    // The device is part of the hash: naming another PC afterwards breaks the chain.
    after.sqlite.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    after.sqlite
      .prepare('UPDATE audit_log SET device_id = ? WHERE seq = 3')
      .run('00000000-0000-4000-8000-000000000000');
    expect(verifyAuditChain(after.sqlite)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });
});

describe('0009: the occupation code CRF-1 exports', () => {
  const version = MIGRATIONS.find((m) => m.tag.startsWith('0009_'))?.version ?? Number.NaN;

  it('keeps a four-digit ISCO-08 code written as occupation text as the code, and leaves words alone', () => {
    const { file, key, store } = storeAtVersion(version - 1);
    const insert = store.sqlite.prepare(
      `INSERT INTO participants (id, first_name, last_name, previous_occupation, created_at, updated_at)
       VALUES (?, 'x', 'x', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    );
    const told: [number, string | null][] = [
      [2001, '2411'],
      [2002, ' 5223 '],
      [2003, 'מורה'],
      [2004, '241'],
      [2005, '24111'],
      [2006, null],
    ];
    for (const [id, text] of told) insert.run(id, text);
    store.close();

    const after = reopenStore(file, key, { targetVersion: version });
    const rows = after.sqlite
      .prepare(
        'SELECT id, previous_occupation, previous_occupation_code FROM participants WHERE id >= 2001 ORDER BY id',
      )
      .raw()
      .all();
    expect(rows).toEqual([
      [2001, '2411', '2411'],
      [2002, ' 5223 ', '5223'],
      [2003, 'מורה', null],
      [2004, '241', null],
      [2005, '24111', null],
      [2006, null, null],
    ]);
  });
});

describe('0012: the attended meetings, read from an index', () => {
  const version = MIGRATIONS.find((m) => m.tag.startsWith('0012_'))?.version ?? Number.NaN;
  const WINDOW = `SELECT id, participant_id, date, staff_id FROM meetings
    WHERE state = 'ATTENDED' AND date >= '2026-11-01' AND date <= '2026-11-30' ORDER BY id`;

  it("indexes the meetings already stored, so a period's attended meetings are read without their rows", () => {
    const { file, key, store } = storeAtVersion(version - 1);
    const insert = store.sqlite.prepare(
      `INSERT INTO meetings (id, participant_id, staff_id, date, mode, state, created_at, updated_at)
       VALUES (?, 1, ?, ?, 'PHONE', ?, '2026-11-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z')`,
    );
    insert.run(2, null, '2026-11-12', 'ATTENDED');
    insert.run(3, 2, '2026-11-12', 'NO_SHOW');
    insert.run(4, 2, '2026-10-31', 'ATTENDED');
    const before = store.sqlite.prepare(WINDOW).raw().all();
    store.close();

    const after = reopenStore(file, key, { targetVersion: version });
    const viaIndex = after.sqlite
      .prepare(WINDOW.replace('FROM meetings', 'FROM meetings INDEXED BY meetings_attended'))
      .raw()
      .all();
    expect(viaIndex).toEqual(before);
    expect(viaIndex).toEqual([
      [1, 1, '2026-11-10', 2],
      [2, 1, '2026-11-12', null],
    ]);
    const plan = after.sqlite.prepare(`EXPLAIN QUERY PLAN ${WINDOW.replace(' ORDER BY id', '')}`).all() as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/COVERING INDEX meetings_attended/);
  });
});
