/**
 * The golden bundle (issue 11, acceptance 1): a hand-built migration bundle
 * (test/fixtures/crf1/golden/bundle/) imported into a fresh encrypted store through the import
 * service, then exported for two period ends, E1 = 2026-01-31 and E2 = 2026-02-28, with a fixed
 * programme key and clock. The CSV files must equal test/fixtures/crf1/golden/expected-YYYY-MM byte for
 * byte, and indicators.json the figures derived by hand below from CRF-1 §5 and §7 (never by
 * running our code). The bundle's rows and the derivation of every expected row are typed in
 * make-golden.py; this file derives the indicators.
 *
 * STORE AND IDS. Staff: dana (set-up, S01), avi coach S02, noa coach S03, gil navigator S04.
 * A fresh store numbers records in file order, so the export's ids are: participants G01…G10 →
 * 1…10; placements PL-A,B,C,D,E,F,G,H,J,K,I → 1…11; meetings M01…M12 → 1…12; W1…W4 → 1…4.
 * pids (§6) = first 16 hex of HMAC-SHA256(KEY, msg), computed with
 * `printf 'id:031000011' | openssl dgst -sha256 -mac HMAC -macopt hexkey:$KEY`:
 *   G07 id:031000078 3e61ca7181bbcf31   G08 id:031000086 554490e47e69db76 (typed 31000086: padded)
 *   G03 id:031000037 653016413d7bfa6b   G06 id:031000060 6a15366734bc4b81
 *   G05 id:031000052 7f6c54900d36ee58   G04 local:TLV:4  9d60cf53d0fc68f5 (no national ID)
 *   G01 id:031000011 a474ece06c2e8429   G09 id:031000094 ce2012c39ea35f18
 *   G02 id:031000029 f496a06f940979d7   keyId = first 8 hex of sha256(KEY bytes) = 4540361a.
 * G10 has no enrolment date (an inquiry): never exported, and its W1 enrolment and mark neither.
 *
 * THE PEOPLE (enrolment; exit; birth → age at E1 / E2; coach; programme placements):
 *   G01 2025-01-15; —; 1966-02-28 → 59 / 60 (birthday on E2); S02; 1 (03-10, open, 100 %, 8000, PROGRAMME)
 *   G02 2024-08-31; —; 1964-02-29 → 61 / 62 (29 Feb + 62 y = 2026-02-28); S02;
 *       2 (2025-02-28 – 2025-06-30, 80 %, no salary, PROGRAMME), 3 (2025-07-01, open, 50 %, 4000, SELF)
 *   G03 2025-08-31; 2026-01-31 (= E1: not active at E1); 1965-02-28 → 60 / 61; S03;
 *       4 (2025-08-31 = enrolment, open, 75 %, 6000, PROGRAMME)
 *   G04 2025-10-20; —; no birth date; S03; none. No source. Only a NO_SHOW meeting.
 *   G05 2026-02-01 (enrolled at E2 only); —; 1981-05-10 → – / 44; S02;
 *       5 (2026-02-20, open, no scope, 7000, no foundBy); PL-F starts 2026-03-05 > E2: never exported.
 *   G06 2024-01-31; —; 1951-01-31 → 75 / 75; S03; 7 starts 2023-12-01, before enrolment: exported but
 *       not a programme placement, so G06 is never placed.
 *   G07 2023-01-31; 2024-06-30; 1970-06-15 → 55 / 55; S02; 8 (2024-01-31 – 2024-12-31, 100 %, 7500,
 *       PROGRAMME), 11 (2025-12-15, after the exit, open, 60 %, 5500, SELF: counts, §7)
 *   G08 2025-05-05; —; 1975-03-01 → 50 / 50; S03; 9 (2025-06-01, open, 40 %, 3000, PROGRAMME) and
 *       10 (2025-06-01, open, 100 %, 10000, SELF). Tie on start: first = smallest id as a string,
 *       "10" < "9" → 10; current = largest → 9 (§7). Numeric order would swap them.
 *   G09 2025-11-30; 2026-02-15 (active at E1 only); 1990-07-07 → 35 / 35; no coach; none.
 * Enrolled at E1: G01 G02 G03 G04 G06 G07 G08 G09 (8); at E2 also G05 (9).
 * First placement start and completed months from enrolment (time to first placement):
 *   G01 03-10 → 1 (0-3); G02 2025-02-28 → 6 (addMonths(2024-08-31, 6) = 2025-02-28 ≤: 4-6);
 *   G03 → 0 (0-3); G05 → 0 (0-3); G07 2024-01-31 → 12 (10-12); G08 (id 10) 2025-06-01 → 0 (0-3).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../electron/services/crf1-import/run';
import { readFolder } from '../../electron/services/crf1-import/read-bundle';
import { createExport } from '../../electron/services/reports/export';
import { confirmProgrammeKey, setProgrammeKey } from '../../electron/services/reports/programme-key';
import { createTestCentre, FakeClock, withStaff } from '../fixtures/centre';
import { unzipEntries } from '../fixtures/crf1/unzip';
import { crfFileNames } from '../../electron/domain/crf1/columns';
import { recruitmentSources } from '../../electron/domain/codes';

const GOLDEN = path.join(__dirname, '../fixtures/crf1/golden');
const KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f0'.repeat(2);
/** After both periods, so neither export is refused as not yet over; every bundle date is ≤ it. */
const NOW = Date.parse('2026-03-10T08:00:00Z');

