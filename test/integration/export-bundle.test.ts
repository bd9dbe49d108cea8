import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoCentre, type DemoCentre } from '../../electron/services/demo/create-demo-centre';
import { DEMO_PASSWORD } from '../../electron/services/demo/demo-data';
import { createExport, type ExportResult } from '../../electron/services/reports/export';
import {
  confirmProgrammeKey,
  exportSettings,
  setCentralRecipient,
  setProgrammeKey,
} from '../../electron/services/reports/programme-key';
import { pseudonym } from '../../electron/services/reports/pseudonyms';
import { readCsv } from '../../electron/services/reports/crf-csv';
import { identifyingValues } from '../../db/repositories/crf-export';
import { updateParticipant } from '../../db/repositories/participants';
import { unzipEntries } from '../fixtures/crf1/unzip';
import { makeTempDir } from '../fixtures/temp-dir';

const NOW = new Date('2026-11-03T07:30:00Z');
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
const KEY = '0123456789abcdef'.repeat(4);

let centre: DemoCentre;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function exportMonth(month = '2026-10'): Promise<ExportResult> {
  return createExport(centre.runtime, { month, version: '0.0.0-test' });
}

beforeAll(async () => {
  centre = await createDemoCentre({
    dir: path.join(makeTempDir('kesher-export-'), 'store'),
    participants: 160,
    now: NOW,
    kdf: KDF,
  });
  await centre.runtime.signIn('demo-coordinator', DEMO_PASSWORD);
}, 120_000);

afterAll(() => centre.runtime.close());

describe('programme key', () => {
  it('refuses to export until the keyId is confirmed, and a key of the wrong form', async () => {
    await expect(exportMonth()).rejects.toMatchObject({ messageKey: 'errors.export.key_not_confirmed' });
    expect(() => setProgrammeKey(centre.runtime, 'abc')).toThrow(
      expect.objectContaining({ messageKey: 'errors.export.key_format' }),
    );
    expect(() => setProgrammeKey(centre.runtime, `${KEY.slice(0, 63)}g`)).toThrow(
      expect.objectContaining({ messageKey: 'errors.export.key_format' }),
    );
    const set = setProgrammeKey(centre.runtime, `${KEY.slice(0, 32)}\n${KEY.slice(32).toUpperCase()}\n`);
    expect(set).toEqual({ keyId: sha256(Buffer.from(KEY, 'hex')).slice(0, 8), keyConfirmed: false, recipient: null });
    expect(() => confirmProgrammeKey(centre.runtime, '00000000')).toThrow(
      expect.objectContaining({ messageKey: 'errors.export.key_id_mismatch' }),
    );
    await expect(exportMonth()).rejects.toMatchObject({ messageKey: 'errors.export.key_not_confirmed' });
    expect(confirmProgrammeKey(centre.runtime, set.keyId).keyConfirmed).toBe(true);
  });

  it('refuses a malformed recipient and a month not yet over', async () => {
    expect(() => setCentralRecipient(centre.runtime, 'age1notarecipient')).toThrow(
      expect.objectContaining({ messageKey: 'errors.export.recipient' }),
    );
    await expect(exportMonth('2026-11')).rejects.toMatchObject({ messageKey: 'errors.export.period_future' });
    await expect(exportMonth('2026-13')).rejects.toMatchObject({ messageKey: 'errors.export.period' });
  });
});

