import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoCentre, type DemoCentre } from '../../electron/services/demo/create-demo-centre';
import { makeTempDir } from '../fixtures/temp-dir';

const NOW = new Date('2026-05-10T07:30:00Z');
const TODAY = '2026-05-10';
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;

let centre: DemoCentre;
const all = <T>(sql: string, ...params: unknown[]) =>
  centre.runtime
    .sqlite()
    .prepare(sql)
    .all(...params) as T[];

beforeAll(async () => {
  centre = await createDemoCentre({
    dir: path.join(makeTempDir('kesher-demo-meetings-'), 'store'),
    now: NOW,
    kdf: KDF,
  });
});
afterAll(() => centre?.runtime.close());

describe('the demo centre’s meeting log', () => {
  it('agrees with each record: the last attended meeting is the last contact, never later', () => {
    const rows = all<{ id: number; last: string; enrolled: string; attended: string | null }>(
      `SELECT p.id, p.last_contact_date AS last, p.enrolment_date AS enrolled,
              (SELECT max(date) FROM meetings m WHERE m.participant_id = p.id AND m.state = 'ATTENDED') AS attended
         FROM participants p WHERE p.enrolment_date IS NOT NULL`,
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      if (row.last > row.enrolled) expect(row.attended, `participant ${row.id}`).toBe(row.last);
      else expect(row.attended, `participant ${row.id}`).toBeNull();
    }
  });

  it('has every state, bookings ahead only for active people, and tools on attended meetings', () => {
    const states = all<{ state: string; n: number }>('SELECT state, count(*) AS n FROM meetings GROUP BY state');
    expect(states.map((s) => s.state).sort()).toEqual(['ATTENDED', 'BOOKED', 'CANCELLED', 'NO_SHOW']);
    const booked = all<{ date: string; status: string; flag: number }>(
      `SELECT m.date, p.status, m.tasks_overdue_flag AS flag FROM meetings m JOIN participants p ON p.id = m.participant_id
        WHERE m.state = 'BOOKED'`,
    );
    expect(booked.every((b) => b.date > TODAY && b.status === 'active')).toBe(true);
    expect(booked.some((b) => b.flag === 1)).toBe(true);
    const held = all<{ date: string; tools: string }>("SELECT date, tools FROM meetings WHERE state = 'ATTENDED'");
    expect(held.every((m) => m.date <= TODAY && JSON.parse(m.tools).length >= 1)).toBe(true);
  });

  it('keeps some active people out of contact for over 90 days, so the flag has something to show', () => {
    const stale = all<{ n: number }>(
      `SELECT count(*) AS n FROM participants WHERE status = 'active' AND last_contact_date < date(?, '-90 days')`,
      TODAY,
    );
    expect(stale[0]!.n).toBeGreaterThan(5);
  });

  it('ends each traffic-light history on the record’s current light', () => {
    const rows = all<{ id: number; light: string; latest: string | null }>(
      `SELECT p.id, p.traffic_light AS light,
              (SELECT light FROM traffic_light_changes c WHERE c.participant_id = p.id ORDER BY date DESC, id DESC LIMIT 1) AS latest
         FROM participants p WHERE p.traffic_light IS NOT NULL AND p.enrolment_date IS NOT NULL`,
    );
    for (const row of rows) expect(row.latest, `participant ${row.id}`).toBe(row.light);
    const changed = all<{ n: number }>(
      'SELECT count(*) AS n FROM (SELECT participant_id FROM traffic_light_changes GROUP BY participant_id HAVING count(*) > 1)',
    );
    expect(changed[0]!.n).toBeGreaterThan(5);
  });
});