describe('the golden CRF-1 bundle', () => {
  it('imports, then exports January and February 2026 exactly as derived by hand', async () => {
    const t = await createTestCentre(new FakeClock(NOW));
    await withStaff(t, { avi: 'coach', noa: 'coach', gil: 'navigator' });
    const report = importBundle(t.runtime, readFolder(path.join(GOLDEN, 'bundle')));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.counts).toMatchObject({
      participants: 10,
      placements: 11,
      meetings: 12,
      workshops: 4,
      sessions: 10,
      enrolments: 6,
      attendance: 23,
    });
    // "עבודה כללית בתחום" matches no single occupation: kept as text, exported empty (§7).
    expect(report.unmappedOccupations.map((o) => [o.file, o.row])).toEqual([
      ['participants.csv', 3],
      ['placements.csv', 4],
    ]);

    const settings = setProgrammeKey(t.runtime, KEY);
    expect(settings.keyId).toBe('4540361a');
    confirmProgrammeKey(t.runtime, settings.keyId);

    for (const [sequence, month, periodEnd] of [
      [1, '2026-01', '2026-01-31'],
      [2, '2026-02', '2026-02-28'],
    ] as const) {
      const result = await createExport(t.runtime, { month, version: '0.0.0-golden' });
      expect(result.fileName).toBe(`crf1_TLV_${month}.zip`);
      const entries = await unzipEntries(result.bytes);
      expect([...entries.keys()]).toEqual(['manifest.json', 'indicators.json', ...crfFileNames]);
      for (const name of crfFileNames) {
        const expected = readFileSync(path.join(GOLDEN, `expected-${month}`, name));
        // Compared as text first for a readable diff, then as bytes (BOM, CRLF, quoting).
        expect(`${name}:\n${entries.get(name)!.toString('utf8')}`).toBe(`${name}:\n${expected.toString('utf8')}`);
        expect(entries.get(name)!.equals(expected)).toBe(true);
      }
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      expect(manifest).toMatchObject({
        centre: { code: 'TLV' },
        period: { start: `${month}-01`, end: periodEnd },
        sequence,
        supersedes: null,
        generatedAt: '2026-03-10T08:00:00Z',
        pseudonymisation: { method: 'HMAC-SHA256/16', keyId: '4540361a' },
      });
      const indicators = JSON.parse(entries.get('indicators.json')!.toString('utf8'));
      expect(indicators).toEqual(periodEnd === '2026-01-31' ? january : february);
    }
  }, 120_000);
});

const bands = (counts: number[], shares: (number | null)[], names: string[]) =>
  names.map((band, i) => ({ band, count: counts[i], share: shares[i] }));
const AGE_BANDS = ['<=44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75+'];
const TIME_BANDS = ['0-3', '4-6', '7-9', '10-12', '13-18', '19-24', '25+'];
/** Counts in §4 order, then UNKNOWN (§7). */
const sources = (counts: number[]) =>
  [...recruitmentSources, 'UNKNOWN'].map((source, i) => ({ source, count: counts[i] }));

