/**
 * The dashboards' own reader (dashboard-rows + dashboard-records) against the export's
 * (loadStoreRecords with the 'indicators' meeting selection) on an encrypted demo store: for
 * the centre and a caseload, at several period ends and after a write, the figures AND every
 * drill-down list (members, in order) must be the same, and so must the records, except a
 * meeting's mode and the coach of a meeting outside E's month, which the dashboards' reader
 * does not read.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIndicators } from '../../electron/domain/crf1/indicators';
import type { CentreRecords } from '../../electron/domain/crf1/records';
import { createDemoCentre, type DemoCentre } from '../../electron/services/demo/create-demo-centre';
import { dashboardRecords, loadDashboardBase } from '../../electron/services/reports/dashboard-records';
import { evaluationFor } from '../../electron/services/reports/dashboards';
import { loadStoreRecords } from '../../electron/services/reports/records-from-store';
import { makeTempDir } from '../fixtures/temp-dir';

const NOW = new Date('2026-05-10T07:30:00Z');
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
const PERIOD_ENDS = ['2026-05-10', '2026-04-30', '2026-03-15', '2025-12-31', '2025-02-28'];

let centre: DemoCentre;

beforeAll(async () => {
  centre = await createDemoCentre({
    dir: path.join(makeTempDir('kesher-dash-records-'), 'store'),
    participants: 400,
    now: NOW,
    kdf: KDF,
  });
}, 120_000);

afterAll(() => centre?.runtime.close());

function coachIds(): (number | undefined)[] {
  const rows = centre.runtime
    .sqlite()
    .prepare(`SELECT DISTINCT coach_id AS id FROM participants WHERE coach_id IS NOT NULL ORDER BY coach_id LIMIT 2`)
    .all() as { id: number }[];
  expect(rows.length).toBe(2);
  return [undefined, ...rows.map((r) => r.id)];
}

/** The meetings as the figures read them: who, which, when and whether attended. */
const meetingCore = (records: CentreRecords) =>
  records.meetings.map(({ pid, meetingId, date, status }) => ({ pid, meetingId, date, status }));

function expectSameAsExport(periodEnd: string, coachId: number | undefined): void {
  const db = centre.runtime.db();
  const mine = dashboardRecords(db, loadDashboardBase(db), periodEnd, coachId);
  const theirs = loadStoreRecords(db, periodEnd, coachId, 'indicators').records;
  const { meetings: _m, ...rest } = mine;
  const { meetings: _t, ...expected } = theirs;
  expect(rest).toEqual(expected);
  expect(meetingCore(mine)).toEqual(meetingCore(theirs));
  // Every meeting of E's month (the ones a staff member's figure counts) comes with its staff code.
  const monthStart = `${periodEnd.slice(0, 8)}01`;
  const inMonth = (r: CentreRecords) =>
    r.meetings.filter((m) => m.date >= monthStart).map(({ meetingId, coach }) => ({ meetingId, coach }));
  expect(inMonth(mine)).toEqual(inMonth(theirs));
  const a = evaluateIndicators(mine, periodEnd, 'C1');
  const b = evaluateIndicators(theirs, periodEnd, 'C1');
  expect(a.indicators).toEqual(b.indicators);
  expect([...a.members.keys()]).toEqual([...b.members.keys()]);
  for (const [key, list] of b.members) expect([key, a.members.get(key)]).toEqual([key, list]);
}

describe('the dashboards’ reader', () => {
  it('gives the export’s figures and drill-down lists for the centre and each caseload', () => {
    let counted = 0;
    for (const coachId of coachIds()) {
      for (const periodEnd of PERIOD_ENDS) {
        expectSameAsExport(periodEnd, coachId);
        counted += loadStoreRecords(centre.runtime.db(), periodEnd, coachId, 'indicators').records.meetings.length;
      }
    }
    // The demo centre has meetings in these windows, so the comparison is not of empty lists.
    expect(counted).toBeGreaterThan(100);
  });

  it('still agrees after participants, placements and meetings are written', () => {
    const sqlite = centre.runtime.sqlite();
    sqlite.prepare(`UPDATE participants SET recruitment_source = NULL, birth_date = NULL WHERE id % 7 = 0`).run();
    sqlite
      .prepare(`UPDATE placements SET end_date = '2026-01-15' WHERE id % 3 = 0 AND start_date < '2026-01-15'`)
      .run();
    sqlite.prepare(`UPDATE meetings SET state = 'CANCELLED' WHERE id % 5 = 0 AND state = 'ATTENDED'`).run();
    for (const coachId of coachIds()) for (const periodEnd of PERIOD_ENDS) expectSameAsExport(periodEnd, coachId);
  });
});

describe('the dashboards’ cache', () => {
  it('outlives an audit entry and recomputes after a write to a table a figure reads', () => {
    const runtime = centre.runtime;
    const E = '2026-04-30';
    const first = evaluationFor(runtime, E, undefined);
    runtime.audit({ action: 'record_viewed', entity: 'participant', entityId: 1 });
    expect(evaluationFor(runtime, E, undefined)).toBe(first);
    const sqlite = runtime.sqlite();
    const writes: [string, () => void][] = [
      [
        'participants',
        () => sqlite.prepare(`UPDATE participants SET city = city WHERE id = (SELECT min(id) FROM participants)`).run(),
      ],
      [
        'placements',
        () =>
          sqlite.prepare(`UPDATE placements SET end_date = end_date WHERE id = (SELECT min(id) FROM placements)`).run(),
      ],
      [
        'meetings',
        () => sqlite.prepare(`UPDATE meetings SET state = state WHERE id = (SELECT min(id) FROM meetings)`).run(),
      ],
      ['centre code', () => sqlite.prepare(`UPDATE settings SET value = value WHERE key = 'centre.code'`).run()],
    ];
    let before = first;
    for (const [table, write] of writes) {
      write();
      const after = evaluationFor(runtime, E, undefined);
      expect([table, after === before]).toEqual([table, false]);
      expect(after.indicators).toEqual(before.indicators);
      before = after;
    }
    // A write that is rolled back leaves the rows, and so the figures, as they were.
    const rollback = sqlite.transaction(() => {
      sqlite.prepare(`UPDATE participants SET birth_date = NULL`).run();
      throw new Error('rolled back');
    });
    expect(() => rollback()).toThrow('rolled back');
    expect(evaluationFor(runtime, E, undefined)).toBe(before);
  });
});
