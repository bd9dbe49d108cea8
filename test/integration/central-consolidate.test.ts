import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import type { CentreRecords } from '../../electron/domain/crf1/records';
import { consolidate } from '../../electron/services/central/consolidate';
import { runCli } from '../../electron/cli/main';
import { participantRecord as person, writeBundle } from '../fixtures/crf1/central-bundles';
import { makeTempDir } from '../fixtures/temp-dir';

const SHARED = 'aaaaaaaaaaaaaaaa'; // one person, enrolled in Tel Aviv and later in Kfar Saba

function centre(people: ReturnType<typeof person>[], placements: CentreRecords['placements'] = []): CentreRecords {
  return {
    participants: people,
    placements,
    meetings: [],
    workshops: [],
    sessions: [],
    enrolments: [],
    attendance: [],
  };
}

/*
 * Three centres for October 2026:
 * - TLV: #1 (September), #2 (October), #3 re-exports October (supersedes 2, one more person) → #3 wins.
 * - KFS: #1 (September), #2 (October) whose previousBundleSha256 is not #1's → broken chain.
 * - MOD: #2 only for October (#1 never arrived) → a gap.
 * The shared person is in TLV (enrolled 2025-01-05, placed 2025-03-01) and KFS (enrolled 2025-06-01).
 */
async function threeCentres() {
  const dir = makeTempDir('kesher-central-');
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const tlvPeople = [
    person(SHARED, '2025-01-05'),
    person('bbbbbbbbbbbbbbbb', '2025-02-01'),
    person('cccccccccccccccc', '2026-10-10'),
  ];
  const job = {
    pid: SHARED,
    placementId: '1',
    startDate: '2025-03-01',
    endDate: null,
    employmentType: 'SALARIED' as const,
    jobScopePct: 80,
    monthlySalaryNis: 9000,
    occupationCode: '4120',
    foundBy: 'SELF' as const,
  };
  const sept = await writeBundle(dir, recipient, {
    code: 'TLV',
    name: 'תל אביב',
    periodEnd: '2026-09-30',
    sequence: 1,
    previousBundleSha256: null,
    records: centre(tlvPeople.slice(0, 2), [job]),
  });
  const oct = await writeBundle(dir, recipient, {
    code: 'TLV',
    name: 'תל אביב',
    periodEnd: '2026-10-31',
    sequence: 2,
    previousBundleSha256: sept,
    records: centre(tlvPeople.slice(0, 2), [job]),
  });
  await writeBundle(dir, recipient, {
    code: 'TLV',
    name: 'תל אביב',
    periodEnd: '2026-10-31',
    sequence: 3,
    previousBundleSha256: oct,
    supersedes: 2,
    records: centre(tlvPeople, [job]),
  });
  const kfsPeople = [person(SHARED, '2025-06-01', { coach: 'S03' }), person('dddddddddddddddd', '2025-07-01')];
  await writeBundle(dir, recipient, {
    code: 'KFS',
    name: 'כפר סבא',
    periodEnd: '2026-09-30',
    sequence: 1,
    previousBundleSha256: null,
    records: centre(kfsPeople),
  });
  await writeBundle(dir, recipient, {
    code: 'KFS',
    name: 'כפר סבא',
    periodEnd: '2026-10-31',
    sequence: 2,
    previousBundleSha256: 'f'.repeat(64),
    records: centre(kfsPeople),
  });
  await writeBundle(dir, recipient, {
    code: 'MOD',
    name: 'מודיעין',
    periodEnd: '2026-10-31',
    sequence: 2,
    previousBundleSha256: 'e'.repeat(64),
    records: centre([person('eeeeeeeeeeeeeeee', '2026-01-01')]),
  });
  const identityFile = path.join(makeTempDir('kesher-identity-'), 'identity.txt');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(identityFile, `# created: 2026-11-01\n# public key: ${recipient}\n${identity}\n`);
  return { dir, identity, identityFile };
}

describe('central consolidation', () => {
  it('verifies the chains, takes the latest bundle of the month, and counts a person in two centres once in the total', async () => {
    const { dir, identity } = await threeCentres();
    const out = makeTempDir('kesher-programme-');
    const programme = await consolidate({ bundlesDir: dir, identityText: identity, period: '2026-10', outDir: out });
    expect(
      programme.centres.map((c) => [
        c.code,
        c.bundle.sequence,
        c.indicators.participants.total,
        c.indicatorsMatchBundle,
      ]),
    ).toEqual([
      ['KFS', 2, 2, true],
      ['MOD', 2, 1, true],
      ['TLV', 3, 3, true],
    ]);
    expect(programme.problems).toEqual([
      { file: 'crf1_KFS_2026-10_s2.zip.age', centre: 'KFS', sequence: 2, problem: 'broken_chain' },
      { file: '', centre: 'MOD', sequence: null, problem: 'sequence_gap', detail: '1' },
    ]);
    // 3 + 2 + 1 enrolled, the shared person once: 5. Placed: the shared person only (from TLV;
    // in the pool enrolled from 2025-01-05, so the 2025-03-01 job is a programme placement).
    expect(programme.peopleInSeveralCentres).toBe(1);
    expect(programme.total.participants).toEqual({ total: 5, active: 5 });
    expect(programme.total.placement).toEqual({ placed: 1, rate: 0.2 });
    expect(programme.centres[0]?.indicators.placement.placed).toBe(0);
    const written = JSON.parse(readFileSync(path.join(out, 'programme.json'), 'utf8'));
    expect(written.total.participants.total).toBe(5);
    expect(readFileSync(path.join(out, 'programme.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('kesher central consolidate writes the report and exits 1 when a chain is broken', async () => {
    const { dir, identityFile } = await threeCentres();
    const out = path.join(makeTempDir('kesher-programme-'), 'out');
    const lines: string[] = [];
    const errors: string[] = [];
    const code = await runCli(
      ['central', 'consolidate', '--bundles', dir, '--identity', identityFile, '--period', '2026-10', '--out', out],
      { env: {}, out: (l) => lines.push(l), err: (l) => errors.push(l) },
    );
    expect(code).toBe(1);
    expect(errors).toContain('KFS #2 crf1_KFS_2026-10_s2.zip.age: broken_chain');
    expect(lines).toContain('Total: 5 participants (1 in more than one centre, counted once).');
    expect(existsSync(path.join(out, 'programme.pdf'))).toBe(true);
  });

  it('reports a bundle the identity cannot open', async () => {
    const { dir } = await threeCentres();
    const other = await generateX25519Identity();
    const programme = await consolidate({
      bundlesDir: dir,
      identityText: other,
      period: '2026-10',
      outDir: makeTempDir('kesher-programme-'),
    });
    expect(programme.centres).toEqual([]);
    expect(programme.problems.filter((p) => p.problem === 'decrypt_failed')).toHaveLength(6);
  });
});