/*
 * E1 = 2026-01-31. Period 2026-01-01 … 2026-01-31; E1 − 89 days = 2025-11-03.
 * participants: total 8; active = exit empty or > E1: G01 G02 G04 G06 G08 G09 = 6 (G03 left on E1,
 *   G07 in 2024).
 * placement: placed (a programme placement starting ≤ E1) G01 G02 G03 G07 G08 = 5; rate 5/8 = 0.625.
 * age: active with a birth date G01 59, G02 61, G06 75, G08 50, G09 35 (G04 unknown): knownActive 5,
 *   mean 280/5 = 56; bands <=44 G09, 50-54 G08, 55-59 G01, 60-64 G02, 75+ G06: 1 each, share 0.2.
 * timeToFirstPlacement (of 5 placed): 0-3 G01 G03 G08 = 3 (0.6); 4-6 G02 (0.2); 10-12 G07 (0.2).
 * retention, day = addMonths(first start, m), eligible when ≤ E1:
 *   6:  G01 2025-09-10 (1 covers: employed, same), G02 2025-08-28 (3 covers: employed; 2 ended
 *       06-30: not same), G07 2024-07-31 (8: employed, same), G08 2025-12-01 (10 and 9: employed,
 *       same); G03 2026-02-28 > E1. eligible 4, employed 4 (1), sameJob 3 (0.75).
 *   12: G07 2025-01-31 (8 ended 2024-12-31, 11 not begun): 1, 0 (0), 0 (0). G02 2026-02-28 > E1.
 *   15: G07 2025-04-30: 1, 0, 0.
 *   24: G07 2026-01-31 = E1: 11 covers → employed, not the first job: 1, 1 (1), 0 (0).
 * placementByTenure (cohort: addMonths(enrolment, m) ≤ E1, exits stay in; placed = placed by E1):
 *   3:  all but G09 (2026-02-28) = 7; placed G01 G02 G03 G07 G08 = 5 → 5/7 = 0.714285… = 0.7143.
 *   6:  G01 G02 G06 G07 G08 (G03 2026-02-28, G04 2026-04-20 out) = 5; placed 4 → 0.8.
 *   9:  G01 G02 G06 G07 (G08 2026-02-05 out) = 4; placed 3 → 0.75.
 *   12: G01 (2026-01-15) G02 G06 G07 = 4; placed 3 → 0.75.
 *   18: G06 G07 (G01 2026-07-15, G02 2026-02-28 out) = 2; placed G07 → 0.5.
 *   24: G06 (2026-01-31 = E1) G07 = 2; placed 1 → 0.5.
 * placementsFoundBy (programme placements 1 2 3 4 8 9 10 11): total 8, SELF 3 10 11 = 3,
 *   PROGRAMME 1 2 4 8 9 = 5, selfShare 3/8 = 0.375.
 * currentEmployment (everyone enrolled, exited too; covering placement at E1, latest start, ties by
 *   the largest id as a string): G01 1 (100, 8000), G02 3 (50, 4000), G03 4 (75, 6000), G07 11
 *   (60, 5500), G08 9 (40, 3000) → employed 5.
 *   jobScope: 100 50 75 60 40, mean 325/5 = 65; deviations 35 −15 10 −5 −25, squares sum 2200,
 *   /5 = 440, √440 = 20.976… → 20.98.
 *   salary: mean 26500/5 = 5300; deviations 2700 −1300 700 200 −2300, squares sum 14,800,000,
 *   /5 = 2,960,000, √ = 1720.465… → 1720.47.
 * byAgeGroup (enrolled with a birth date, age at E1): <=60 G01 59, G03 60, G07 55, G08 50, G09 35
 *   = 5; employed G01 G03 G07 G08 = 4 → 0.8; scope (100+75+60+40)/4 = 68.75; salary
 *   (8000+6000+5500+3000)/4 = 5625; full-time salary 8000, 8000, 550000/60 = 9166.67, 7500 →
 *   32666.67/4 = 8166.666… → 8166.67.  >60: G02 61, G06 75 = 2; employed G02 → 0.5; 50; 4000;
 *   4000×100/50 = 8000.
 * recruitmentSources: EMPLOYMENT_SERVICE G01 G02, FRIEND_REFERRAL G03 G09, EMPLOYMENT_CENTRE G08,
 *   MUNICIPAL G06, OTHER G07, UNKNOWN G04 (G05 SOCIAL_MEDIA and G10 PRESS are not enrolled).
 * workshops (instances with a session ≤ E1: W1, W3, W4; W2 starts 2026-02-16), §4 order:
 *   BACK_TO_WORK W1: enrolled G01 G02 G04 = 3 (G10 not enrolled in the programme); attended rows
 *     ≤ E1: G01 s1 s2(LATE) s3, G02 s1, G04 s1 = 5; sessions ≤ E1 = 3 → 5/(3×3) = 0.5556;
 *     last session 2026-02-02 > E1 → completed 0.
 *   JOB_CLUB W3 (drop-in): session 1 attendees G08 (LATE) G06; G09 EXCUSED is no attendee → 2; 2.
 *   EVENT W4: G07 G03 → 2; 2.
 * coaches (codes in participants.coach or meetings.coach: S02 S03 S04):
 *   S02: active G01 G02 = 2; attended meetings in January by S02: M02 = 1; placed/enrolled G01 G02
 *     G07 = 3/3 = 1; noContact90: G02's last contact is its enrolment 2024-08-31 (M03 is in
 *     February) < 2025-11-03 → 1 (G01: 2026-01-12).
 *   S03: active G04 G06 G08 = 3; M07 on 2026-01-31 = 1 (M05 NO_SHOW); placed G03 G08 of G03 G04 G06
 *     G08 = 0.5; noContact90: G04 2025-10-20 → yes; G06 2025-11-03 = E1 − 89 → no; G08 → no: 1.
 *   S04 (navigator gil, routing call M08 2026-01-10): 0, 1, null, 0.
 * dataCompleteness: birth date 7/8 = 0.875; source 7/8 = 0.875; occupation code G01 G03 G06 G08 G09
 *   = 5/8 = 0.625 (G02's text did not map); of the 8 programme placements all have a scope (1) and
 *   7 a salary (2 has none) = 0.875.
 */
