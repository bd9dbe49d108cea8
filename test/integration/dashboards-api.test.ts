/**
 * The dashboards through the API on an encrypted demo store: the numbers are the indicators
 * module's over the store's records, every drill-down list is as long as its number, a coach
 * sees only their caseload, the other roles are refused, and bad input gets a clear error.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { computeIndicators, indicatorMembers } from '../../electron/domain/crf1/indicators';
import { selectPeople } from '../../electron/domain/crf1/selection';
import { createDemoCentre, type DemoCentre } from '../../electron/services/demo/create-demo-centre';
import { DEMO_PASSWORD } from '../../electron/services/demo/demo-data';
import { evaluationFor } from '../../electron/services/reports/dashboards';
import { loadStoreRecords } from '../../electron/services/reports/records-from-store';
import { createAppState, type AppState } from '../../electron/services/store/app-state';
import { makeTempDir } from '../fixtures/temp-dir';

const NOW = new Date('2026-05-10T07:30:00Z');
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
const E = '2026-04-30';

let centre: DemoCentre;
let app: AppState;

async function call<M extends MethodName>(method: M, input: MethodInput<M>) {
  return dispatch(method, input, { app, transport: 'ipc' });
}

async function must<M extends MethodName>(method: M, input: MethodInput<M>) {
  const result = await call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

async function signInAs(username: string): Promise<void> {
  await call('auth.signOut', {});
  await must('auth.signIn', { username, password: DEMO_PASSWORD });
}

function staffId(username: string): number {
  const row = centre.runtime.sqlite().prepare('SELECT id FROM staff WHERE username = ?').get(username) as {
    id: number;
  };
  return row.id;
}

/** Every count in the §5 object with its drill-down path. */
function countsByPath(ind: ReturnType<typeof computeIndicators>): [string, number][] {
  return [
    ['participants.total', ind.participants.total],
    ['participants.active', ind.participants.active],
    ['placement.placed', ind.placement.placed],
    ['age.knownActive', ind.age.knownActive],
    ...ind.age.bands.map((b): [string, number] => [`age.bands.${b.band}`, b.count]),
    ...ind.timeToFirstPlacement.map((b): [string, number] => [`timeToFirstPlacement.${b.band}`, b.count]),
    ...ind.retention.flatMap((r): [string, number][] => [
      [`retention.${r.months}.eligible`, r.eligible],
      [`retention.${r.months}.employed`, r.employed],
      [`retention.${r.months}.sameJob`, r.sameJob],
    ]),
    ...ind.placementByTenure.flatMap((r): [string, number][] => [
      [`placementByTenure.${r.minMonths}.cohort`, r.cohort],
      [`placementByTenure.${r.minMonths}.placed`, r.placed],
    ]),
    ['placementsFoundBy.total', ind.placementsFoundBy.total],
    ['placementsFoundBy.self', ind.placementsFoundBy.self],
    ['currentEmployment.employed', ind.currentEmployment.employed],
    ['currentEmployment.salary', ind.currentEmployment.salary.n],
    ...ind.byAgeGroup.map((g): [string, number] => [`byAgeGroup.${g.group}.employed`, g.employed]),
    ...ind.recruitmentSources.map((s): [string, number] => [`recruitmentSources.${s.source}`, s.count]),
    ...ind.workshops.map((w): [string, number] => [`workshops.${w.type}.attendances`, w.attendances]),
    ...ind.coaches.flatMap((c): [string, number][] => [
      [`coaches.${c.coach}.activeCaseload`, c.activeCaseload],
      [`coaches.${c.coach}.noContact90`, c.noContact90],
      [`coaches.${c.coach}.meetingsInPeriod`, c.meetingsInPeriod],
    ]),
  ];
}

beforeAll(async () => {
  centre = await createDemoCentre({
    dir: path.join(makeTempDir('kesher-dash-'), 'store'),
    participants: 400,
    now: NOW,
    kdf: KDF,
  });
  app = createAppState({ version: 'test', now: () => NOW, runtime: centre.runtime });
  await signInAs('demo-coordinator');
}, 120_000);

afterAll(() => centre?.runtime.close());

