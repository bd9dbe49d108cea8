import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDropInWorkshopType } from '../../electron/domain/codes';
import { closedReason, isWeekend } from '../../electron/domain/schedule';
import { createDemoCentre, type DemoCentre } from '../../electron/services/demo/create-demo-centre';
import { demoWorkshopRuns } from '../../electron/services/demo/areas/workshops';
import { makeTempDir } from '../fixtures/temp-dir';

const NOW = new Date('2026-05-10T07:30:00Z');
const TODAY = '2026-05-10';
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;

let centre: DemoCentre;
beforeAll(async () => {
  centre = await createDemoCentre({
    dir: path.join(makeTempDir('kesher-demo-ws-'), 'store'),
    participants: 300,
    seed: 1,
    now: NOW,
    kdf: KDF,
  });
});
afterAll(() => centre.runtime.close());

const all = <T>(sql: string) => centre.runtime.sqlite().prepare(sql).all() as T[];

describe('the demo workshop catalogue', () => {
  it('has centre titles mapped to types and runs that use them', () => {
    const titles = all<{ id: number }>('SELECT id FROM workshop_titles');
    expect(titles.length).toBeGreaterThanOrEqual(5);
    const runs = all<{ title_id: number | null }>('SELECT title_id FROM workshop_instances');
    expect(runs.every((r) => titles.some((t) => t.id === r.title_id))).toBe(true);
  });

  it('holds past and upcoming runs of several types, with sessions on working days that skip holidays', () => {
    const runs = demoWorkshopRuns(centre.runtime);
    expect(new Set(runs.map((r) => r.type)).size).toBeGreaterThanOrEqual(5);
    const sessions = all<{ instance_id: number; date: string }>('SELECT instance_id, date FROM workshop_sessions');
    expect(sessions.some((s) => s.date < TODAY)).toBe(true);
    expect(sessions.some((s) => s.date > TODAY)).toBe(true);
    expect(sessions.filter((s) => isWeekend(s.date) || closedReason(s.date) !== null)).toEqual([]);
    expect(runs.every((r) => r.sessionIds.length > 0)).toBe(true);
  });

  it('enrols people up to capacity with wait lists in order, and none on the drop-in job club', () => {
    const rows = all<{
      type: string;
      capacity: number | null;
      enrolled: number;
      waiting: number;
      positions: string | null;
    }>(
      `SELECT i.type, i.capacity,
         sum(e.status = 'enrolled') AS enrolled, sum(e.status = 'waitlisted') AS waiting,
         group_concat(e.wait_position) AS positions
       FROM workshop_instances i LEFT JOIN workshop_enrolments e ON e.instance_id = i.id GROUP BY i.id`,
    );
    for (const row of rows) {
      if (isDropInWorkshopType(row.type as 'JOB_CLUB')) expect(row.enrolled ?? 0).toBe(0);
      else if (row.capacity !== null) expect(row.enrolled).toBeLessThanOrEqual(row.capacity);
    }
    const withWaitList = rows.filter((r) => (r.waiting ?? 0) > 0);
    expect(withWaitList.length).toBeGreaterThanOrEqual(2);
    for (const row of withWaitList) {
      expect(row.enrolled).toBe(row.capacity);
      const positions = (row.positions ?? '')
        .split(',')
        .map(Number)
        .sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: row.waiting }, (_, i) => i + 1));
    }
    expect(rows.some((r) => r.type === 'JOB_CLUB')).toBe(true);
  });
});
