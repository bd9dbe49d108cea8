/**
 * The export's self-check (issue 11 item 2) on a small bundle built as the export builds it,
 * then with one thing wrong at a time: each of its checks must still stop the export, naming
 * the file, row and column, after the checks were folded into one pass over each file's rows
 * (issue 11 item 6).
 */
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../electron/domain/crf1/indicators';
import type { CentreRecords } from '../../electron/domain/crf1/records';
import { buildBundle, jsonBytes, type BuiltBundle } from '../../electron/services/reports/bundle';
import { exportCsvFiles } from '../../electron/services/reports/crf-csv';
import { selfCheck, type IdentifyingValues } from '../../electron/services/reports/self-check';
import { person } from './domain/crf1/builders';
import { selfCheckManifest } from '../fixtures/crf1/self-check-manifest';

const E = '2026-04-30';
const CENTRE = 'TLV01';
const A = 'a1b2c3d4e5f60718';
const B = '0f1e2d3c4b5a6978';

const records = (): CentreRecords => ({
  participants: [
    person(A, '2025-03-01', {
      gender: 'F',
      birthDate: '1960-02-29',
      coach: 'S01',
      trafficLight: 'GREEN',
      previousOccupation: '2411',
      yearsExperience: 20,
      city: 'חיפה',
    }),
    person(B, '2026-01-10', { gender: 'M', coach: 'S02' }),
  ],
  placements: [
    {
      pid: A,
      placementId: '7',
      startDate: '2025-09-01',
      endDate: null,
      employmentType: null,
      jobScopePct: 80,
      monthlySalaryNis: 9000,
      occupationCode: null,
      foundBy: 'SELF',
    },
  ],
  meetings: [
    { pid: A, meetingId: '11', date: '2026-04-02', coach: 'S01', mode: 'PHONE', status: 'ATTENDED' },
    { pid: B, meetingId: '12', date: '2026-04-03', coach: 'S02', mode: null, status: 'NO_SHOW' },
    { pid: B, meetingId: '13', date: '2026-04-20', coach: 'S02', mode: 'IN_PERSON', status: 'ATTENDED' },
  ],
  workshops: [{ workshopId: '3', type: 'OTHER', title: 'קורות חיים', facilitator: null }],
  sessions: [{ workshopId: '3', sessionNo: 1, date: '2026-04-05' }],
  enrolments: [{ workshopId: '3', pid: A }],
  attendance: [{ workshopId: '3', sessionNo: 1, pid: A, status: 'PRESENT' }],
});

const NOBODY: IdentifyingValues = { names: [], ids: [], phones: [], emails: [], other: [] };
const KNOWN: IdentifyingValues = {
  names: [{ first: 'דנה', last: 'לוי' }],
  ids: ['012345674'],
  phones: ['052-1234567'],
  emails: ['dana@example.org'],
  other: ['רחוב הרצל 5'],
};

async function bundleOf(r: CentreRecords, indicators: unknown = computeIndicators(r, E, CENTRE)): Promise<BuiltBundle> {
  return buildBundle({
    manifest: selfCheckManifest(CENTRE, E),
    indicators,
    csv: exportCsvFiles(r, E, new Map()),
  });
}

/** The bundle with one CSV's text replaced (the manifest's row counts kept as built). */
function withFile(bundle: BuiltBundle, name: string, edit: (text: string) => string): BuiltBundle {
  const entries = new Map(bundle.entries);
  entries.set(name, Buffer.from(edit(bundle.entries.get(name)!.toString('utf8')), 'utf8'));
  return { ...bundle, entries };
}

function failure(run: () => void): { messageKey: string; fields: { path: string; message: string }[] } {
  try {
    run();
  } catch (error) {
    return error as never;
  }
  throw new Error('the self-check passed');
}