const january = {
  format: 'crf',
  version: 1,
  centre: 'TLV',
  periodEnd: '2026-01-31',
  participants: { total: 8, active: 6 },
  placement: { placed: 5, rate: 0.625 },
  age: {
    knownActive: 5,
    meanActive: 56,
    bands: bands([1, 0, 1, 1, 1, 0, 0, 1], [0.2, 0, 0.2, 0.2, 0.2, 0, 0, 0.2], AGE_BANDS),
  },
  timeToFirstPlacement: bands([3, 1, 0, 1, 0, 0, 0], [0.6, 0.2, 0, 0.2, 0, 0, 0], TIME_BANDS),
  retention: [
    { months: 6, eligible: 4, employed: 4, employedRate: 1, sameJob: 3, sameJobRate: 0.75 },
    { months: 12, eligible: 1, employed: 0, employedRate: 0, sameJob: 0, sameJobRate: 0 },
    { months: 15, eligible: 1, employed: 0, employedRate: 0, sameJob: 0, sameJobRate: 0 },
    { months: 24, eligible: 1, employed: 1, employedRate: 1, sameJob: 0, sameJobRate: 0 },
  ],
  placementByTenure: [
    { minMonths: 3, cohort: 7, placed: 5, rate: 0.7143 },
    { minMonths: 6, cohort: 5, placed: 4, rate: 0.8 },
    { minMonths: 9, cohort: 4, placed: 3, rate: 0.75 },
    { minMonths: 12, cohort: 4, placed: 3, rate: 0.75 },
    { minMonths: 18, cohort: 2, placed: 1, rate: 0.5 },
    { minMonths: 24, cohort: 2, placed: 1, rate: 0.5 },
  ],
  placementsFoundBy: { total: 8, self: 3, programme: 5, selfShare: 0.375 },
  currentEmployment: {
    employed: 5,
    jobScope: { n: 5, mean: 65, sd: 20.98 },
    salary: { n: 5, mean: 5300, sd: 1720.47 },
  },
  byAgeGroup: [
    {
      group: '<=60',
      size: 5,
      employed: 4,
      employedRate: 0.8,
      meanJobScope: 68.75,
      meanSalary: 5625,
      meanFteSalary: 8166.67,
    },
    { group: '>60', size: 2, employed: 1, employedRate: 0.5, meanJobScope: 50, meanSalary: 4000, meanFteSalary: 8000 },
  ],
  recruitmentSources: sources([2, 2, 1, 0, 1, 0, 1, 1]),
  workshops: [
    { type: 'BACK_TO_WORK', instances: 1, enrolled: 3, completed: 0, attendances: 5, attendanceRate: 0.5556 },
    { type: 'JOB_CLUB', instances: 1, enrolled: 2, completed: null, attendances: 2, attendanceRate: null },
    { type: 'EVENT', instances: 1, enrolled: 2, completed: null, attendances: 2, attendanceRate: null },
  ],
  coaches: [
    { coach: 'S02', activeCaseload: 2, meetingsInPeriod: 1, placementRate: 1, noContact90: 1 },
    { coach: 'S03', activeCaseload: 3, meetingsInPeriod: 1, placementRate: 0.5, noContact90: 1 },
    { coach: 'S04', activeCaseload: 0, meetingsInPeriod: 1, placementRate: null, noContact90: 0 },
  ],
  dataCompleteness: {
    birthDate: 0.875,
    recruitmentSource: 0.875,
    previousOccupation: 0.625,
    placementJobScope: 1,
    placementSalary: 0.875,
  },
};