describe('the bundle', () => {
  let first: ExportResult;
  let entries: Map<string, Buffer>;

  beforeAll(async () => {
    first = await exportMonth();
    entries = await unzipEntries(first.bytes);
  });

  it('holds the manifest, the indicators and the seven tables, with hashes and record counts', () => {
    expect([...entries.keys()]).toEqual([
      'manifest.json',
      'indicators.json',
      'participants.csv',
      'placements.csv',
      'meetings.csv',
      'workshops.csv',
      'sessions.csv',
      'enrolments.csv',
      'attendance.csv',
    ]);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest).toMatchObject({
      format: 'crf',
      version: 1,
      centre: { code: 'DEMO' },
      period: { start: '2026-10-01', end: '2026-10-31' },
      sequence: 1,
      supersedes: null,
      previousBundleSha256: null,
      pseudonymisation: { method: 'HMAC-SHA256/16', keyId: exportSettings(centre.runtime).keyId },
    });
    expect(first.fileName).toBe('crf1_DEMO_2026-10.zip');
    for (const file of manifest.files) {
      const bytes = entries.get(file.name)!;
      expect(file.sha256).toBe(sha256(bytes));
      if (file.name.endsWith('.csv')) expect(file.rows).toBe(readCsv(bytes).rows.length);
    }
    expect(manifest.files.find((f: { name: string }) => f.name === 'participants.csv').rows).toBeGreaterThan(50);
  });

  it('carries no name, national ID, phone, e-mail, address, employer or staff name anywhere', () => {
    const values = identifyingValues(centre.runtime.db());
    expect(values.ids.length).toBeGreaterThan(50);
    const text = [...entries.values()].map((b) => b.toString('utf8')).join('\n');
    for (const id of values.ids) expect(text.includes(id)).toBe(false);
    for (const phone of values.phones) expect(text.includes(phone)).toBe(false);
    for (const email of values.emails) expect(text.includes(email)).toBe(false);
    for (const { first, last } of values.names) expect(text.includes(`${first} ${last}`)).toBe(false);
    for (const other of values.other) if (other.length > 4) expect(text.includes(other)).toBe(false);
    const cells = new Set(
      [...entries.entries()].filter(([n]) => n.endsWith('.csv')).flatMap(([, b]) => readCsv(b).rows.flat()),
    );
    for (const { last } of values.names) expect(cells.has(last)).toBe(false);
    const header = readCsv(entries.get('participants.csv')!).header;
    for (const column of ['nationalId', 'firstName', 'lastName', 'phone', 'email', 'birthDate'])
      expect(header).not.toContain(column);
    expect(readCsv(entries.get('placements.csv')!).header).not.toContain('employer');
  });

  it('pseudonymises with the programme key: the same person, the same pid in any centre', () => {
    const row = centre.runtime
      .sqlite()
      .prepare(
        `SELECT national_id AS id FROM participants WHERE national_id IS NOT NULL AND enrolment_date <= '2026-10-31' LIMIT 1`,
      )
      .get() as { id: string };
    const pids = readCsv(entries.get('participants.csv')!).rows.map((r) => r[0]);
    expect(pids).toContain(pseudonym(Buffer.from(KEY, 'hex'), `id:${row.id}`));
    expect(pids).toEqual([...pids].sort());
  });

  it('chains the next bundle to this one and marks a re-export of the same period as superseding it', async () => {
    const second = await exportMonth('2026-09');
    const again = await exportMonth('2026-10');
    const m2 = JSON.parse((await unzipEntries(second.bytes)).get('manifest.json')!.toString('utf8'));
    const m3 = JSON.parse((await unzipEntries(again.bytes)).get('manifest.json')!.toString('utf8'));
    expect(m2).toMatchObject({ sequence: 2, supersedes: null, previousBundleSha256: sha256(first.bytes) });
    expect(m3).toMatchObject({ sequence: 3, supersedes: 1, previousBundleSha256: sha256(second.bytes) });
  });

  it('adds formerPid once someone exported under a local pid gets a national ID', async () => {
    const db = centre.runtime.db();
    const person = centre.runtime
      .sqlite()
      .prepare(
        `SELECT id, national_id AS nationalId FROM participants WHERE national_id IS NOT NULL AND enrolment_date <= '2026-10-31' LIMIT 1`,
      )
      .get() as { id: number; nationalId: string };
    // Exported once without the ID (as if it were not known yet) …
    updateParticipant(db, person.id, { nationalId: null }, null, NOW);
    const localPid = pseudonym(Buffer.from(KEY, 'hex'), `local:DEMO:${person.id}`);
    const before = readCsv((await unzipEntries((await exportMonth('2026-10')).bytes)).get('participants.csv')!);
    expect(before.header).not.toContain('formerPid');
    expect(before.rows.map((r) => r[0])).toContain(localPid);
    // … then the ID is added: the next bundles carry the earlier pid beside the new one.
    updateParticipant(db, person.id, { nationalId: person.nationalId }, null, NOW);
    const { header, rows } = readCsv(
      (await unzipEntries((await exportMonth('2026-10')).bytes)).get('participants.csv')!,
    );
    expect(header.at(-1)).toBe('formerPid');
    const row = rows.find((r) => r[0] === pseudonym(Buffer.from(KEY, 'hex'), `id:${person.nationalId}`))!;
    expect(row.at(-1)).toBe(localPid);
    expect(rows.filter((r) => r.at(-1) !== '')).toHaveLength(1);
  });

  it('records every bundle in the history and the audit log, with ids only', () => {
    const audit = centre.runtime
      .sqlite()
      .prepare(`SELECT entity, entity_id AS entityId, fields FROM audit_log WHERE action = 'export'`)
      .all();
    const sequences = (
      centre.runtime.sqlite().prepare('SELECT sequence FROM crf_exports ORDER BY sequence').all() as {
        sequence: number;
      }[]
    ).map((r) => r.sequence);
    expect(sequences).toEqual([1, 2, 3, 4, 5]);
    expect(audit).toEqual(sequences.map((n) => ({ entity: 'crf_export', entityId: String(n), fields: null })));
  });
});

describe('age encryption', () => {
  it('encrypts to the central recipient and decrypts with the reference age tool', async () => {
    const identity = await generateX25519Identity();
    const recipient = await identityToRecipient(identity);
    expect(setCentralRecipient(centre.runtime, recipient).recipient).toBe(recipient);
    const result = await exportMonth('2026-08');
    expect(result.fileName).toBe('crf1_DEMO_2026-08.zip.age');
    expect(result.encrypted).toBe(true);
    const dir = makeTempDir('kesher-age-');
    writeFileSync(path.join(dir, 'identity.txt'), `${identity}\n`);
    writeFileSync(path.join(dir, result.fileName), result.bytes);
    const plain = execFileSync('age', ['-d', '-i', path.join(dir, 'identity.txt'), path.join(dir, result.fileName)]);
    expect(sha256(plain)).toBe(result.zipSha256);
    expect([...(await unzipEntries(plain)).keys()]).toContain('participants.csv');
    setCentralRecipient(centre.runtime, null);
  });
});