describe('the export self-check', () => {
  it('passes the bundle as built, with the store’s identifying values absent from it', async () => {
    const bundle = await bundleOf(records());
    expect(() => selfCheck(bundle, E, CENTRE, KNOWN)).not.toThrow();
  });

  it('refuses a cell against its column, naming file, row and column', async () => {
    // Rows are by pid: B's two meetings, then A's (row 4).
    const bundle = withFile(await bundleOf(records()), 'meetings.csv', (t) => t.replace(',PHONE,', ',FAX,'));
    const error = failure(() => selfCheck(bundle, E, CENTRE, NOBODY));
    expect(error.messageKey).toBe('errors.export.check.schema');
    expect(error.fields).toEqual([{ path: 'meetings.csv:4:mode', message: 'errors.export.cell.unknown_code' }]);
  });

  it('refuses a wrong header, and a row count that differs from the manifest', async () => {
    const built = await bundleOf(records());
    const header = withFile(built, 'sessions.csv', (t) => t.replace('sessionNo', 'session'));
    expect(failure(() => selfCheck(header, E, CENTRE, NOBODY)).fields).toEqual([
      { path: 'sessions.csv:1', message: 'errors.export.check.header' },
    ]);
    const extra = withFile(built, 'meetings.csv', (t) => `${t}${B},14,2026-04-21,S02,PHONE,ATTENDED\r\n`);
    expect(failure(() => selfCheck(extra, E, CENTRE, NOBODY)).fields).toEqual([
      { path: 'meetings.csv', message: 'errors.export.check.row_count' },
    ]);
  });

  it('refuses a name, an ID, a phone or an address in any cell, and a name in the JSON files', async () => {
    const built = await bundleOf(records());
    const cases: [string, (t: string) => string, string][] = [
      ['participants.csv', (t) => t.replace('חיפה', 'לוי'), 'participants.csv:3:city'],
      ['workshops.csv', (t) => t.replace('קורות חיים', 'קורות חיים דנה לוי'), 'workshops.csv:2:title'],
      ['workshops.csv', (t) => t.replace('קורות חיים', 'טל 052 123 4567'), 'workshops.csv:2:title'],
      ['placements.csv', (t) => t.replace(',7,', ',12345674,'), 'placements.csv:2:placementId'],
      ['participants.csv', (t) => t.replace('חיפה', 'רחוב הרצל 5'), 'participants.csv:3:city'],
    ];
    for (const [file, edit, where] of cases) {
      const error = failure(() => selfCheck(withFile(built, file, edit), E, CENTRE, KNOWN));
      expect(error.messageKey, where).toBe('errors.export.check.identifying');
      expect(error.fields, where).toEqual([{ path: where, message: 'errors.export.check.identifying' }]);
    }
    const named = { ...built, entries: new Map(built.entries) };
    named.entries.set('manifest.json', jsonBytes({ ...built.manifest, centre: { code: CENTRE, name: 'דנה לוי' } }));
    expect(failure(() => selfCheck(named, E, CENTRE, KNOWN)).fields).toEqual([
      { path: 'manifest.json', message: 'errors.export.check.identifying' },
    ]);
  });

  it('refuses indicators.json that the CSVs do not give', async () => {
    const r = records();
    const other = computeIndicators({ ...r, meetings: r.meetings.slice(1) }, E, CENTRE);
    const bundle = await bundleOf(r, other);
    expect(failure(() => selfCheck(bundle, E, CENTRE, NOBODY)).messageKey).toBe('errors.export.check.indicators');
  });

  it('reads a file only csv-parse reads (no line break after the last record) and checks it the same way', async () => {
    const bundle = withFile(await bundleOf(records()), 'workshops.csv', (t) =>
      t.replace('קורות חיים', 'לוי').replace(/\r\n$/, ''),
    );
    expect(failure(() => selfCheck(bundle, E, CENTRE, KNOWN)).fields).toEqual([
      { path: 'workshops.csv:2:title', message: 'errors.export.check.identifying' },
    ]);
  });
});
