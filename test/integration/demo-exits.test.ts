import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitReasons } from '../../electron/domain/codes';
import { mayExitAsEmployed6m } from '../../electron/domain/exit-proposals';
import { dueForExit } from '../../electron/services/caseload/exits';
import { createDemoCentre, type DemoCentre } from '../../electron/services/demo/create-demo-centre';
import { DEMO_PASSWORD } from '../../electron/services/demo/demo-data';
import { makeTempDir } from '../fixtures/temp-dir';

const NOW = new Date('2026-05-10T07:30:00Z');
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;

let centre: DemoCentre;

beforeAll(async () => {
  const dir = path.join(makeTempDir('kesher-demo-exits-'), 'store');
  centre = await createDemoCentre({ dir, participants: 300, seed: 1, now: NOW, kdf: KDF });
});

afterAll(() => centre?.runtime.close());

describe('demo exits', () => {
  it('has an exit with every CRF-1 reason, and every EMPLOYED_6M one backed by six months of placement', () => {
    const sqlite = centre.runtime.sqlite();
    const exits = sqlite
      .prepare(
        `SELECT id, enrolment_date AS enrolment, exit_date AS exit, exit_reason AS reason, exit_note AS note,
           exit_referral_service_id AS service, exit_referral_programme AS programme
         FROM participants WHERE status = 'exited'`,
      )
      .all() as {
      id: number;
      enrolment: string;
      exit: string;
      reason: string;
      note: string | null;
      service: number | null;
      programme: string | null;
    }[];
    expect(new Set(exits.map((e) => e.reason))).toEqual(new Set(exitReasons));
    const placements = sqlite.prepare(
      'SELECT start_date AS startDate, end_date AS endDate FROM placements WHERE participant_id = ?',
    );
    for (const e of exits.filter((x) => x.reason === 'EMPLOYED_6M')) {
      const rows = placements.all(e.id) as { startDate: string; endDate: string | null }[];
      expect(mayExitAsEmployed6m(e.enrolment, rows, e.exit), `participant ${e.id}`).toBe(true);
    }
    expect(exits.some((e) => e.note !== null)).toBe(true);
    expect(exits.some((e) => e.service !== null)).toBe(true);
    expect(exits.filter((e) => e.reason === 'REFERRED_ELSEWHERE').every((e) => e.programme !== null)).toBe(true);
  });

  it('has people due for exit under each proposal', async () => {
    const runtime = centre.runtime;
    await runtime.signIn('demo-coordinator', DEMO_PASSWORD);
    const due = dueForExit(runtime);
    const kinds = new Set(
      due.map((d) =>
        d.proposal.reason === 'NON_COOPERATION' ? `NON_COOPERATION/${d.proposal.rule}` : d.proposal.reason,
      ),
    );
    expect(kinds).toEqual(
      new Set(['EMPLOYED_6M', 'MAX_DURATION', 'NON_COOPERATION/consecutive_no_shows', 'NON_COOPERATION/silent']),
    );
  });
});