/*
 * E2 = 2026-02-28. Period 2026-02-01 … 2026-02-28; E2 − 89 days = 2025-12-01.
 * participants: total 9 (G05 joins); active G01 G02 G04 G05 G06 G08 = 6 (G03, G07 left; G09 left
 *   2026-02-15).
 * placement: G01 G02 G03 G05 G07 G08 = 6; 6/9 = 0.6667 (PL-F, 2026-03-05, is after E2).
 * age: active with a birth date G01 60, G02 62, G05 44, G06 75, G08 50: 5, mean 291/5 = 58.2;
 *   <=44 G05, 50-54 G08, 60-64 G01 G02 (2: 0.4), 75+ G06.
 * timeToFirstPlacement (of 6): 0-3 G01 G03 G05 G08 = 4 (0.6667), 4-6 G02 (0.1667), 10-12 G07 (0.1667).
 * retention: 6: G01 G02 G03 (2026-02-28 = E2, 4 covers: same) G07 G08 eligible 5, employed 5 (1),
 *   sameJob G01 G03 G07 G08 = 4 (0.8). 12: G02 2026-02-28 (3 covers: employed, not same) and G07
 *   (not employed): 2, 1 (0.5), 0 (0). 15: G07 1, 0, 0. 24: G07 1, 1 (1), 0 (0). G05's 6 months
 *   fall in August.
 * placementByTenure: 3: all but G05 (2026-05-01) = 8 (G09 2026-02-28 = E2 is in); placed 5 → 0.625.
 *   6: G01 G02 G03 (2026-02-28) G06 G07 G08 = 6; placed 5 → 0.8333. 9: G01 G02 G06 G07 G08
 *   (2026-02-05) = 5; placed 4 → 0.8. 12: G01 G02 G06 G07 = 4; 3 → 0.75. 18: G02 (2026-02-28)
 *   G06 G07 = 3; placed G02 G07 → 0.6667. 24: G06 G07 = 2; 1 → 0.5.
 * placementsFoundBy: the 8 above and 5 (no foundBy: stays in the total) = 9; self 3; programme 5;
 *   3/9 = 0.3333.
 * currentEmployment at E2: as at E1 plus G05 5 (no scope, 7000) → employed 6. jobScope the same five
 *   values: 5, 65, 20.98. salary 8000 4000 6000 7000 5500 3000: mean 33500/6 = 5583.33; squares
 *   sum 204,250,000, /6 − 5583.33…² = 2,868,055.56, √ = 1693.53.
 * byAgeGroup at E2: <=60 G01 60, G05 44, G07 55, G08 50, G09 35 = 5; employed G01 G05 G07 G08 = 4
 *   → 0.8; scope (100+60+40)/3 = 66.67 (G05 unknown); salary (8000+7000+5500+3000)/4 = 5875;
 *   full-time salary where both are known 8000, 9166.67, 7500 → 24666.67/3 = 8222.22.
 *   >60 G02 62, G03 61, G06 75 = 3; employed G02 G03 = 2 → 0.6667; (50+75)/2 = 62.5;
 *   (4000+6000)/2 = 5000; full-time 8000 and 8000 → 8000.
 * recruitmentSources: as at E1 plus SOCIAL_MEDIA G05.
 * workshops: BACK_TO_WORK W1: 3 enrolled; attended rows 5 + G02 s4 + G04 s4 (LATE) = 7; 4 sessions
 *   ≤ E2 → 7/12 = 0.5833; finished 02-02 ≤ E2: ≥ 3 of 4 attended only G01 → completed 1.
 *   JOB_CLUB W3: attendees G08 G06 (s1), G06 G09 (s2) → distinct 3; attended rows 4.
 *   EXCEL_BEG W2: enrolled G05 G08 = 2; rows ≤ E2 G05 s1 s2 = 2 (G08 ABSENT); 2 sessions ≤ E2 →
 *   2/(2×2) = 0.5; last session 2026-03-02 > E2 → completed 0. EVENT W4: 2, 2.
 * coaches: S02: active G01 G02 G05 = 3; February ATTENDED by S02: M03 M09 = 2 (M04 cancelled);
 *   placed G01 G02 G05 G07 of 4 = 1; last contacts G01 2026-01-12, G02 02-02, G05 02-01 → 0.
 *   S03: active G04 G06 G08 = 3; 0 in February; 2/4 = 0.5; G04 2025-10-20 and G06 2025-11-03 are
 *   before 2025-12-01 → 2. S04: 0, 0 (M08 is in January), null, 0.
 * dataCompleteness: birth date 8/9 = 0.8889; source 8/9 = 0.8889; occupation code + G05 = 6/9 =
 *   0.6667; placements 9: scope 8/9 = 0.8889 (5 has none); salary 8/9 = 0.8889 (2 has none).
 */