describe('dashboards.centre and dashboards.members', () => {
  it('shows the indicators module’s figures over the store’s records', async () => {
    const shown = await must('dashboards.centre', { periodEnd: E });
    const expected = computeIndicators(loadStoreRecords(centre.runtime.db(), E).records, E, shown.indicators.centre);
    expect(shown.scope).toBe('centre');
    expect(shown.indicators).toEqual(expected);
    // The demo centre has people in every main family, so the comparison is not of empty tables.
    expect(expected.participants.total).toBeGreaterThan(50);
    expect(expected.placement.placed).toBeGreaterThan(0);
    expect(expected.coaches.length).toBeGreaterThan(0);
  });

  it('lists exactly as many people as each number counts', async () => {
    const { indicators } = await must('dashboards.centre', { periodEnd: E });
    for (const [p, n] of countsByPath(indicators)) {
      const page = await must('dashboards.members', { periodEnd: E, path: p, limit: 500 });
      expect([p, page.total]).toEqual([p, n]);
      expect(page.rows.length).toBe(Math.min(n, 500));
    }
    const placed = await must('dashboards.members', { periodEnd: E, path: 'placement.placed', limit: 5 });
    expect(placed.rows[0]).toEqual(
      expect.objectContaining({ participantId: expect.any(Number), firstName: expect.any(String) }),
    );
  });

  it('audits each list once per session, naming the list, its period end and caseload', async () => {
    const opened = () =>
      centre.runtime
        .sqlite()
        .prepare(`SELECT actor_id AS actor, entity_id AS list FROM audit_log WHERE entity = 'indicator_members'`)
        .all() as { actor: number; list: string }[];
    const before = opened().length;
    for (const offset of [0, 5, 10]) {
      await must('dashboards.members', { periodEnd: '2026-03-31', path: 'participants.total', offset, limit: 5 });
    }
    await must('dashboards.members', { periodEnd: '2026-03-31', path: 'placement.placed', limit: 5 });
    const coordinator = staffId('demo-coordinator');
    expect(opened().slice(before)).toEqual([
      { actor: coordinator, list: '2026-03-31|centre|participants.total' },
      { actor: coordinator, list: '2026-03-31|centre|placement.placed' },
    ]);
    // A new sign-in is a new session: opening the same list is recorded again.
    await signInAs('demo-coordinator');
    await must('dashboards.members', { periodEnd: '2026-03-31', path: 'participants.total', limit: 5 });
    expect(opened().slice(before + 2)).toEqual([{ actor: coordinator, list: '2026-03-31|centre|participants.total' }]);
  });

  it('recomputes after a change to the store', async () => {
    const before = await must('dashboards.centre', { periodEnd: E });
    const someone = (await must('dashboards.members', { periodEnd: E, path: 'participants.active', limit: 1 }))
      .rows[0]!;
    centre.runtime
      .sqlite()
      .prepare('UPDATE participants SET recruitment_source = NULL WHERE id = ?')
      .run(someone.participantId);
    const after = await must('dashboards.centre', { periodEnd: E });
    const unknown = (i: typeof before.indicators) => i.recruitmentSources.find((s) => s.source === 'UNKNOWN')!.count;
    expect(unknown(after.indicators)).toBeGreaterThanOrEqual(unknown(before.indicators));
    expect(after.indicators).toEqual(
      computeIndicators(loadStoreRecords(centre.runtime.db(), E).records, E, after.indicators.centre),
    );
  });

  it('gives the same figures for a further period end from the kept participants and placements', async () => {
    await must('dashboards.centre', { periodEnd: E });
    for (const periodEnd of ['2026-03-15', '2025-12-31']) {
      const shown = await must('dashboards.centre', { periodEnd });
      const records = loadStoreRecords(centre.runtime.db(), periodEnd).records;
      expect(shown.indicators).toEqual(computeIndicators(records, periodEnd, shown.indicators.centre));
    }
  });

  it('answers with the figures first and makes the lists behind them on the next turn', async () => {
    const periodEnd = '2026-01-31';
    const evaluation = evaluationFor(centre.runtime, periodEnd, undefined);
    expect(evaluation.members).toBeUndefined();
    await new Promise<void>((resolve) => setImmediate(resolve));
    // The lists a drill-down that came first would have made, from the same records.
    expect(evaluation.members).toEqual(indicatorMembers(evaluation.records, periodEnd));
    expect(evaluation.members?.get('participants.total')).toHaveLength(evaluation.indicators.participants.total);
  });

  it('gives each flagged person’s true last contact in the coach report (not only the last 90 days)', async () => {
    const month = '2026-03';
    const periodEnd = '2026-03-31';
    let flagged = 0;
    for (const username of ['demo-coach1', 'demo-coach2']) {
      const coachId = staffId(username);
      const report = await must('dashboards.coachReport', { coachId, month });
      // Every meeting, as the export reads them: the last contact the report must show.
      const people = selectPeople(loadStoreRecords(centre.runtime.db(), periodEnd, coachId).records, periodEnd).byPid;
      for (const row of report.noContact90) {
        expect([row.participantId, row.lastContact]).toEqual([
          row.participantId,
          people.get(String(row.participantId))!.lastContact,
        ]);
      }
      flagged += report.noContact90.length;
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('refuses an unknown figure, a malformed date and a period end after today', async () => {
    const unknown = await call('dashboards.members', { periodEnd: E, path: 'placement.nothing' });
    expect(unknown.ok ? null : unknown.error.code).toBe('not_found');
    const malformed = await call('dashboards.centre', { periodEnd: '2026-02-30' });
    expect(malformed.ok ? null : malformed.error.fields?.map((f) => f.path)).toEqual(['periodEnd']);
    const future = await call('dashboards.centre', { periodEnd: '2026-05-11' });
    expect(future.ok ? null : future.error.code).toBe('invalid_input');
    const month = await call('dashboards.coachReport', { coachId: staffId('demo-coach1'), month: '2026-13' });
    expect(month.ok ? null : month.error.code).toBe('invalid_input');
    const path = await call('dashboards.members', { periodEnd: E, path: 'x; DROP TABLE' });
    expect(path.ok ? null : path.error.code).toBe('invalid_input');
  });
});

describe('roles', () => {
  it('gives a coach their own caseload and refuses another coach’s', async () => {
    await signInAs('demo-coach1');
    const own = await must('dashboards.centre', { periodEnd: E });
    const coachId = staffId('demo-coach1');
    expect(own).toMatchObject({ scope: 'caseload', coachId });
    const expected = computeIndicators(
      loadStoreRecords(centre.runtime.db(), E, coachId).records,
      E,
      own.indicators.centre,
    );
    expect(own.indicators).toEqual(expected);
    const other = await call('dashboards.centre', { periodEnd: E, coachId: staffId('demo-coach2') });
    expect(other.ok ? null : other.error.code).toBe('forbidden');
    const otherReport = await call('dashboards.coachReport', { coachId: staffId('demo-coach2'), month: '2026-04' });
    expect(otherReport.ok ? null : otherReport.error.code).toBe('forbidden');
    const report = await must('dashboards.coachReport', { coachId, month: '2026-04' });
    expect(report.activeCaseload).toBe(
      own.indicators.coaches.find((c) => c.coach === report.coach.staffCode)?.activeCaseload,
    );
    expect(report.noContact90.length).toBe(
      own.indicators.coaches.find((c) => c.coach === report.coach.staffCode)?.noContact90,
    );
    await signInAs('demo-coordinator');
  });

  it('refuses the navigator and the facilitator', async () => {
    for (const username of ['demo-navigator', 'demo-facilitator']) {
      await signInAs(username);
      for (const result of [
        await call('dashboards.centre', { periodEnd: E }),
        await call('dashboards.members', { periodEnd: E, path: 'placement.placed' }),
        await call('dashboards.completeness', { periodEnd: E }),
        await call('dashboards.coachReport', { coachId: staffId('demo-coach1'), month: '2026-04' }),
      ]) {
        expect(result.ok ? null : result.error.code).toBe('forbidden');
      }
    }
    await signInAs('demo-coordinator');
  });
});

describe('dashboards.completeness', () => {
  it('lists what is missing, as many as the shares say', async () => {
    const panel = await must('dashboards.completeness', { periodEnd: E });
    const { indicators } = await must('dashboards.centre', { periodEnd: E });
    const total = indicators.participants.total;
    expect(panel.shares).toEqual(indicators.dataCompleteness);
    expect(panel.birthDate.total).toBe(
      (await must('dashboards.members', { periodEnd: E, path: 'dataCompleteness.birthDate.missing' })).total,
    );
    // share = (total − missing) / total, rounded to 4 places.
    const share = Math.round(((total - panel.recruitmentSource.total) / total) * 10_000) / 10_000;
    expect(panel.shares.recruitmentSource).toBeCloseTo(share, 4);
    expect(panel.placementJobScope.total).toBe(
      (await must('dashboards.members', { periodEnd: E, path: 'dataCompleteness.placementJobScope.missing' })).total,
    );
    for (const row of panel.placementSalary.rows) expect(row.placementId).toBeGreaterThan(0);
  });
});
