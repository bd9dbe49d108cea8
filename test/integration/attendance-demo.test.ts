import { describe, expect, it } from 'vitest';
import { addDemoAttendance } from '../../electron/services/demo/areas/attendance';
import { createTestCentre, FakeClock, withStaff } from '../fixtures/centre';
import { addInstance, enrol, makeActiveCase } from '../fixtures/workshops';

const NOW = new Date('2026-05-10T07:30:00Z');

describe('the demo centre attendance area', () => {
  it('marks past course sessions with every status (some rows unmarked), adds job-club walk-ins and notes', async () => {
    // createDemoCentre's participant writer predates migration 0007 (it lacks exitNote) on this
    // branch; a test centre with active cases stands in for the demo's people.
    const t = await createTestCentre(new FakeClock(NOW.getTime()));
    const staff = await withStaff(t, { fay: 'facilitator', avi: 'coach' } as const);
    const runtime = t.runtime;
    {
      const db = runtime.db();
      const sqlite = runtime.sqlite();
      const facilitatorId = staff.ids.fay;
      const active: number[] = [];
      for (let i = 0; i < 60; i += 1) {
        const created = await t.must('inquiries.create', {
          firstName: `א${i}`,
          lastName: 'כהן',
          phone: `052-500-${String(i).padStart(4, '0')}`,
        });
        if (created.kind !== 'created') throw new Error('expected a new record');
        makeActiveCase(db, created.id, staff.ids.avi);
        active.push(created.id);
      }
      const dates = ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07'];
      for (let i = 0; i < 3; i += 1) {
        const course = addInstance(db, {
          facilitatorId,
          dates: dates.map((d) => d.replace('2026-03', `2026-0${3 + i}`)),
        });
        enrol(db, course.instanceId, active.slice(i * 20, i * 20 + 20));
      }
      const ahead = addInstance(db, { facilitatorId, dates: ['2026-06-01'] });
      enrol(db, ahead.instanceId, active.slice(0, 5));
      const club = addInstance(db, {
        facilitatorId,
        type: 'JOB_CLUB',
        title: "ג'וב קלאב",
        dates: ['2026-05-03', '2026-05-07'],
      });
      const before = (sqlite.prepare('SELECT count(*) AS n FROM attendance').get() as { n: number }).n;

      addDemoAttendance(runtime, 3);

      const rows = sqlite.prepare('SELECT session_id AS sessionId, status FROM attendance').all() as {
        sessionId: number;
        status: string;
      }[];
      expect(rows.length).toBeGreaterThan(before);
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['PRESENT', 'LATE', 'ABSENT', 'EXCUSED']));
      // 3 courses × 20 people × 6 sessions, all past but the third's last two: some rows stay unmarked.
      const courseRows = rows.filter(
        (r) => !club.sessionIds.includes(r.sessionId) && !ahead.sessionIds.includes(r.sessionId),
      );
      expect(courseRows.length).toBeLessThan(3 * 20 * 6);
      expect(rows.some((r) => ahead.sessionIds.includes(r.sessionId))).toBe(false);
      const walkIns = rows.filter((r) => club.sessionIds.includes(r.sessionId));
      expect(walkIns.length).toBeGreaterThanOrEqual(8);
      const notes = (sqlite.prepare('SELECT count(*) AS n FROM facilitator_notes').get() as { n: number }).n;
      expect(notes).toBeGreaterThan(0);
    }
  });
});