const february = {
  ...january,
  periodEnd: '2026-02-28',
  participants: { total: 9, active: 6 },
  placement: { placed: 6, rate: 0.6667 },
  age: {
    knownActive: 5,
    meanActive: 58.2,
    bands: bands([1, 0, 1, 0, 2, 0, 0, 1], [0.2, 0, 0.2, 0, 0.4, 0, 0, 0.2], AGE_BANDS),
  },
  timeToFirstPlacement: bands([4, 1, 0, 1, 0, 0, 0], [0.6667, 0.1667, 0, 0.1667, 0, 0, 0], TIME_BANDS),
  retention: [
    { months: 6, eligible: 5, employed: 5, employedRate: 1, sameJob: 4, sameJobRate: 0.8 },
    { months: 12, eligible: 2, employed: 1, employedRate: 0.5, sameJob: 0, sameJobRate: 0 },
    { months: 15, eligible: 1, employed: 0, employedRate: 0, sameJob: 0, sameJobRate: 0 },
    { months: 24, eligible: 1, employed: 1, employedRate: 1, sameJob: 0, sameJobRate: 0 },
  ],
  placementByTenure: [
    { minMonths: 3, cohort: 8, placed: 5, rate: 0.625 },
    { minMonths: 6, cohort: 6, placed: 5, rate: 0.8333 },
    { minMonths: 9, cohort: 5, placed: 4, rate: 0.8 },
    { minMonths: 12, cohort: 4, placed: 3, rate: 0.75 },
    { minMonths: 18, cohort: 3, placed: 2, rate: 0.6667 },
    { minMonths: 24, cohort: 2, placed: 1, rate: 0.5 },
  ],
  placementsFoundBy: { total: 9, self: 3, programme: 5, selfShare: 0.3333 },
  currentEmployment: {
    employed: 6,
    jobScope: { n: 5, mean: 65, sd: 20.98 },
    salary: { n: 6, mean: 5583.33, sd: 1693.53 },
  },
  byAgeGroup: [
    {
      group: '<=60',
      size: 5,
      employed: 4,
      employedRate: 0.8,
      meanJobScope: 66.67,
      meanSalary: 5875,
      meanFteSalary: 8222.22,
    },
    {
      group: '>60',
      size: 3,
      employed: 2,
      employedRate: 0.6667,
      meanJobScope: 62.5,
      meanSalary: 5000,
      meanFteSalary: 8000,
    },
  ],
  recruitmentSources: sources([2, 2, 1, 1, 1, 0, 1, 1]),
  workshops: [
    { type: 'BACK_TO_WORK', instances: 1, enrolled: 3, completed: 1, attendances: 7, attendanceRate: 0.5833 },
    { type: 'JOB_CLUB', instances: 1, enrolled: 3, completed: null, attendances: 4, attendanceRate: null },
    { type: 'EXCEL_BEG', instances: 1, enrolled: 2, completed: 0, attendances: 2, attendanceRate: 0.5 },
    { type: 'EVENT', instances: 1, enrolled: 2, completed: null, attendances: 2, attendanceRate: null },
  ],
  coaches: [
    { coach: 'S02', activeCaseload: 3, meetingsInPeriod: 2, placementRate: 1, noContact90: 0 },
    { coach: 'S03', activeCaseload: 3, meetingsInPeriod: 0, placementRate: 0.5, noContact90: 2 },
    { coach: 'S04', activeCaseload: 0, meetingsInPeriod: 0, placementRate: null, noContact90: 0 },
  ],
  dataCompleteness: {
    birthDate: 0.8889,
    recruitmentSource: 0.8889,
    previousOccupation: 0.6667,
    placementJobScope: 0.8889,
    placementSalary: 0.8889,
  },
};
