import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../electron/services/crf1-import/run';
import { readFolder } from '../../electron/services/crf1-import/read-bundle';
import { createTestCentre, snapshotFiles, withStaff, type TestApp } from '../fixtures/centre';

const FIXTURES = path.join(__dirname, '../fixtures/crf1/import');
const clean = () => readFolder(path.join(FIXTURES, 'clean'));

/** The clean bundle with one defect folder's files laid over it. */
function withDefect(slug: string): Map<string, Buffer> {
  const files = clean();
  for (const [name, bytes] of readFolder(path.join(FIXTURES, slug)))
    if (name !== 'expected.json') files.set(name, bytes);
  return files;
}

async function centre(): Promise<TestApp> {
  const t = await createTestCentre();
  await withStaff(t, { avi: 'coach' });
  return t;
}

function count(t: TestApp, table: string): number {
  return (t.runtime.sqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

const tables = [
  'participants',
  'participant_name_words',
  'placements',
  'meetings',
  'workshop_instances',
  'workshop_sessions',
  'workshop_enrolments',
  'attendance',
  'import_keys',
  'crf_imports',
  'audit_log',
];
const allCounts = (t: TestApp) => Object.fromEntries(tables.map((name) => [name, count(t, name)]));

describe('CRF-1 migration import', () => {
  it('imports the clean bundle: lifecycle, last contact, search words, occupations, one audit entry', async () => {
    const t = await centre();
    const auditBefore = count(t, 'audit_log');
    const report = importBundle(t.runtime, clean());
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([
      { file: 'meetings.csv', row: 1, column: 'legacyNotes', reason: 'unknown_column' },
    ]);
    expect(report.counts).toMatchObject({
      participants: 4,
      placements: 3,
      meetings: 4,
      workshops: 2,
      sessions: 4,
      enrolments: 2,
      attendance: 4,
      participantsMatched: 0,
    });
    const people = t.runtime
      .sqlite()
      .prepare(
        'SELECT first_name AS f, status, national_id AS nid, phone, last_contact_date AS contact, previous_occupation AS occ, previous_occupation_code AS code, coach_id AS coach FROM participants ORDER BY id',
      )
      .all() as Record<string, unknown>[];
    expect(people.map((p) => [p.f, p.status, p.contact])).toEqual([
      ['רחל', 'active', '2025-03-02'],
      ['משה', 'exited', '2025-02-03'],
      ['שרה', 'inquiry', null],
      ['יוסי', 'active', '2025-07-01'],
    ]);
    expect(people[3]).toMatchObject({ nid: '000456780', occ: 'עבודה כללית בתחום', code: null });
    expect(people[0]).toMatchObject({ phone: '0521234567', code: '4120', occ: null });
    // Quick search finds an imported person by a word of the name.
    expect(count(t, 'participant_name_words')).toBe(8);
    expect(report.unmappedOccupations.map((o) => [o.file, o.row])).toContainEqual(['participants.csv', 5]);
    const employer = t.runtime
      .sqlite()
      .prepare(`SELECT employer FROM placements WHERE occupation_code = '4120'`)
      .pluck()
      .get();
    expect(employer).toBe('חברת אלפא, בע"מ');
    expect(count(t, 'audit_log') - auditBefore).toBe(1);
    const entry = t.runtime
      .sqlite()
      .prepare('SELECT action, entity, fields FROM audit_log ORDER BY seq DESC LIMIT 1')
      .get();
    expect(entry).toEqual({ action: 'record_created', entity: 'crf_import', fields: null });
  });

  it('a second import of the same bundle adds nothing', async () => {
    const t = await centre();
    importBundle(t.runtime, clean());
    const before = allCounts(t);
    const again = importBundle(t.runtime, clean());
    expect(again.ok).toBe(true);
    expect(again.counts).toMatchObject({
      participants: 0,
      placements: 0,
      meetings: 0,
      workshops: 0,
      sessions: 0,
      enrolments: 0,
      attendance: 0,
      participantsExisting: 4,
      placementsExisting: 3,
      meetingsExisting: 4,
      workshopsExisting: 2,
    });
    const after = allCounts(t);
    expect({ ...after, crf_imports: 0, audit_log: 0 }).toEqual({ ...before, crf_imports: 0, audit_log: 0 });
  });

  it('matches a person already in the store by national ID instead of creating them again', async () => {
    const t = await centre();
    const existing = await t.must('inquiries.create', {
      firstName: 'רחל',
      lastName: 'לוי',
      nationalId: '012345674',
      phone: '0501112233',
    });
    if (existing.kind !== 'created') throw new Error('expected a new record');
    const report = importBundle(t.runtime, clean());
    expect(report.counts).toMatchObject({ participants: 3, participantsMatched: 1 });
    expect(count(t, 'participants')).toBe(4);
    const owner = t.runtime
      .sqlite()
      .prepare(`SELECT participant_id FROM placements WHERE occupation_code = '4120'`)
      .pluck()
      .get();
    expect(owner).toBe(existing.id);
  });

  it('a dry run reports the counts and writes nothing', async () => {
    const t = await centre();
    const before = allCounts(t);
    const report = importBundle(t.runtime, clean(), { dryRun: true });
    expect(report.ok).toBe(true);
    expect(report.counts).toMatchObject({
      participants: 4,
      placements: 3,
      meetings: 4,
      workshops: 2,
      sessions: 4,
      enrolments: 2,
      attendance: 4,
    });
    expect(allCounts(t)).toEqual(before);
  });

  const defects = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'clean')
    .map((d) => d.name);

  it.each(defects)('refuses the whole bundle for %s, naming the row and column, writing nothing', async (slug) => {
    const t = await centre();
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, slug, 'expected.json'), 'utf8'));
    const before = allCounts(t);
    const files = snapshotFiles(t.dir);
    const report = importBundle(t.runtime, withDefect(slug));
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([expected]);
    expect(allCounts(t)).toEqual(before);
    expect(snapshotFiles(t.dir)['kesher.db']).toBe(files['kesher.db']);
  });
});
